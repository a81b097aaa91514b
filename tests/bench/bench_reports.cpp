// SPDX-License-Identifier: GPL-3.0-or-later
// The reports benchmark: the pipeline report over N open deals (default 200,000) to PDF, and
// M contacts (default 1,000,000) streamed to CSV, with the peak resident memory before and
// after the export (flat memory: the export holds no rows). Prints figures against the
// targets; not a timed test.
//   bench_reports [--deals N] [--contacts M] [--dir PATH]
#include "domain/pipeline.h"
#include "print/reportpdfwriter.h"
#include "reports/builtinreports.h"
#include "reports/reportexport.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace crm::core;
using namespace crm::core::reports;

namespace {

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

bool exec(QSqlDatabase &db, const QString &statement, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(statement);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        std::fprintf(stderr, "bench_reports: %s\n", qPrintable(sql::error(q, statement).detail));
        return false;
    }
    return true;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int deals = 200000, contacts = 1000000;
    QString dir;
    QString existing; // --db PATH: a database to keep (generated when missing, reused after)
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--deals")
            deals = args[i + 1].toInt();
        else if (args[i] == u"--contacts")
            contacts = args[i + 1].toInt();
        else if (args[i] == u"--dir")
            dir = args[i + 1];
        else if (args[i] == u"--db")
            existing = args[i + 1];
    }
    QTemporaryDir tmp(dir.isEmpty() ? QDir::tempPath() + u"/bench_reports-XXXXXX"
                                    : dir + u"/bench_reports-XXXXXX");
    const bool reuse = !existing.isEmpty() && QFile::exists(existing);
    auto opened = Database::open(existing.isEmpty() ? tmp.filePath(u"crm.sqlite"_qs) : existing);
    if (!opened) {
        std::fprintf(stderr, "bench_reports: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    DatabasePtr db = opened.value();
    QSqlDatabase c = db->connection();
    // Generated data needs no change log: written as if it came from sync.
    db->setApplyingRemote(c, true);

    QElapsedTimer gen;
    gen.start();
    if (!reuse) {
        Transaction tx(c);
        QStringList cases;
        for (int i = 0; i < 4; ++i)
            cases << QStringLiteral("WHEN %1 THEN x'%2'")
                         .arg(i)
                         .arg(QString::fromLatin1(DefaultPipeline::stageId(i).toHex()));
        if (!exec(c,
                  QStringLiteral(
                      "WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE"
                      " n + 1 < ?) INSERT INTO deals(id, title, amount, currency, stage_id,"
                      " expected_close, owner, created_at) SELECT randomblob(16), 'Deal ' || n,"
                      " (abs(random()) % 5000000) + 10000, CASE n % 10 WHEN 0 THEN 'USD' WHEN 1"
                      " THEN 'PLN' ELSE 'EUR' END, CASE n % 4 %1 END, date('2027-01-01', '+' ||"
                      " (n % 365) || ' days'), 'user' || (n % 20), 0 FROM seq")
                      .arg(cases.join(u' ')),
                  {deals}) ||
            !exec(c, u"UPDATE deals SET local_pipeline_id = s.pipeline_id, local_outcome ="
                     " s.outcome, local_probability = s.probability, local_weighted ="
                     " deals.amount * s.probability / 100 FROM stages s WHERE s.id ="
                     " deals.stage_id"_qs) ||
            !exec(c,
                  u"WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE"
                  " n + 1 < ?) INSERT INTO contacts(id, first_name, last_name, city, status,"
                  " source, local_sort_name, local_email, local_phone, created_at) SELECT"
                  " randomblob(16), 'Jānis' || n, 'Bērziņš, \"the ' || (n % 97) || '\"', CASE"
                  " n % 5 WHEN 0 THEN 'Rīga' WHEN 1 THEN 'Łódź' WHEN 2 THEN 'Tartu' WHEN 3 THEN"
                  " 'Москва' ELSE 'Αθήνα' END, 'lead', 'web', 'berzins' || n, 'j' || n ||"
                  " '@example.lv', '+371 2' || (1000000 + n), 1767225600000 + n * 1000 FROM seq"_qs,
                  {contacts}) ||
            !tx.commit())
            return 1;
    }
    exec(c, u"ANALYZE"_qs);
    if (!reuse)
        std::printf("bench_reports: generated %d deals and %d contacts in %.1f s\n", deals,
                    contacts, ms(gen) / 1000);

    // 1. Pipeline by stage over every deal, to PDF: compile, run, paint, write.
    ReportEngine engine(db);
    QList<double> pdfTimes, queryTimes;
    int pages = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        auto compiled = engine.compile(*BuiltinReports::find(u"pipeline-by-stage"_qs));
        auto table =
            compiled ? engine.collect(compiled.value()) : Result<ReportTable>(compiled.error());
        if (!table) {
            std::fprintf(stderr, "bench_reports: %s\n", qPrintable(table.error().detail));
            return 1;
        }
        queryTimes << ms(t);
        const QString pdf = tmp.filePath(u"pipeline.pdf"_qs);
        if (auto s = crm::ui::ReportPdfWriter::writePdf(pdf, compiled.value(), table.value()); !s) {
            std::fprintf(stderr, "bench_reports: %s\n", qPrintable(s.error().detail));
            return 1;
        }
        pdfTimes << ms(t);
        pages = int(table->rows.size());
    }
    std::sort(pdfTimes.begin(), pdfTimes.end());
    std::sort(queryTimes.begin(), queryTimes.end());
    std::printf(
        "%-58s %10.0f ms  (target <= 2000 ms; best %.0f, %d table rows)\n",
        qPrintable(QStringLiteral("pipeline report over %1 deals to PDF (median of 3)").arg(deals)),
        pdfTimes[1], pdfTimes[0], pages);

    // 2. Every contact to CSV, streamed.
    ReportDefinition all;
    all.title = u"All contacts"_qs;
    all.recordType = RecordType::Contacts;
    all.columns = {u"name"_qs, u"email"_qs,  u"phone"_qs,
                   u"city"_qs, u"status"_qs, u"created_at"_qs};
    all.sort = {{u"name"_qs, false}};
    all.aggregates = {{u"count"_qs, {}, {}}};
    auto compiled = engine.compile(all);
    if (!compiled)
        return 1;
    {
        // The engine alone (SQLite stepping and values), without formatting and writing.
        QElapsedTimer raw;
        raw.start();
        qint64 n = 0;
        auto ran = engine.run(compiled.value(), [&](const ReportRow &) { return ++n > 0; });
        if (!ran)
            return 1;
        std::printf("%-58s %10.0f rows/s\n", "  the engine alone (rows read, not written)",
                    double(n) / (ms(raw) / 1000));
    }
    const qint64 before = peakRssKb();
    resetPeakRss();
    const qint64 baseline = peakRssKb();
    QElapsedTimer t;
    t.start();
    QFile file(tmp.filePath(u"contacts.csv"_qs));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    auto rows = exportCsv(engine, compiled.value(), &file, {});
    file.close();
    if (!rows) {
        std::fprintf(stderr, "bench_reports: %s\n", qPrintable(rows.error().detail));
        return 1;
    }
    const double seconds = ms(t) / 1000;
    const qint64 peak = peakRssKb();
    std::printf("%-58s %10.0f rows/s  (target >= 200000; %lld rows in %.2f s, %.0f MB)\n",
                qPrintable(QStringLiteral("%1 contacts to CSV").arg(rows.value() - 1)),
                double(rows.value()) / seconds, static_cast<long long>(rows.value()), seconds,
                double(QFileInfo(file).size()) / 1e6);
    std::printf("%-58s %10.1f MB  (%.1f MB when the export began; %.1f MB peak before)\n",
                "peak RSS during the CSV export (VmHWM)", double(peak) / 1024,
                double(baseline) / 1024, double(before) / 1024);
    return 0;
}
