// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergecommand.h"

#include <QCoreApplication>

namespace crm::ui {

MergeCommand::MergeCommand(core::DatabasePtr db, core::dedup::MergeRequest request,
                           QByteArray mergeId, std::function<void()> changed)
    : m_db(std::move(db))
    , m_request(std::move(request))
    , m_changed(std::move(changed))
    , m_mergeId(std::move(mergeId))
{
    setText(QCoreApplication::translate("crm::ui::MergeCommand", "Merge · %1 records")
                .arg(m_request.records.size()));
}

void MergeCommand::redo()
{
    m_error.clear();
    if (m_done) {
        m_done = false;
    } else if (auto id = core::dedup::MergeService(m_db).merge(m_request); id) {
        m_mergeId = id.value();
    } else {
        m_error = id.error().message();
    }
    if (m_changed)
        m_changed();
}

void MergeCommand::undo()
{
    m_error.clear();
    m_notRestored.clear();
    auto out = core::dedup::MergeService(m_db).unmerge(m_mergeId);
    if (out)
        m_notRestored = out->notRestored;
    else
        m_error = out.error().message();
    if (m_changed)
        m_changed();
}

} // namespace crm::ui
