// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletecommand.h"

#include "common/errors.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"

#include <QCoreApplication>

namespace crm::ui {

DeleteCommand::DeleteCommand(core::DatabasePtr db, Kind kind, QList<QByteArray> ids,
                             Changed changed)
    : m_db(std::move(db))
    , m_kind(kind)
    , m_ids(std::move(ids))
    , m_changed(std::move(changed))
{
    const auto n = int(m_ids.size());
    setText(kind == Kind::Contact
                ? QCoreApplication::translate("crm::ui::DeleteCommand", "Delete %n contact(s)",
                                              nullptr, n)
                : QCoreApplication::translate("crm::ui::DeleteCommand", "Delete %n company(s)",
                                              nullptr, n));
}

void DeleteCommand::apply(bool deleted)
{
    m_error.clear();
    QList<QByteArray> done;
    for (const QByteArray &id : std::as_const(m_ids)) {
        core::Status st;
        if (m_kind == Kind::Contact) {
            core::ContactRepository repo(m_db);
            st = deleted ? repo.remove(id) : repo.restore(id);
        } else {
            core::CompanyRepository repo(m_db);
            st = deleted ? repo.remove(id) : repo.restore(id);
        }
        if (st)
            done << id;
        else if (m_error.isEmpty())
            m_error = Errors::describe(st.error());
    }
    if (m_changed)
        m_changed(m_kind, done, !deleted);
}

void DeleteCommand::redo()
{
    apply(true);
}

void DeleteCommand::undo()
{
    apply(false);
}

} // namespace crm::ui
