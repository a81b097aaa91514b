// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinecombo.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace crm::ui {

void refillPipelineCombo(QComboBox *combo, const QList<core::Pipeline> &pipelines, int fixed)
{
    const QByteArray current = combo->currentData().toByteArray();
    const bool onFixed = combo->currentIndex() >= 0 && combo->currentIndex() < fixed;
    const QSignalBlocker block(combo);
    while (combo->count() > fixed)
        combo->removeItem(combo->count() - 1);
    for (const core::Pipeline &p : pipelines)
        combo->addItem(p.displayName(), p.id);
    if (onFixed)
        return;
    int i = combo->findData(current);
    if (i < fixed && core::DefaultPipeline::isSeeded(current)) {
        const QString seeded = core::DefaultPipeline::seededName(current);
        i = -1;
        for (int k = fixed; k < combo->count() && i < 0; ++k) {
            const QByteArray id = combo->itemData(k).toByteArray();
            if (core::DefaultPipeline::isSeeded(id) &&
                core::DefaultPipeline::seededName(id) == seeded)
                i = k;
        }
    }
    combo->setCurrentIndex(i >= 0 ? i : (combo->count() > 0 ? 0 : -1));
}

} // namespace crm::ui
