// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

namespace crm::test {

// The dashboard's fixture, worked out by hand in tst_dashboard: "now" is Tuesday
// 15 December 2026, 10:00 in Riga; "this month" (1–15 December) is compared with
// 1–15 November. Contacts c1–c9, deals d1–d7 and o1–o3, done and open activities of the
// owners "anna" and "bob", written through the repositories and then dated.
struct DashboardFixture
{
    static QTimeZone zone(); // Europe/Riga
    static QDateTime now();
    // An instant of 2026 in Riga.
    static qint64 riga(int month, int day, int hour = 12, int minute = 0, int second = 0);

    explicit DashboardFixture(const core::DatabasePtr &db);

    QByteArray koks, athens; // companies
    QByteArray staleDeal;    // o3, in Negotiation since 1 October
    QByteArray overdueTask;  // anna's, due on the 14th
    QByteArray todayTask;    // anna's, due at 16:00 today

    // Each of these writes one record and dates it.
    QByteArray contact(const char *name, const char *owner, qint64 createdAt, int status,
                       bool deleted = false) const;
    // A deal in `stage` (4 won, 5 lost) created at `createdAt`, closed at `closedAt`.
    QByteArray deal(const char *title, qint64 amount, const char *currency, int stage,
                    const char *owner, qint64 createdAt, qint64 closedAt = 0,
                    const QByteArray &company = {}, bool deleted = false) const;
    // A task or note due at `at`, anything else starting then; done at `doneAt` unless 0.
    QByteArray activity(int kind, const char *owner, qint64 at, qint64 doneAt) const;

    // Runs one statement with its values bound (fatal on an error).
    void exec(const QString &statement, const QVariantList &binds) const;

private:
    core::DatabasePtr m_db;
};

} // namespace crm::test
