// SPDX-License-Identifier: GPL-3.0-or-later
// How long the demo data a new user is offered takes to write, and what it holds:
//   bench_demodata [--contacts 300] [--runs 3] [--dir PATH]
#include "demo/demodata.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace crm::core;

namespace {

qint64 scalar(const DatabasePtr &db, const char *sql)
{
    QSqlDatabase c = db->connection();
    QSqlQuery q(c);
    return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"contacts"_qs, u"Contacts to make."_qs, u"n"_qs, u"300"_qs});
    parser.addOption({u"runs"_qs, u"Runs, each on a new database."_qs, u"n"_qs, u"3"_qs});
    parser.addOption({u"dir"_qs, u"Folder for the databases."_qs, u"path"_qs});
    parser.addHelpOption();
    parser.process(app);
    const int contacts = parser.value(u"contacts"_qs).toInt();
    const int runs = std::max(1, parser.value(u"runs"_qs).toInt());
    QTemporaryDir temp(parser.isSet(u"dir"_qs) ? parser.value(u"dir"_qs) + u"/demo-XXXXXX"_qs
                                               : QDir::tempPath() + u"/demo-XXXXXX"_qs);

    std::printf("demo data: %d contacts, %d runs\n", contacts, runs);
    std::printf("%-6s %10s %8s %8s %10s %12s %12s\n", "run", "total ms", "deals", "moves",
                "activities", "changes", "file KB");
    for (int run = 0; run < runs; ++run) {
        const QString path = temp.filePath(u"demo%1.sqlite"_qs.arg(run));
        auto db = Database::open(path);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        auto written = DemoData::populate(db.value(), contacts);
        const qint64 ms = timer.elapsed();
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message()));
            return 1;
        }
        std::printf("%-6d %10lld %8lld %8lld %10lld %12lld %12lld\n", run + 1, ms,
                    scalar(db.value(), "SELECT count(*) FROM deals"),
                    scalar(db.value(), "SELECT count(*) FROM deal_stage_changes"),
                    scalar(db.value(), "SELECT count(*) FROM activities"),
                    scalar(db.value(), "SELECT count(*) FROM change_log"),
                    QFileInfo(path).size() / 1024);
    }
    return 0;
}
