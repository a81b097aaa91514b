// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk edit at scale: N contacts, of which M live in one city; "all matching" the city's
// search gets a status, a tag, then the status is undone — each through BulkEdit in batches of
// 2,000 (repositories, captured per field). Prints rows/s and the change-log entries written.
//   bench_bulk [--contacts 200000] [--matching 40000] [--dir PATH] [--keep]
#include "benchsupport.h"

#include "models/contactlistmodel.h"
#include "services/bulkedit.h"
#include "services/contactrepository.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace crm::core;
using crm::bench::say;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count =
        crm::bench::option(args, QStringLiteral("--contacts"), QStringLiteral("200000")).toInt();
    const int matching = std::min(
        count,
        crm::bench::option(args, QStringLiteral("--matching"), QStringLiteral("40000")).toInt());
    QTemporaryDir tmp;
    const QString dir = crm::bench::option(args, QStringLiteral("--dir"), tmp.path());
    tmp.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    const QString path = dir + QStringLiteral("/bench-bulk.sqlite");
    QFile::remove(path);
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "bench_bulk: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    DatabasePtr db = opened.value();

    QElapsedTimer t;
    t.start();
    QList<Contact> batch;
    ContactRepository contacts(db);
    for (int i = 0; i < count; ++i) {
        Contact c;
        c.firstName = QStringLiteral("Person");
        c.lastName = QString::number(i);
        // Every (count / matching)-th contact lives in the city the search finds.
        c.city = (qint64(i) * matching / count) != (qint64(i + 1) * matching / count)
                     ? QStringLiteral("Rīga")
                     : QStringLiteral("Tallinn");
        batch << c;
        if (batch.size() == 10000 || i == count - 1) {
            if (auto s = contacts.createMany(batch); !s) {
                std::fprintf(stderr, "bench_bulk: %s\n", qPrintable(s.error().detail));
                return 1;
            }
            batch.clear();
        }
    }
    say(QStringLiteral("contacts: %1 written in %2 s").arg(count).arg(t.elapsed() / 1000.0));

    ContactListModel list(db);
    list.setFilterText(QStringLiteral("riga"));
    BulkTarget target;
    target.query = list.query();
    BulkEdit bulk(db);
    auto changeCount = [&] {
        QSqlDatabase c = db->connection();
        return sql::scalar(c, QStringLiteral("SELECT count(*) FROM change_log"))
            .value()
            .toLongLong();
    };
    auto run = [&](const QString &what, const std::function<Result<BulkOutcome>()> &work) {
        const qint64 before = changeCount();
        const double cpu = crm::bench::cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        auto out = work();
        const double s = double(timer.nsecsElapsed()) / 1e9;
        if (!out) {
            std::fprintf(stderr, "bench_bulk: %s: %s\n", qPrintable(what),
                         qPrintable(out.error().message()));
            std::exit(1);
        }
        const qsizetype rows = out->changes.isEmpty() ? out->matched : out->changes.size();
        say(QStringLiteral("%1: %2 rows in %3 s = %4 rows/s (cpu %5 s), change_log +%6, peak "
                           "RSS %7 MB")
                .arg(what, -28)
                .arg(rows)
                .arg(s, 0, 'f', 2)
                .arg(qRound(double(rows) / s))
                .arg(crm::bench::cpuSeconds() - cpu, 0, 'f', 2)
                .arg(changeCount() - before)
                .arg(crm::bench::peakRssMb()));
        return out;
    };
    const BulkOperation status{BulkOperation::Kind::SetField, QStringLiteral("status"),
                               QStringLiteral("customer")};
    auto set = run(QStringLiteral("set status (all matching)"),
                   [&] { return bulk.apply(target, status); });
    (void)run(QStringLiteral("add tag (all matching)"), [&] {
        return bulk.apply(target, {BulkOperation::Kind::AddTag, {}, QStringLiteral("vip")});
    });
    (void)run(QStringLiteral("undo set status"), [&]() -> Result<BulkOutcome> {
        if (auto s = bulk.undo(set->edit); !s)
            return s.error();
        BulkOutcome o;
        o.matched = int(set->changes.size());
        return o;
    });
    return 0;
}
