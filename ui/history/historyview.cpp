// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyview.h"

#include "common/errors.h"
#include "history/historyformatter.h"
#include "services/companyrepository.h"
#include "services/historyrepository.h"

#include <QSqlQuery>

namespace crm::ui {

HistoryView::HistoryView(core::DatabasePtr db, QWidget *parent)
    : QListWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("historyView"));
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
}

QString HistoryView::nameOf(const QString &table, const QByteArray &id) const
{
    if (table == u"companies") {
        auto company = core::CompanyRepository(m_db).get(id);
        return company ? company->name : QString();
    }
    if (table == u"tags") {
        // HistoryRepository does not resolve tag names (yet); a read of one row by key.
        QSqlDatabase db = m_db->connection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM tags WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            return q.value(0).toString();
    }
    return {};
}

void HistoryView::load(const QByteArray &recordId)
{
    clear();
    if (recordId.isEmpty()) {
        addItem(tr("The history starts when the record is saved."));
        return;
    }
    auto entries = core::HistoryRepository(m_db).historyOf(recordId);
    if (!entries) {
        addItem(Errors::describe(entries.error()));
        return;
    }
    const HistoryFormatter formatter(
        [this](const QString &table, const QByteArray &id) { return nameOf(table, id); });
    const auto lines = formatter.format(entries.value());
    for (const HistoryFormatter::Line &line : lines) {
        auto *item = new QListWidgetItem(line.text, this);
        item->setToolTip(line.text);
    }
}

} // namespace crm::ui
