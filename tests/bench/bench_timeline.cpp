// SPDX-License-Identifier: GPL-3.0-or-later
// The customer timeline benchmark: a database of N activities (default 1,000,000) spread over
// 100,000 contacts, plus one contact with thousands of entries of every kind (activities,
// deal events, field changes) and a company whose contacts and deals hold thousands more.
// Measures the first page of the timeline (what the Timeline tab shows on opening) on a fresh
// connection, a page deep inside it, and a walk through all of it page by page. Prints the
// query plans. The bulk rows are written as a sync applies them (capture off) to keep the
// set-up short; the subject's field changes go through the repository (captured).
// Not a test; not run by ctest.
//   bench_timeline [--count N] [--entries N] [--dir PATH]
#include "common/uuid.h"
#include "domain/pipeline.h"
#include "services/contactrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "timeline/timelinerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace crm::core;

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void plan(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(u"EXPLAIN QUERY PLAN " + sql);
    while (q.next())
        std::printf("    plan: %s\n", qPrintable(q.value(3).toString()));
}

bool insertActivity(QSqlQuery &q, const QString &kind, qint64 when, const QVariant &contact,
                    const QVariant &company, const QVariant &deal, int n)
{
    q.addBindValue(Uuid::createV7());
    q.addBindValue(kind);
    q.addBindValue(u"Activity %1"_qs.arg(n));
    q.addBindValue(contact);
    q.addBindValue(company);
    q.addBindValue(deal);
    const bool timed = kind != u"note";
    q.addBindValue(timed && kind != u"task" ? QVariant(when)
                                            : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(kind == u"task" ? QVariant(when) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(when);
    return q.exec();
}

struct Measure
{
    double firstMs = 0;
    double deepMs = 0;
    double walkMs = 0;
    int entries = 0;
    int pages = 0;
};

Measure measure(const DatabasePtr &db, const QByteArray &subject)
{
    Measure m;
    // A fresh connection, opened before the clock starts (the app's is open already).
    db->closeConnection();
    QSqlDatabase c = db->connection();
    if (!sql::scalar(c, u"SELECT 1"_qs))
        return {};
    QElapsedTimer t;
    t.start();
    auto first = TimelineRepository(db).page(subject);
    m.firstMs = msSince(t);
    if (!first)
        return m;
    TimelineCursor cursor = first->next;
    bool atEnd = first->atEnd;
    m.entries = int(first->entries.size());
    m.pages = 1;
    t.restart();
    double deepest = 0;
    while (!atEnd) {
        QElapsedTimer one;
        one.start();
        auto page = TimelineRepository(db).page(subject, cursor);
        deepest = msSince(one);
        if (!page)
            break;
        ++m.pages;
        m.entries += int(page->entries.size());
        cursor = page->next;
        atEnd = page->atEnd;
        if (m.pages == 20)
            m.deepMs = deepest;
    }
    m.walkMs = msSince(t) + m.firstMs;
    if (m.pages < 20)
        m.deepMs = deepest;
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int count = 1000000;
    int entries = 5000;
    QString dirPath;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--count")
            count = args[i + 1].toInt();
        if (args[i] == u"--entries")
            entries = args[i + 1].toInt();
        if (args[i] == u"--dir")
            dirPath = args[i + 1];
    }
    QTemporaryDir tmp;
    const QString path = (dirPath.isEmpty() ? tmp.path() : dirPath) + u"/bench-timeline.sqlite";
    QFile::remove(path);
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
        return 1;
    }
    DatabasePtr db = opened.value();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;
    const QStringList kinds = {u"call"_qs, u"meeting"_qs, u"visit"_qs,
                               u"task"_qs, u"note"_qs,    u"email"_qs};

    QElapsedTimer t;
    t.start();
    const QByteArray company = Uuid::createV7();
    const QByteArray subject = Uuid::createV7();
    QList<QByteArray> contacts;
    {
        QSqlDatabase c = db->connection();
        db->setApplyingRemote(c, true);
        std::mt19937 rng(2026);
        std::uniform_int_distribution<qint64> past(nowMs - 4 * 365 * day, nowMs);
        std::uniform_int_distribution<int> pick(0, 5);
        Transaction tx(c);
        QSqlQuery co(c);
        co.prepare(u"INSERT INTO companies(id, name, created_at) VALUES (?, ?, ?)"_qs);
        co.addBindValue(company);
        co.addBindValue(u"SIA Lielais klients"_qs);
        co.addBindValue(nowMs);
        co.exec();
        QSqlQuery ct(c);
        ct.prepare(u"INSERT INTO contacts(id, first_name, last_name, company_id, created_at)"
                   u" VALUES (?, ?, ?, ?, ?)"_qs);
        const int contactCount = 100000;
        for (int i = 0; i < contactCount; ++i) {
            const QByteArray id = i == 0 ? subject : Uuid::createV7();
            contacts << id;
            ct.addBindValue(id);
            ct.addBindValue(u"First %1"_qs.arg(i));
            ct.addBindValue(u"Last %1"_qs.arg(i));
            // The first 200 contacts work at the big company.
            ct.addBindValue(i < 200 ? QVariant(company)
                                    : QVariant(QMetaType::fromType<QByteArray>()));
            ct.addBindValue(nowMs - 5 * 365 * day);
            if (!ct.exec())
                return 1;
        }
        if (!tx.commit())
            return 1;

        // Deals of the subject (and so of the company): each opened, moved twice, most won.
        QSqlQuery dl(c);
        dl.prepare(u"INSERT INTO deals(id, title, company_id, amount, stage_id, created_at,"
                   u" local_pipeline_id) VALUES (?, ?, ?, 100000, ?, ?, ?)"_qs);
        QSqlQuery dc(c);
        dc.prepare(u"INSERT INTO deal_contacts(id, deal_id, contact_id) VALUES (?, ?, ?)"_qs);
        QSqlQuery sc(c);
        sc.prepare(u"INSERT INTO deal_stage_changes(id, deal_id, from_stage_id, to_stage_id,"
                   u" changed_at, changed_by) VALUES (?, ?, ?, ?, ?, 'bench')"_qs);
        QList<QByteArray> deals;
        Transaction tx2(c);
        for (int i = 0; i < entries / 20; ++i) {
            const QByteArray deal = Uuid::createV7();
            deals << deal;
            const qint64 openedAt = past(rng);
            dl.addBindValue(deal);
            dl.addBindValue(u"Deal %1"_qs.arg(i));
            dl.addBindValue(company);
            dl.addBindValue(DefaultPipeline::stageId(4));
            dl.addBindValue(openedAt);
            dl.addBindValue(DefaultPipeline::pipelineId());
            dc.addBindValue(Uuid::createV7());
            dc.addBindValue(deal);
            dc.addBindValue(subject);
            if (!dl.exec() || !dc.exec())
                return 1;
            QVariant from(QMetaType::fromType<QByteArray>());
            for (int s : {0, 2, 4}) {
                sc.addBindValue(Uuid::createV7());
                sc.addBindValue(deal);
                sc.addBindValue(from);
                sc.addBindValue(DefaultPipeline::stageId(s));
                sc.addBindValue(openedAt + s * day);
                if (!sc.exec())
                    return 1;
                from = DefaultPipeline::stageId(s);
            }
        }
        if (!tx2.commit())
            return 1;

        // The bulk: N activities over all contacts, and `entries` on the subject; the
        // company's other contacts and its deals get `entries` more between them.
        QSqlQuery q(c);
        q.prepare(u"INSERT INTO activities(id, kind, subject, contact_id, company_id, deal_id,"
                  u" start_at, due_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
        std::uniform_int_distribution<int> anyContact(1, contactCount - 1);
        std::uniform_int_distribution<int> companyContact(1, 199);
        const QVariant none(QMetaType::fromType<QByteArray>());
        int written = 0;
        while (written < count) {
            Transaction txa(c);
            for (int i = 0; i < 50000 && written < count; ++i, ++written) {
                const QString kind = kinds[pick(rng)];
                const qint64 when = past(rng);
                bool ok = false;
                if (written < entries)
                    ok = insertActivity(q, kind, when, subject, none, none, written);
                else if (written < 2 * entries)
                    ok = written % 2 ? insertActivity(q, kind, when, contacts[companyContact(rng)],
                                                      company, none, written)
                                     : insertActivity(q, kind, when, none, none,
                                                      deals[written % deals.size()], written);
                else
                    ok = insertActivity(q, kind, when, contacts[anyContact(rng)], none, none,
                                        written);
                if (!ok) {
                    std::fprintf(stderr, "insert failed\n");
                    return 1;
                }
            }
            if (!txa.commit())
                return 1;
        }
        db->setApplyingRemote(c, false);
    }
    // The subject's field changes, captured as the app writes them.
    {
        ContactRepository repo(db);
        for (int i = 0; i < entries / 10; ++i) {
            auto contact = repo.get(subject);
            if (!contact)
                return 1;
            Contact edited = contact.value();
            edited.city = u"City %1"_qs.arg(i);
            if (!repo.update(edited))
                return 1;
        }
    }
    {
        QSqlDatabase c = db->connection();
        if (!sql::exec(c, u"PRAGMA wal_checkpoint(TRUNCATE)"_qs) || !sql::exec(c, u"ANALYZE"_qs))
            return 1;
    }
    std::printf("timeline: %d activities over 100,000 contacts written in %.1f s; file %.0f MB\n",
                count, msSince(t) / 1000, double(QFileInfo(path).size()) / 1e6);
    {
        QSqlDatabase c = db->connection();
        const QString time = u"COALESCE(a.start_at, a.due_at, a.created_at)"_qs;
        std::printf("  the contact's activities:\n");
        plan(c,
             u"SELECT a.id FROM activities a WHERE a.deleted = 0 AND a.contact_id = x'01' AND "_qs +
                 time + u" <= 5 AND (" + time + u" < 5 OR a.id < x'01') ORDER BY " + time +
                 u" DESC, a.id DESC LIMIT 101");
        std::printf("  the company's contacts' activities:\n");
        plan(c, u"SELECT a.id FROM contacts co INDEXED BY contacts_company CROSS JOIN activities a "
                u"INDEXED BY activities_timeline_contact ON a.contact_id = co.id"
                u" WHERE a.deleted = 0 AND co.company_id = x'01' AND +co.deleted = 0 ORDER BY "_qs +
                    time + u" DESC, a.id DESC LIMIT 101");
        std::printf("  the contact's deal events:\n");
        plan(c, u"SELECT sc.id FROM (SELECT DISTINCT deal_id FROM deal_contacts INDEXED BY "
                u"deal_contacts_contact WHERE contact_id ="
                u" x'01' AND deleted = 0) dc CROSS JOIN deal_stage_changes sc ON sc.deal_id ="
                u" dc.deal_id CROSS JOIN deals d ON d.id = sc.deal_id WHERE sc.deleted = 0 AND"
                u" +d.deleted = 0 ORDER BY sc.changed_at DESC, sc.id DESC LIMIT 101"_qs);
    }

    std::printf("\n%-10s %9s %13s %12s %9s %7s\n", "timeline", "first ms", "page 20 ms",
                "all pages ms", "entries", "pages");
    for (const auto &[name, id] : {std::pair{"contact", subject}, std::pair{"company", company}}) {
        const Measure m = measure(db, id);
        std::printf("%-10s %9.1f %13.1f %12.1f %9d %7d\n", name, m.firstMs, m.deepMs, m.walkMs,
                    m.entries, m.pages);
    }
    return 0;
}
