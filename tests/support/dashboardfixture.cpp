// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfixture.h"

#include "builders.h"
#include "domain/activity.h"
#include "services/activityrepository.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace crm::test {

using namespace crm::core;

namespace {
constexpr qint64 Day = 24LL * 3600 * 1000;
}

QTimeZone DashboardFixture::zone()
{
    return QTimeZone("Europe/Riga");
}

QDateTime DashboardFixture::now()
{
    return QDateTime(QDate(2026, 12, 15), QTime(10, 0), zone());
}

qint64 DashboardFixture::riga(int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, second), zone())
        .toMSecsSinceEpoch();
}

void DashboardFixture::exec(const QString &statement, const QVariantList &binds) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(statement);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
}

QByteArray DashboardFixture::contact(const char *name, const char *owner, qint64 createdAt,
                                     int status, bool deleted) const
{
    Contact c = test::contact(QString::fromUtf8(name), u"Test"_qs);
    c.owner = QString::fromLatin1(owner);
    c.status = LifecycleStatus(status);
    auto id = ContactRepository(m_db).create(c);
    if (!id)
        qFatal("%s", qPrintable(id.error().message()));
    exec(u"UPDATE contacts SET created_at = ?, deleted = ? WHERE id = ?"_qs,
         {createdAt, deleted ? 1 : 0, id.value()});
    return id.value();
}

QByteArray DashboardFixture::deal(const char *title, qint64 amount, const char *currency, int stage,
                                  const char *owner, qint64 createdAt, qint64 closedAt,
                                  const QByteArray &company, bool deleted) const
{
    Deal d = test::deal(QString::fromUtf8(title), amount, QString::fromLatin1(currency), stage);
    d.owner = QString::fromLatin1(owner);
    d.companyId = company;
    if (stage == 5)
        d.lostReason = u"price"_qs;
    auto id = DealRepository(m_db).create(d);
    if (!id)
        qFatal("%s", qPrintable(id.error().message()));
    exec(u"UPDATE deals SET created_at = ?, local_stage_since = ?, won_at = ?, lost_at = ?,"
         " deleted = ? WHERE id = ?"_qs,
         {createdAt, createdAt, stage == 4 ? closedAt : 0, stage == 5 ? closedAt : 0,
          deleted ? 1 : 0, id.value()});
    return id.value();
}

QByteArray DashboardFixture::activity(int kindIndex, const char *owner, qint64 at,
                                      qint64 doneAt) const
{
    const auto kind = Activity::Kind(kindIndex);
    Activity a;
    a.kind = kind;
    a.subject = u"%1 %2"_qs.arg(Activity::kindKey(kind), QString::fromLatin1(owner));
    a.owner = QString::fromLatin1(owner);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    if (kind == Activity::Kind::Task || kind == Activity::Kind::Note) {
        a.due = when;
    } else {
        a.start = when;
        a.end = when.addSecs(1800);
    }
    ActivityRepository repo(m_db);
    auto id = repo.create(a);
    if (!id)
        qFatal("%s", qPrintable(id.error().message()));
    if (doneAt &&
        !repo.markDone(id.value(), true, QDateTime::fromMSecsSinceEpoch(doneAt, QTimeZone::utc())))
        qFatal("markDone");
    return id.value();
}

DashboardFixture::DashboardFixture(const DatabasePtr &db)
    : m_db(db)
{
    koks = CompanyRepository(m_db).create(test::company(u"Koks SIA"_qs)).value();
    athens = CompanyRepository(m_db).create(test::company(u"Αθήνα ΑΕ"_qs)).value();
    const int lead = int(LifecycleStatus::Lead), customer = int(LifecycleStatus::Customer);

    contact("c1", "anna", riga(12, 3), lead);
    contact("c2", "anna", riga(12, 10), customer);
    contact("c3", "bob", riga(12, 15, 23, 30), lead);    // the last evening: in
    contact("c4", "anna", riga(12, 16, 0, 0), lead);     // the day after: out
    contact("c5", "anna", riga(11, 5), lead);            // previous period
    contact("c6", "anna", riga(11, 16, 0, 0), lead);     // after the previous period
    contact("c7", "anna", riga(12, 5), lead, true);      // deleted
    contact("c8", "bob", riga(11, 30, 23, 59), lead);    // between the two
    contact("c9", "anna", riga(12, 1, 0, 30), customer); // 30 Nov 22:30 UTC

    deal("d1", 100000, "EUR", 4, "anna", riga(12, 5) - 10 * Day, riga(12, 5), koks);
    deal("d2", 50000, "USD", 4, "bob", riga(12, 15, 23, 59) - 15 * Day, riga(12, 15, 23, 59),
         athens);
    deal("d3", 200000, "EUR", 4, "anna", riga(11, 10) - 20 * Day, riga(11, 10), koks);
    deal("d4", 30000, "EUR", 5, "bob", riga(11, 1), riga(12, 2));
    deal("d5", 40000, "EUR", 5, "anna", riga(10, 1), riga(11, 3));
    deal("d6", 70000, "EUR", 4, "anna", riga(12, 1), riga(12, 16, 0, 0), koks);
    deal("d7", 90000, "EUR", 4, "anna", riga(12, 1), riga(12, 3), koks, true);
    deal("o1", 1000000, "EUR", 0, "anna", riga(11, 20));
    deal("o2", 2000000, "EUR", 2, "bob", riga(12, 2));
    staleDeal = deal("o3", 500000, "USD", 3, "anna", riga(10, 1));

    using K = Activity::Kind;
    activity(int(K::Call), "anna", riga(12, 3), riga(12, 3));
    activity(int(K::Meeting), "bob", riga(12, 10), riga(12, 10));
    activity(int(K::Call), "anna", riga(11, 4), riga(11, 4));
    activity(int(K::Task), "anna", riga(12, 15, 9), riga(12, 15, 23, 59, 59));
    activity(int(K::Note), "anna", riga(12, 20), 0);
    overdueTask = activity(int(K::Task), "anna", riga(12, 14), 0);
    activity(int(K::Task), "bob", riga(12, 10), 0);
    todayTask = activity(int(K::Task), "anna", riga(12, 15, 16), 0);
}

} // namespace crm::test
