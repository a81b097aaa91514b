// SPDX-License-Identifier: GPL-3.0-or-later
#include "idresolver.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace crm::cli {

namespace {} // namespace

CliResult<IdResolver::Pattern> IdResolver::parse(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{8,32}$"));
    const QString digits = text.trimmed().toLower().remove(u'-');
    if (!hex.match(digits).hasMatch()) {
        return CliError::usage(
            tr("“%1” is not an id (a UUID, or at least 8 of its leading hex digits)").arg(text));
    }
    Pattern p;
    p.text = text;
    const qsizetype missing = 32 - digits.size();
    p.lower = QByteArray::fromHex((digits + QString(missing, u'0')).toLatin1());
    p.upper = QByteArray::fromHex((digits + QString(missing, u'f')).toLatin1());
    return p;
}

CliResult<QList<QByteArray>> IdResolver::matches(const core::DatabasePtr &db, Kind kind,
                                                 const Pattern &pattern)
{
    // A range over the unique index on id: fast even with a million rows.
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    const QString table = kind == Kind::Contact   ? QStringLiteral("contacts")
                          : kind == Kind::Company ? QStringLiteral("companies")
                                                  : QStringLiteral("deals");
    q.prepare(u"SELECT id FROM " + table + u" WHERE id BETWEEN ? AND ? LIMIT 2");
    q.addBindValue(pattern.lower);
    q.addBindValue(pattern.upper);
    if (!q.exec())
        return CliError::failure(tr("looking up the id: %1").arg(q.lastError().text()));
    QList<QByteArray> ids;
    while (q.next())
        ids << q.value(0).toByteArray();
    return ids;
}

CliResult<QByteArray> IdResolver::resolve(const core::DatabasePtr &db, Kind kind,
                                          const Pattern &pattern)
{
    auto ids = matches(db, kind, pattern);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return CliError::failure(
            (kind == Kind::Contact ? tr("no contact with id %1") : tr("no company with id %1"))
                .arg(pattern.text));
    if (ids->size() > 1) {
        return CliError::failure(
            (kind == Kind::Contact
                 ? tr("the id prefix %1 matches several contacts; give more digits")
                 : tr("the id prefix %1 matches several companies; give more digits"))
                .arg(pattern.text));
    }
    return ids->constFirst();
}

CliResult<QByteArray> IdResolver::resolveAny(const core::DatabasePtr &db, const Pattern &pattern)
{
    auto contacts = matches(db, Kind::Contact, pattern);
    if (!contacts)
        return contacts.error();
    auto companies = matches(db, Kind::Company, pattern);
    if (!companies)
        return companies.error();
    return single(contacts.value() + companies.value(), pattern,
                  tr("no contact or company with id %1").arg(pattern.text));
}

CliResult<QByteArray> IdResolver::resolveRecord(const core::DatabasePtr &db, const Pattern &pattern)
{
    QList<QByteArray> all;
    for (Kind kind : {Kind::Contact, Kind::Company, Kind::Deal}) {
        auto found = matches(db, kind, pattern);
        if (!found)
            return found.error();
        all += found.value();
    }
    return single(all, pattern, tr("no contact, company or deal with id %1").arg(pattern.text));
}

CliResult<QByteArray> IdResolver::single(const QList<QByteArray> &ids, const Pattern &pattern,
                                         const QString &none)
{
    if (ids.isEmpty())
        return CliError::failure(none);
    if (ids.size() > 1) {
        return CliError::failure(
            tr("the id prefix %1 matches several records; give more digits").arg(pattern.text));
    }
    return ids.constFirst();
}

} // namespace crm::cli
