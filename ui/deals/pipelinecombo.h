// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/pipeline.h"

#include <QList>

class QComboBox;

namespace crm::ui {

// Refills a pipeline chooser after its first `fixed` items (such as "All pipelines") with
// `pipelines`, keeping the pipeline chosen: by its id, or, when that is gone because the seeded
// default pipeline moved to the team's ids at sign-in, its team's copy; otherwise the first
// item. Signals are blocked while it refills: the caller acts on the new choice.
void refillPipelineCombo(QComboBox *combo, const QList<core::Pipeline> &pipelines, int fixed = 0);

} // namespace crm::ui
