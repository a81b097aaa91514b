// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts benchmark of the Foundation issue: insert throughput with capture and search
// index, search latency through the search service and through the list model, open to the
// first page, a jump into the middle of the sorted list, peak memory and file size — each
// against its target for 1,000,000 contacts on a 2-core laptop. Also checks the query plans
// of the list model. Prints a table; it is not a test and is not run by ctest.
#include "demo/demodata.h"
#include "domain/validation.h"
#include "models/contactlistmodel.h"
#include "search/searchindex.h"
#include "search/textfolder.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/searchservice.h"
#include "storage/database.h"
#include "storage/indexesaside.h"
#include "storage/sql.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <random>

using namespace crm::core;

namespace {

using crm::bench::threadCpuMs;

constexpr quint32 Seed = 2026;
constexpr int ChunkSize = 25000; // contacts generated and inserted at a time: flat memory

// ------------------------------------------------------------------ measuring

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

int g_batchSize = 5000;    // contacts per transaction: fewer FTS5 segments and commits
bool g_insertOnly = false; // --insert-only: for profiling the write path
bool g_existing = false;   // --existing: measure a database kept by an earlier --keep run
int g_append = 0;          // --append N: with --existing, insert N more contacts first
double g_insertCpuMs = 0;
double g_buildMs = -1; // building the indexes a bulk load set aside; -1: none were

qint64 maxRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// The peak resident size since the last resetPeakRss() (VmHWM); -1 when unknown.
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

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    int count = 0;
};

Percentiles percentiles(QList<double> v)
{
    Percentiles p;
    if (v.isEmpty())
        return p;
    std::sort(v.begin(), v.end());
    auto at = [&](double q) {
        const qsizetype i =
            std::clamp<qsizetype>(qsizetype(std::ceil(q * double(v.size()))) - 1, 0, v.size() - 1);
        return v[i];
    };
    p.p50 = at(0.50);
    p.p95 = at(0.95);
    p.max = v.last();
    p.count = int(v.size());
    return p;
}

// ------------------------------------------------------------------ the table

struct Row
{
    QString figure;
    QString value;
    QString target;
    QString verdict; // "ok", "over", or "" for information
};

class Table
{
public:
    void info(const QString &figure, const QString &value) { m_rows << Row{figure, value, {}, {}}; }
    // Lower is better.
    void atMost(const QString &figure, double value, double target, const QString &unit,
                int decimals = 1)
    {
        m_rows << Row{figure, QString::number(value, 'f', decimals) + u' ' + unit,
                      u"≤ " + QString::number(target, 'f', 0) + u' ' + unit,
                      value <= target ? QStringLiteral("ok") : QStringLiteral("OVER")};
    }
    void atLeast(const QString &figure, double value, double target, const QString &unit)
    {
        m_rows << Row{figure, QString::number(value, 'f', 0) + u' ' + unit,
                      u"≥ " + QString::number(target, 'f', 0) + u' ' + unit,
                      value >= target ? QStringLiteral("ok") : QStringLiteral("UNDER")};
    }
    void print(const QString &title) const
    {
        int w[3] = {6, 5, 6};
        for (const Row &r : m_rows) {
            w[0] = std::max(w[0], int(r.figure.size()));
            w[1] = std::max(w[1], int(r.value.size()));
            w[2] = std::max(w[2], int(r.target.size()));
        }
        auto line = [&](const QString &a, const QString &b, const QString &c, const QString &d) {
            std::printf("| %s | %s | %s | %s |\n", qPrintable(a.leftJustified(w[0])),
                        qPrintable(b.rightJustified(w[1])), qPrintable(c.leftJustified(w[2])),
                        qPrintable(d.leftJustified(5)));
        };
        std::printf("\n%s\n", qPrintable(title));
        line(QStringLiteral("figure"), QStringLiteral("value"), QStringLiteral("target"),
             QStringLiteral("ok?"));
        std::printf("|%s|%s|%s|%s|\n", qPrintable(QString(w[0] + 2, u'-')),
                    qPrintable(QString(w[1] + 2, u'-')), qPrintable(QString(w[2] + 2, u'-')),
                    qPrintable(QString(7, u'-')));
        for (const Row &r : m_rows)
            line(r.figure, r.value, r.target, r.verdict);
        std::fflush(stdout);
    }

private:
    QList<Row> m_rows;
};

void progressLine(const QString &text)
{
    std::fprintf(stderr, "  %s\n", qPrintable(text));
}

// ------------------------------------------------------------------ queries

struct Query
{
    QString text;
    QString kind; // "1 word", "2 words", "3 words", "phone"
};

// The start of a word as typed: `n` letters of one of its forms.
QString prefix(const QString &word, int n)
{
    const QString w = word.section(u' ', 0, 0);
    return w.left(std::min<qsizetype>(n, w.size()));
}

bool isNonLatin(const QString &s)
{
    for (QChar c : s) {
        if (c.script() == QChar::Script_Cyrillic || c.script() == QChar::Script_Greek)
            return true;
    }
    return false;
}

// A form of a name the way people type it: as written (with its diacritics), folded
// (lower case, no accents), or — for Cyrillic and Greek — in Latin letters.
QString typedForm(const QString &word, int style)
{
    if (isNonLatin(word) && style % 2 == 0) {
        // The transliteration a Latin keyboard gives: BGN/UNGEGN when there is one.
        const QStringList forms = TextFolder::indexForms(word).split(u' ');
        return style % 4 == 0 ? forms.last() : forms.first();
    }
    return style % 3 == 0 ? TextFolder::fold(word) : word;
}

QList<Query> makeQueries(const QList<Contact> &sample, int perKind)
{
    std::mt19937 rng(Seed);
    auto below = [&](int n) { return int(rng() % quint32(n)); };
    QList<Query> out;
    QSet<QString> seen;
    auto add = [&](const QString &text, const QString &kind) {
        if (!text.trimmed().isEmpty() && !seen.contains(text)) {
            seen.insert(text);
            out << Query{text, kind};
        }
    };
    int n1 = 0, n2 = 0, n3 = 0, nPhone = 0;
    for (int round = 0;
         round < 20 && (n1 < perKind || n2 < perKind || n3 < perKind || nPhone < perKind / 2);
         ++round) {
        for (const Contact &c : sample) {
            const int style = below(12);
            const QString first = typedForm(c.firstName, style);
            const QString last = typedForm(c.lastName, style + 1);
            const QString city = c.city.isEmpty() ? QString() : typedForm(c.city, style);
            const qsizetype before = out.size();
            switch (below(4)) {
            case 0:
                if (n1 < perKind) {
                    add(prefix(below(3) == 0 ? first : last, 3 + below(3)),
                        QStringLiteral("1 word"));
                    n1 += int(out.size() - before);
                }
                break;
            case 1:
                if (n2 < perKind) {
                    add(prefix(first, 2 + below(3)) + u' ' + prefix(last, 3 + below(3)),
                        QStringLiteral("2 words"));
                    n2 += int(out.size() - before);
                }
                break;
            case 2:
                if (n3 < perKind && !city.isEmpty()) {
                    add(prefix(first, 3) + u' ' + prefix(last, 3) + u' ' + prefix(city, 3),
                        QStringLiteral("3 words"));
                    n3 += int(out.size() - before);
                }
                break;
            default:
                if (nPhone < perKind / 2 && !c.phones.isEmpty()) {
                    // The national number's start, as written or as bare digits.
                    const QString number = c.phones.first().number;
                    const QString national = number.section(u' ', 1);
                    const QString digits = TextFolder::digits(national);
                    add(below(2) ? digits.left(5 + below(3)) : national.left(7),
                        QStringLiteral("phone"));
                    nPhone += int(out.size() - before);
                }
                break;
            }
        }
    }
    return out;
}

// ------------------------------------------------------------------ query plans

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

int traceStatement(unsigned type, void *context, void *statement, void *)
{
    if (type == SQLITE_TRACE_STMT) {
        const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
        if (sql && qstrncmp(sql, "SELECT", 6) == 0)
            static_cast<QSet<QByteArray> *>(context)->insert(QByteArray(sql));
    }
    return 0;
}

// Time per top-level statement (its triggers included), for --diagnose.
struct StatementTimes
{
    QHash<QByteArray, QPair<qint64, qint64>> bySql; // sql -> (ns, count)
};

int profileStatement(unsigned type, void *context, void *statement, void *x)
{
    if (type == SQLITE_TRACE_PROFILE) {
        const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
        auto &e =
            static_cast<StatementTimes *>(context)->bySql[QByteArray(sql ? sql : "?").left(70)];
        e.first += *static_cast<qint64 *>(x);
        e.second += 1;
    }
    return 0;
}

struct Plan
{
    QByteArray sql;
    QStringList lines;
    QStringList problems;
};

Plan explain(sqlite3 *h, const QByteArray &sql)
{
    Plan plan{sql, {}, {}};
    sqlite3_stmt *st = nullptr;
    const QByteArray text = "EXPLAIN QUERY PLAN " + sql;
    if (sqlite3_prepare_v2(h, text.constData(), int(text.size()), &st, nullptr) != SQLITE_OK) {
        plan.problems << QString::fromUtf8(sqlite3_errmsg(h));
        return plan;
    }
    // A correlated subquery runs once per row of the page (the row's few tags): what it sorts
    // or scans is bounded by the page, not the table, so it is not a problem of the plan.
    QHash<int, std::pair<int, QString>> nodes; // id → (parent, detail)
    const auto inCorrelatedSubquery = [&](int parent) {
        for (int guard = 0; parent != 0 && guard < 64; ++guard) {
            const auto node = nodes.value(parent, {0, QString()});
            if (node.second.startsWith(u"CORRELATED SCALAR SUBQUERY"))
                return true;
            parent = node.first;
        }
        return false;
    };
    while (sqlite3_step(st) == SQLITE_ROW) {
        const QString detail =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 3)));
        const int id = sqlite3_column_int(st, 0);
        const int parent = sqlite3_column_int(st, 1);
        nodes.insert(id, {parent, detail});
        plan.lines << detail;
        if (inCorrelatedSubquery(parent))
            continue;
        if (detail.contains(u"TEMP B-TREE"))
            plan.problems << u"sorts in a temp B-tree: " + detail;
        if (detail.startsWith(u"SCAN ") && !detail.contains(u"INDEX") &&
            detail != u"SCAN CONSTANT ROW" && !detail.contains(u"VIRTUAL TABLE"))
            plan.problems << u"full table scan: " + detail;
    }
    sqlite3_finalize(st);
    // Sorting a filter's matches (each found by rid) is the intended plan for a few matches.
    const bool fromMatches = plan.lines.join(u'\n').contains(u"INTEGER PRIMARY KEY (rowid=?)");
    if (fromMatches)
        plan.problems.removeIf([](const QString &p) { return p.startsWith(u"sorts in a temp"); });
    return plan;
}

// Drives the list model through every column and order — first page, a jump, the next page
// and the page before — with and without a filter, and explains every SELECT it ran.
QList<Plan> listModelPlans(const DatabasePtr &db, int rows)
{
    QSqlDatabase conn = db->connection();
    sqlite3 *h = handleOf(conn);
    QSet<QByteArray> statements;
    sqlite3_trace_v2(h, SQLITE_TRACE_STMT, traceStatement, &statements);
    for (const QString &filter : {QString(), QStringLiteral("ber")}) {
        for (int column = 0; column < ContactListModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                ContactListModel m(db);
                m.setFilterText(filter);
                m.sort(column, order);
                const int n = m.rowCount();
                if (n == 0)
                    continue;
                m.data(m.index(0, 0));
                m.data(m.index(std::min(n - 1, PagedListModel::PageSize), 0));
                const int mid = n / 2;
                m.data(m.index(mid, 0));
                m.data(m.index(std::min(n - 1, mid + PagedListModel::PageSize), 0));
                m.data(m.index(std::max(0, mid - PagedListModel::PageSize), 0));
            }
        }
    }
    Q_UNUSED(rows);
    sqlite3_trace_v2(h, 0, nullptr, nullptr);
    QList<QByteArray> sorted(statements.begin(), statements.end());
    std::sort(sorted.begin(), sorted.end());
    QList<Plan> plans;
    for (const QByteArray &sql : std::as_const(sorted))
        plans << explain(h, sql);
    return plans;
}

// ------------------------------------------------------------------ one size

struct Options
{
    QList<int> sizes;
    QString dir;
    bool keep = false;
    bool plans = true;
    bool diagnose = false;
};

QString thousands(qint64 n)
{
    QString s = QString::number(n);
    for (qsizetype i = s.size() - 3; i > 0; i -= 3)
        s.insert(i, u',');
    return s;
}

// What an inserted contact costs the file: the rows of the tables createMany writes, and the
// entries of their B-trees (the table and each of its indexes; the search index counted as
// one), per contact. Companies and their tags are a few hundred rows and counted in.
QString writesPerContact(const DatabasePtr &db, int contacts)
{
    QSqlDatabase c = db->connection();
    double rows = 0;
    double entries = 0;
    for (const char *name : {"contacts", "contact_emails", "contact_phones", "contact_tags", "tags",
                             "change_log", "row_clocks", "contacts_fts"}) {
        const QString t = QString::fromLatin1(name);
        const auto n = sql::scalar(c, u"SELECT count(*) FROM " + t);
        const auto indexes = sql::scalar(
            c, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = '" + t +
                   u'\'');
        if (!n || !indexes)
            return QStringLiteral("unknown");
        rows += n.value().toDouble();
        entries += n.value().toDouble() * (1 + indexes.value().toInt());
    }
    return QStringLiteral("%1 rows, %2 B-tree entries")
        .arg(rows / contacts, 0, 'f', 1)
        .arg(entries / contacts, 0, 'f', 1);
}

// Removes a database file with its write-ahead log and shared-memory file.
void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// The floor under createMany: SQLite alone writing the very rows createMany wrote into `from`
// (contacts, e-mails, phones, tag links, search entries; then their change log entries and
// row clocks) into a new file of the same schema, by INSERT … SELECT in one transaction each:
// no C++ per row, no capture triggers, the indexes and search index as they are. Returns
// the seconds of the two steps, or an error.
Result<QPair<double, double>> sqliteFloor(const QString &from, const QString &path)
{
    removeDatabase(path);
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    QSqlDatabase db = opened.value()->connection();
    auto exec = [&db](const QString &statement) { return sql::exec(db, statement); };
    QStringList setUp = {QStringLiteral("PRAGMA cache_size = -98304"),
                         u"ATTACH '" + QString(from).replace(u'\'', u"''"_qs) + u"' AS o"};
    {
        QSqlQuery names(opened.value()->connection());
        if (!names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                       "AND name LIKE 'capture\\_%' ESCAPE '\\'")))
            return sql::error(names, QStringLiteral("listing the capture triggers"));
        while (names.next())
            setUp << u"DROP TRIGGER \"" + names.value(0).toString() + u'"';
    }
    setUp << QStringLiteral("DELETE FROM main.companies")
          << QStringLiteral("INSERT INTO main.companies SELECT * FROM o.companies")
          << QStringLiteral("INSERT INTO main.tags SELECT * FROM o.tags");
    for (const QString &statement : std::as_const(setUp)) {
        if (auto st = exec(statement); !st)
            return st.error();
    }
    const QString tables = QStringLiteral("('contacts', 'contact_emails', 'contact_phones', "
                                          "'contact_tags')");
    const QStringList rows = {
        QStringLiteral("BEGIN"),
        QStringLiteral("INSERT INTO main.contacts SELECT * FROM o.contacts ORDER BY rid"),
        QStringLiteral("INSERT INTO main.contact_emails SELECT * FROM o.contact_emails "
                       "ORDER BY contact_id"),
        QStringLiteral("INSERT INTO main.contact_phones SELECT * FROM o.contact_phones "
                       "ORDER BY contact_id"),
        QStringLiteral("INSERT INTO main.contact_tags SELECT * FROM o.contact_tags "
                       "ORDER BY contact_id"),
        QStringLiteral("INSERT INTO main.contacts_fts(rowid, text) SELECT rowid, text FROM "
                       "o.contacts_fts"),
        QStringLiteral("COMMIT")};
    const QStringList capture = {
        QStringLiteral("BEGIN"),
        u"INSERT INTO main.change_log(hlc, device, counter, author, txn, tbl, row, col, "
        u"old_value, new_value, base_seq, server_seq) SELECT hlc, device, counter, author, txn, "
        u"tbl, row, col, old_value, new_value, base_seq, server_seq FROM o.change_log WHERE tbl "
        u"IN " +
            tables + u" ORDER BY seq",
        u"INSERT INTO main.row_clocks SELECT * FROM o.row_clocks WHERE tbl IN " + tables +
            u" ORDER BY hlc",
        QStringLiteral("COMMIT")};
    QPair<double, double> seconds;
    for (int step = 0; step < 2; ++step) {
        QElapsedTimer t;
        t.start();
        for (const QString &statement : step == 0 ? rows : capture) {
            if (auto st = exec(statement); !st)
                return st.error();
        }
        (step == 0 ? seconds.first : seconds.second) = msSince(t) / 1000;
    }
    opened.value().reset();
    removeDatabase(path);
    return seconds;
}

// Inserts `count` contacts through ContactRepository::createMany in chunks; returns the
// seconds spent inside createMany and adds the generation time to `generationMs`.
Result<double> insertContacts(const DatabasePtr &db, int count, const QList<Company> &companies,
                              double *generationMs, QList<Contact> *sample, int sampleEvery,
                              int first = 0)
{
    ContactRepository repo(db);
    double insertMs = 0;
    // As an import of as many rows does: the random-order indexes are built after the rows
    // when that is cheaper (IndexesAside::worthIt), and building them is part of the time.
    std::optional<IndexesAside> aside;
    if (IndexesAside::worthIt(first, count)) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        aside.emplace(db->connection(), IndexesAside::contactIndexes());
        insertMs += msSince(t);
        g_insertCpuMs += threadCpuMs() - cpu0;
        if (!aside->begun())
            return aside->begun().error();
    }
    for (int done = 0; done < count;) {
        const int n = std::min(ChunkSize, count - done);
        QElapsedTimer g;
        g.start();
        const QList<Contact> chunk = DemoData::makeContactRange(first + done, n, Seed, companies);
        *generationMs += msSince(g);
        if (sample) {
            for (int i = 0; i < n; ++i) {
                if ((done + i) % sampleEvery == 0)
                    *sample << chunk[i];
            }
        }
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        auto written = repo.createMany(chunk, g_batchSize);
        insertMs += msSince(t);
        g_insertCpuMs += threadCpuMs() - cpu0;
        if (!written)
            return written.error();
        done += n;
        if (done % 100000 == 0 || done == count)
            progressLine(QStringLiteral("%1 contacts inserted (%2/s so far)")
                             .arg(thousands(done))
                             .arg(thousands(qint64(done / (insertMs / 1000.0)))));
    }
    if (aside) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        if (auto s = aside->restore(); !s)
            return s.error();
        g_buildMs = msSince(t);
        insertMs += g_buildMs;
        g_insertCpuMs += threadCpuMs() - cpu0;
    }
    return insertMs / 1000.0;
}

bool runSize(int size, const Options &opt, const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("bench-%1.sqlite").arg(size));
    if (g_existing && !QFileInfo::exists(path)) {
        std::fprintf(stderr, "--existing: no %s\n", qPrintable(path));
        return false;
    }
    if (!g_existing)
        removeDatabase(path);
    resetPeakRss();
    Table table;
    const QString n = thousands(size);
    std::fprintf(stderr, "N = %s\n", qPrintable(n));

    QList<Contact> sample;
    {
        auto opened = Database::open(path);
        if (!opened) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path),
                         qPrintable(opened.error().message()));
            return false;
        }
        DatabasePtr db = opened.value();

        if (g_existing) {
            // The same contacts as the run that made the file: the sample is regenerated.
            const QList<Company> companies =
                DemoData::makeCompanies(std::max(60, size / 100), Seed);
            for (int done = 0; done < size; done += ChunkSize) {
                const QList<Contact> chunk = DemoData::makeContactRange(
                    done, std::min(ChunkSize, size - done), Seed, companies);
                for (int i = 0; i < chunk.size(); ++i) {
                    if ((done + i) % std::max(1, size / 2000) == 0)
                        sample << chunk[i];
                }
            }
            if (g_append == 0)
                table.info(QStringLiteral("insert"), QStringLiteral("not measured (--existing)"));
        }
        if (g_existing && g_append > 0) {
            // The marginal rate at this size: N more contacts into the kept file (which keeps
            // them), with the companies of the run that made it.
            QList<Company> companies = DemoData::makeCompanies(std::max(60, size / 100), Seed);
            QSqlQuery q(db->connection());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT id FROM companies ORDER BY rid")))
                return false;
            for (qsizetype i = 0; i < companies.size() && q.next(); ++i)
                companies[i].id = q.value(0).toByteArray();
            q.finish();
            auto counted = ContactRepository(db).count();
            const int already = counted ? counted.value() : size;
            double generationMs = 0;
            g_insertCpuMs = 0;
            auto seconds =
                insertContacts(db, g_append, companies, &generationMs, nullptr, 1, already);
            if (!seconds) {
                std::fprintf(stderr, "insert: %s\n", qPrintable(seconds.error().message()));
                return false;
            }
            table.info(QStringLiteral("insert: %1 more into %2 (wall; batches of %3)")
                           .arg(thousands(g_append), thousands(already))
                           .arg(g_batchSize),
                       thousands(qint64(g_append / seconds.value())) +
                           QStringLiteral(" contacts/s"));
            table.info(QStringLiteral("insert: per CPU second of the inserting thread"),
                       thousands(qint64(g_append / (g_insertCpuMs / 1000))) +
                           QStringLiteral(" contacts/s"));
            table.info(QStringLiteral("insert: of which building the indexes set aside"),
                       g_buildMs < 0 ? QStringLiteral("none set aside")
                                     : QStringLiteral("%1 s").arg(g_buildMs / 1000, 0, 'f', 1));
        }
        // Companies: few, one transaction each, as the UI and the CLI create them.
        if (!g_existing) {
            const int companyCount = std::max(60, size / 100);
            QList<Company> companies = DemoData::makeCompanies(companyCount, Seed);
            QElapsedTimer t;
            t.start();
            CompanyRepository companyRepo(db);
            for (Company &c : companies) {
                auto id = companyRepo.create(c);
                if (!id) {
                    std::fprintf(stderr, "company: %s\n", qPrintable(id.error().message()));
                    return false;
                }
                c.id = id.value();
            }
            const double companyMs = msSince(t);
            table.info(QStringLiteral("companies created (CompanyRepository::create, 1 tx each)"),
                       thousands(companyCount) +
                           QStringLiteral(" in %1 s").arg(companyMs / 1000, 0, 'f', 1));

            double generationMs = 0;
            g_insertCpuMs = 0;
            auto seconds = insertContacts(db, size, companies, &generationMs, &sample,
                                          std::max(1, size / 2000));
            if (!seconds) {
                std::fprintf(stderr, "insert: %s\n", qPrintable(seconds.error().message()));
                return false;
            }
            table.info(QStringLiteral("demo data generated in memory"),
                       QStringLiteral("%1 s (%2/s)")
                           .arg(generationMs / 1000, 0, 'f', 2)
                           .arg(thousands(qint64(size / (generationMs / 1000)))));
            table.atLeast(QStringLiteral("insert: createMany with capture + search index"),
                          size / seconds.value(), 25000, QStringLiteral("contacts/s"));
            table.info(QStringLiteral("insert: total time (wall; batches of %1)").arg(g_batchSize),
                       QStringLiteral("%1 s").arg(seconds.value(), 0, 'f', 1));
            table.info(QStringLiteral("insert: of which building the indexes set aside"),
                       g_buildMs < 0 ? QStringLiteral("none set aside")
                                     : QStringLiteral("%1 s").arg(g_buildMs / 1000, 0, 'f', 1));
            table.info(QStringLiteral("insert: per CPU second of the inserting thread"),
                       thousands(qint64(size / (g_insertCpuMs / 1000))) +
                           QStringLiteral(" contacts/s"));
            table.info(QStringLiteral("insert: rows / B-tree entries written per contact"),
                       writesPerContact(db, size));
            if (size <= 100000 || opt.diagnose) {
                // How far SQLite itself gets with the same rows and schema.
                auto floor = sqliteFloor(path, path + QStringLiteral(".floor"));
                if (!floor) {
                    table.info(QStringLiteral("floor: SQLite alone, same rows (INSERT … SELECT)"),
                               floor.error().message());
                } else {
                    table.info(QStringLiteral("floor: SQLite alone, same rows, no capture"),
                               thousands(qint64(size / floor->first)) +
                                   QStringLiteral(" contacts/s"));
                    table.info(QStringLiteral("floor: … with the change log and row clocks"),
                               thousands(qint64(size / (floor->first + floor->second))) +
                                   QStringLiteral(" contacts/s"));
                }
            }

            if (opt.diagnose) {
                // Where insert time goes, statement by statement, on a fresh file.
                const QString p3 = path + QStringLiteral(".profile");
                removeDatabase(p3);
                if (auto db3 = Database::open(p3)) {
                    QList<Company> c3 = companies;
                    CompanyRepository cr(db3.value());
                    for (Company &c : c3)
                        c.id = cr.create(c).value();
                    StatementTimes times;
                    sqlite3 *h = handleOf(db3.value()->connection());
                    sqlite3_trace_v2(h, SQLITE_TRACE_PROFILE, profileStatement, &times);
                    double g3 = 0;
                    const int n3 = std::min(size, 50000);
                    auto s3 = insertContacts(db3.value(), n3, c3, &g3, nullptr, 1);
                    sqlite3_trace_v2(h, 0, nullptr, nullptr);
                    qint64 sqlNs = 0;
                    for (auto it = times.bySql.cbegin(); it != times.bySql.cend(); ++it)
                        sqlNs += it->first;
                    std::printf(
                        "\nInsert profile, %d contacts: %.2f s in createMany, %.2f s in SQL\n", n3,
                        s3 ? s3.value() : -1.0, double(sqlNs) / 1e9);
                    QList<QPair<qint64, QByteArray>> sorted;
                    for (auto it = times.bySql.cbegin(); it != times.bySql.cend(); ++it)
                        sorted << qMakePair(it->first, it.key());
                    std::sort(sorted.begin(), sorted.end(), std::greater<>());
                    for (const auto &e : std::as_const(sorted))
                        std::printf("  %8.1f µs/contact  %7lld runs  %s\n",
                                    double(e.first) / 1e3 / n3, times.bySql.value(e.second).second,
                                    e.second.constData());
                    // The C++ side: what createMany computes per contact before SQL.
                    const QList<Contact> chunk = DemoData::makeContactRange(0, 20000, Seed + 1, c3);
                    QElapsedTimer c;
                    c.start();
                    int errors = 0;
                    for (const Contact &x : chunk)
                        errors += int(Validation::check(x).size());
                    const double validateUs = msSince(c) * 1000 / chunk.size();
                    c.restart();
                    qsizetype chars = 0;
                    for (const Contact &x : chunk)
                        chars += SearchIndex::contactText(x).size() +
                                 TextFolder::fold(x.lastName).size();
                    const double textUs = msSince(c) * 1000 / chunk.size();
                    std::printf(
                        "  %8.1f µs/contact  validation (%d errors)\n  %8.1f µs/contact  search "
                        "text + sort key (%lld chars)\n",
                        validateUs, errors, textUs, qint64(chars));
                }
                removeDatabase(p3);

                // The same rows without capture (remote-apply mode).
                const QString p2 = path + QStringLiteral(".nocapture");
                removeDatabase(p2);
                auto db2 = Database::open(p2);
                if (db2) {
                    QList<Company> c2 = companies;
                    CompanyRepository cr(db2.value());
                    for (Company &c : c2)
                        c.id = cr.create(c).value();
                    db2.value()->setApplyingRemote(db2.value()->connection(), true);
                    double g2 = 0;
                    auto s2 =
                        insertContacts(db2.value(), std::min(size, 100000), c2, &g2, nullptr, 1);
                    if (s2)
                        table.info(QStringLiteral("diagnostic: createMany without capture"),
                                   thousands(qint64(std::min(size, 100000) / s2.value())) +
                                       QStringLiteral(" contacts/s"));
                }
                removeDatabase(p2);
            }

        } // !g_existing
        if (g_insertOnly) {
            table.print(QStringLiteral("=== %1 contacts (insert only) ===").arg(n));
            return true;
        }
        // Search latency: the service (search box) and the list model (filtered list).
        const QList<Query> queries = makeQueries(sample, 100);
        SearchService search(db);
        for (const Query &q : queries) // warm-up: the file's pages into the page cache once
            (void)search.search(q.text, 50);
        QHash<QString, QList<double>> serviceMs;
        QHash<QString, QList<double>> serviceCpuMs; // the thread's CPU: meaningful under load
        QHash<QString, QList<double>> modelMs;
        QList<double> allService;
        QList<double> allModel;
        qint64 hits = 0;
        for (const Query &q : queries) {
            QElapsedTimer s;
            s.start();
            const double cpu0 = threadCpuMs();
            auto r = search.search(q.text, 50);
            const double ms = msSince(s);
            serviceCpuMs[q.kind] << threadCpuMs() - cpu0;
            if (r)
                hits += r->size();
            serviceMs[q.kind] << ms;
            allService << ms;
        }
        {
            ContactListModel model(db);
            for (const Query &q : queries) {
                QElapsedTimer s;
                s.start();
                model.setFilterText(q.text);
                if (model.rowCount() > 0)
                    model.data(model.index(0, 0));
                const double ms = msSince(s);
                modelMs[q.kind] << ms;
                allModel << ms;
            }
        }
        table.info(QStringLiteral("search queries (1/2/3 words, phone digits)"),
                   QStringLiteral("%1 (%2 hits in all)").arg(queries.size()).arg(thousands(hits)));
        for (const QString &kind : {QStringLiteral("1 word"), QStringLiteral("2 words"),
                                    QStringLiteral("3 words"), QStringLiteral("phone")}) {
            const Percentiles s = percentiles(serviceMs.value(kind));
            const Percentiles m = percentiles(modelMs.value(kind));
            table.info(QStringLiteral("search service, %1 (%2): p50").arg(kind).arg(s.count),
                       QStringLiteral("%1 ms").arg(s.p50, 0, 'f', 1));
            table.atMost(QStringLiteral("search service, %1: p95").arg(kind), s.p95, 30,
                         QStringLiteral("ms"));
            const Percentiles cpu = percentiles(serviceCpuMs.value(kind));
            table.info(
                QStringLiteral("search service, %1: CPU p50 / p95").arg(kind),
                QStringLiteral("%1 / %2 ms").arg(cpu.p50, 0, 'f', 1).arg(cpu.p95, 0, 'f', 1));
            table.info(QStringLiteral("list model filter + first row, %1 (%2): p50")
                           .arg(kind)
                           .arg(m.count),
                       QStringLiteral("%1 ms").arg(m.p50, 0, 'f', 1));
            table.atMost(QStringLiteral("list model filter + first row, %1: p95").arg(kind), m.p95,
                         30, QStringLiteral("ms"));
        }
        const Percentiles s = percentiles(allService);
        const Percentiles m = percentiles(allModel);
        table.atMost(QStringLiteral("search service, all %1 queries: p95 (max %2 ms)")
                         .arg(s.count)
                         .arg(s.max, 0, 'f', 0),
                     s.p95, 30, QStringLiteral("ms"));
        table.atMost(QStringLiteral("list model, all %1 queries: p95 (max %2 ms)")
                         .arg(m.count)
                         .arg(m.max, 0, 'f', 0),
                     m.p95, 30, QStringLiteral("ms"));

        if (opt.plans) {
            const QList<Plan> plans = listModelPlans(db, size);
            int bad = 0;
            std::printf("\nQuery plans of the list model at N = %s (%d distinct SELECTs):\n",
                        qPrintable(n), int(plans.size()));
            for (const Plan &p : plans) {
                std::printf("  %s %s\n", p.problems.isEmpty() ? "ok  " : "BAD ", p.sql.constData());
                for (const QString &l : p.lines)
                    std::printf("         %s\n", qPrintable(l));
                bad += p.problems.isEmpty() ? 0 : 1;
            }
            table.info(QStringLiteral("list-model SELECTs with a full scan or temp B-tree sort"),
                       QStringLiteral("%1 of %2").arg(bad).arg(plans.size()));
        }
        db->closeConnection();
    }

    // Open to first page: a fresh Database::open on the existing file each time. Each figure
    // in wall time and in CPU time of this thread (on a shared machine the CPU figure is the
    // one to judge by; the reads are from the page cache either way).
    struct Span
    {
        double wall = 0;
        double cpu = 0;
    };
    struct Stopwatch
    {
        QElapsedTimer wall;
        double cpu0 = threadCpuMs();
        Stopwatch() { wall.start(); }
        Span lap()
        {
            const Span s{msSince(wall), threadCpuMs() - cpu0};
            wall.restart();
            cpu0 = threadCpuMs();
            return s;
        }
    };
    const int target = std::min(500000, size / 2);
    struct Opening
    {
        Span first, jump, next, back;
    };
    auto openAndFirstPage = [&](int column, Qt::SortOrder order) -> std::optional<Opening> {
        Opening o;
        Stopwatch t;
        auto opened = Database::open(path);
        if (!opened)
            return std::nullopt;
        {
            ContactListModel model(opened.value());
            if (column != ContactListModel::Name || order != Qt::AscendingOrder)
                model.sort(column, order);
            model.data(model.index(0, 0));
            o.first = t.lap();
            ContactListModel fresh(opened.value());
            fresh.sort(column, order);
            t.lap();
            fresh.data(fresh.index(target, 0));
            o.jump = t.lap();
            fresh.data(fresh.index(target + PagedListModel::PageSize, 0));
            o.next = t.lap();
            fresh.data(fresh.index(target - PagedListModel::PageSize, 0));
            o.back = t.lap();
        }
        opened.value()->closeConnection();
        return o;
    };
    const Opening byName = openAndFirstPage(ContactListModel::Name, Qt::AscendingOrder)
                               .value_or(Opening{{-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}});
    const Opening byCity = openAndFirstPage(ContactListModel::City, Qt::DescendingOrder)
                               .value_or(Opening{{-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}});
    const auto both = [&](const QString &figure, const Span &span, double limit) {
        table.atMost(figure + QStringLiteral(" (wall)"), span.wall, limit, QStringLiteral("ms"));
        table.atMost(figure + QStringLiteral(" (CPU)"), span.cpu, limit, QStringLiteral("ms"));
    };
    both(QStringLiteral("open database → first page, by name"), byName.first, 200);
    both(QStringLiteral("open database → first page, by city descending"), byCity.first, 200);
    both(QStringLiteral("jump to row %1 (fresh model), by name").arg(thousands(target)),
         byName.jump, 100);
    both(QStringLiteral("… next page after the jump"), byName.next, 100);
    both(QStringLiteral("… page before the jump"), byName.back, 100);
    both(QStringLiteral("jump to row %1 (fresh model), by city desc").arg(thousands(target)),
         byCity.jump, 100);
    both(QStringLiteral("… next page after the jump"), byCity.next, 100);

    const qint64 peak = peakRssKb();
    table.atMost(QStringLiteral("peak RSS while at this size (VmHWM)"), double(peak) / 1024.0, 300,
                 QStringLiteral("MB"), 0);
    table.atMost(QStringLiteral("peak RSS of the process (getrusage ru_maxrss)"),
                 double(maxRssKb()) / 1024.0, 300, QStringLiteral("MB"), 0);
    qint64 bytes = QFileInfo(path).size();
    const qint64 wal = QFileInfo(path + QStringLiteral("-wal")).size();
    table.info(QStringLiteral("database file size"),
               QStringLiteral("%1 MB (+ %2 MB WAL), %3 bytes/contact")
                   .arg(double(bytes) / 1048576.0, 0, 'f', 0)
                   .arg(double(wal) / 1048576.0, 0, 'f', 0)
                   .arg(bytes / std::max(1, size)));

    table.print(QStringLiteral("=== %1 contacts ===").arg(n));
    if (!opt.keep) {
        removeDatabase(path);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "crm.*.info=false");
    Options opt;
    opt.sizes = {100000, 1000000};
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--quick") {
            opt.sizes = {20000};
        } else if (a == u"--sizes" && i + 1 < args.size()) {
            opt.sizes.clear();
            for (const QString &s : args[++i].split(u',', Qt::SkipEmptyParts)) {
                bool ok = false;
                const int v = s.trimmed().toInt(&ok);
                if (!ok || v < 1000) {
                    std::fprintf(stderr, "bench_contacts: --sizes takes numbers ≥ 1000, not “%s”\n",
                                 qPrintable(s));
                    return 2;
                }
                opt.sizes << v;
            }
        } else if (a == u"--dir" && i + 1 < args.size()) {
            opt.dir = args[++i];
        } else if (a == u"--batch" && i + 1 < args.size()) {
            g_batchSize = std::max(1, args[++i].toInt());
        } else if (a == u"--insert-only") {
            g_insertOnly = true;
        } else if (a == u"--existing") {
            g_existing = true;
            opt.keep = true;
        } else if (a == u"--append" && i + 1 < args.size()) {
            g_append = std::max(0, args[++i].toInt());
        } else if (a == u"--keep") {
            opt.keep = true;
        } else if (a == u"--no-plans") {
            opt.plans = false;
        } else if (a == u"--diagnose") {
            opt.diagnose = true;
        } else {
            std::fprintf(stderr,
                         "usage: bench_contacts [--sizes 100000,1000000] [--quick] [--dir PATH] "
                         "[--keep] [--no-plans] [--diagnose] [--batch N] [--insert-only] "
                         "[--existing [--append N]]\n");
            return 2;
        }
    }
    QTemporaryDir temp;
    const QString dir = opt.dir.isEmpty() ? temp.path() : opt.dir;
    QDir().mkpath(dir);
    std::printf("bench_contacts: SQLite %s, Qt %s, %d CPU(s); databases in %s\n",
                sqlite3_libversion(), qVersion(), QThread::idealThreadCount(), qPrintable(dir));
    for (int size : std::as_const(opt.sizes)) {
        if (!runSize(size, opt, dir))
            return 1;
    }
    return 0;
}
