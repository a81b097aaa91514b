// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrepository.h"

#include "common/uuid.h"
#include "reports/builtinreports.h"
#include "reports/reportfields.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace crm::core::reports {

namespace {

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::reports", text);
}

Result<SavedReport> fromQuery(const QSqlQuery &q)
{
    SavedReport r;
    r.id = q.value(0).toByteArray();
    auto def = ReportDefinition::fromJsonBytes(q.value(1).toString().toUtf8());
    if (!def) {
        return Error{ErrorCode::Invalid,
                     tr("saved report %1: %2").arg(Uuid::toString(r.id), def.error().detail),
                     {}};
    }
    r.definition = def.value();
    r.owner = q.value(2).toString();
    r.createdAt = q.value(3).toLongLong();
    return r;
}

const QString kSelect = QStringLiteral("SELECT id, definition, owner, created_at FROM reports");

} // namespace

QString SavedReport::displayTitle() const
{
    if (isBuiltin())
        return QCoreApplication::translate("crm::core::Reports", qPrintable(definition.title));
    return definition.title;
}

QString SavedReport::key() const
{
    return isBuiltin() ? definition.builtinKey : definition.title;
}

ReportRepository::ReportRepository(DatabasePtr db)
    : m_db(std::move(db))
{
    ReportFields::loadCustomFields(m_db); // saved definitions may name custom fields
}

Result<QList<SavedReport>> ReportRepository::list() const
{
    QList<SavedReport> out;
    for (const ReportDefinition &d : BuiltinReports::all()) {
        SavedReport r;
        r.definition = d;
        out << r;
    }
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(kSelect + u" WHERE deleted = 0 ORDER BY title COLLATE NOCASE, rid");
    if (auto s = sql::run(q, QStringLiteral("listing saved reports")); !s)
        return s.error();
    while (q.next()) {
        auto r = fromQuery(q);
        if (r) // a definition from a newer program is skipped rather than failing the list
            out << r.value();
    }
    return out;
}

Result<SavedReport> ReportRepository::get(const QByteArray &id) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(kSelect + u" WHERE id = ? AND deleted = 0");
    q.addBindValue(id);
    if (auto s = sql::run(q, QStringLiteral("reading a saved report")); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("no saved report %1").arg(Uuid::toString(id)), {}};
    return fromQuery(q);
}

Result<SavedReport> ReportRepository::find(const QString &nameIn) const
{
    const QString name = nameIn.trimmed();
    if (const ReportDefinition *d = BuiltinReports::find(name)) {
        SavedReport r;
        r.definition = *d;
        return r;
    }
    auto all = list();
    if (!all)
        return all.error();
    QList<SavedReport> matches;
    const QString hex = QString(name).remove(u'-').toLower();
    for (const SavedReport &r : all.value()) {
        if (r.isBuiltin()) {
            if (r.displayTitle().compare(name, Qt::CaseInsensitive) == 0 ||
                r.definition.title.compare(name, Qt::CaseInsensitive) == 0)
                return r;
            continue;
        }
        if (r.definition.title.compare(name, Qt::CaseInsensitive) == 0 ||
            (hex.size() >= 8 && QString::fromLatin1(r.id.toHex()).startsWith(hex)))
            matches << r;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return Error{
            ErrorCode::Invalid, tr("“%1” names more than one report; use its id").arg(name), {}};
    return Error{ErrorCode::NotFound, tr("no report named “%1”").arg(name), {}};
}

Result<QByteArray> ReportRepository::save(ReportDefinition definition)
{
    definition.builtinKey.clear();
    if (auto s = definition.validate(); !s)
        return s.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    const QByteArray id = Uuid::createV7();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO reports(id, title, definition, owner, created_at,"
                             " local_updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(id), QVariant(definition.title),
                              QVariant(QString::fromUtf8(definition.toJsonBytes())),
                              QVariant(m_db->localUser()), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (auto s = sql::run(q, QStringLiteral("saving a report")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ReportRepository::update(const QByteArray &id, ReportDefinition const &definitionIn)
{
    ReportDefinition definition = definitionIn;
    definition.builtinKey.clear();
    if (auto s = definition.validate(); !s)
        return s;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE reports SET title = ?, definition = ?, local_updated_at = ?"
                             " WHERE id = ? AND deleted = 0"));
    for (const QVariant &v :
         {QVariant(definition.title), QVariant(QString::fromUtf8(definition.toJsonBytes())),
          QVariant(QDateTime::currentMSecsSinceEpoch()), QVariant(id)})
        q.addBindValue(v);
    if (auto s = sql::run(q, QStringLiteral("saving a report")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, tr("no saved report %1").arg(Uuid::toString(id)), {}};
    return tx.commit();
}

Status ReportRepository::remove(const QByteArray &id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE reports SET deleted = 1 WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (auto s = sql::run(q, QStringLiteral("deleting a report")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, tr("no saved report %1").arg(Uuid::toString(id)), {}};
    return tx.commit();
}

Result<QByteArray> ReportRepository::duplicate(const SavedReport &report)
{
    ReportDefinition copy = report.definition;
    copy.title = tr("%1 (copy)").arg(report.displayTitle());
    return save(copy);
}

} // namespace crm::core::reports
