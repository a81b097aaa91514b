// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "common/logging.h"
#include "common/uuid.h"
#include "domain/pipeline.h"
#include "search/searchindex.h"
#include "storage/changecapture.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlQuery>

#include <functional>

namespace crm::core::Migrations {

namespace {

Status runAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &s : statements) {
        if (auto st = sql::exec(db, s); !st)
            return st;
    }
    return {};
}

// v1: the foundation — sync bookkeeping, companies, contacts and their child rows, search.
Status toVersion1(QSqlDatabase &db)
{
    const QStringList schema = {
        // Local settings of this replica: device id, the local user, sync cursors.
        QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sync_tables(name TEXT PRIMARY KEY) WITHOUT ROWID"),
        // The change log: every captured write, local or (later) remote. Local entries with
        // a counter above the acknowledged one form the outbox; all of them are the history.
        QStringLiteral("CREATE TABLE change_log("
                       " seq INTEGER PRIMARY KEY,"
                       " hlc INTEGER NOT NULL,"
                       " device BLOB NOT NULL,"
                       " counter INTEGER NOT NULL,"
                       " author TEXT,"
                       " txn INTEGER NOT NULL,"
                       " tbl TEXT NOT NULL,"
                       " row BLOB NOT NULL,"
                       " col TEXT," // NULL: the row was created, new_value holds its fields as JSON
                       " old_value,"
                       " new_value,"
                       " base_seq INTEGER,"
                       " server_seq INTEGER,"
                       " UNIQUE(device, counter))"),
        QStringLiteral("CREATE INDEX change_log_row ON change_log(row, seq)"),
        QStringLiteral("CREATE TABLE row_clocks(tbl TEXT NOT NULL, row BLOB NOT NULL,"
                       " hlc INTEGER NOT NULL, device BLOB NOT NULL, server_seq INTEGER,"
                       " PRIMARY KEY(tbl, row)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE field_clocks(tbl TEXT NOT NULL, row BLOB NOT NULL,"
                       " col TEXT NOT NULL, hlc INTEGER NOT NULL, device BLOB NOT NULL,"
                       " server_seq INTEGER, PRIMARY KEY(tbl, row, col)) WITHOUT ROWID"),

        QStringLiteral("CREATE TABLE companies("
                       " rid INTEGER PRIMARY KEY,"
                       " id BLOB NOT NULL UNIQUE,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " industry TEXT NOT NULL DEFAULT '',"
                       " website TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " street TEXT NOT NULL DEFAULT '',"
                       " postal_code TEXT NOT NULL DEFAULT '',"
                       " city TEXT NOT NULL DEFAULT '',"
                       " country TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " visibility TEXT NOT NULL DEFAULT 'team',"
                       " created_at INTEGER NOT NULL DEFAULT 0,"
                       " deleted INTEGER NOT NULL DEFAULT 0,"
                       " local_sort_name TEXT NOT NULL DEFAULT '',"
                       " local_updated_at INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE contacts("
                       " rid INTEGER PRIMARY KEY,"
                       " id BLOB NOT NULL UNIQUE,"
                       " first_name TEXT NOT NULL DEFAULT '',"
                       " last_name TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL DEFAULT '',"
                       " company_id BLOB,"
                       " street TEXT NOT NULL DEFAULT '',"
                       " postal_code TEXT NOT NULL DEFAULT '',"
                       " city TEXT NOT NULL DEFAULT '',"
                       " country TEXT NOT NULL DEFAULT '',"
                       " birthday TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'lead',"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " visibility TEXT NOT NULL DEFAULT 'team',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL DEFAULT 0,"
                       " deleted INTEGER NOT NULL DEFAULT 0,"
                       // Derived, local-only: what lists sort and show without joins.
                       " local_sort_name TEXT NOT NULL DEFAULT '',"
                       " local_company_name TEXT NOT NULL DEFAULT '',"
                       " local_email TEXT NOT NULL DEFAULT '',"
                       " local_phone TEXT NOT NULL DEFAULT '',"
                       " local_updated_at INTEGER NOT NULL DEFAULT 0)"),
        // Child rows, so concurrent additions on two laptops merge instead of overwriting.
        QStringLiteral("CREATE TABLE contact_emails(id BLOB PRIMARY KEY, contact_id BLOB NOT NULL,"
                       " label TEXT NOT NULL DEFAULT 'work', email TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0)"
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX contact_emails_contact ON contact_emails(contact_id)"),
        QStringLiteral("CREATE TABLE contact_phones(id BLOB PRIMARY KEY, contact_id BLOB NOT NULL,"
                       " label TEXT NOT NULL DEFAULT 'work', phone TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0)"
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX contact_phones_contact ON contact_phones(contact_id)"),
        QStringLiteral("CREATE TABLE tags(id BLOB PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
                       " color TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,"
                       " local_key TEXT NOT NULL DEFAULT '') WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX tags_key ON tags(local_key)"),
        QStringLiteral("CREATE TABLE contact_tags(id BLOB PRIMARY KEY, contact_id BLOB NOT NULL,"
                       " tag_id BLOB NOT NULL, deleted INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX contact_tags_contact ON contact_tags(contact_id)"),
        QStringLiteral("CREATE INDEX contact_tags_tag ON contact_tags(tag_id)"),

        // Sort indexes: every list column sorts by SQL with keyset paging (value, rid).
        QStringLiteral("CREATE INDEX contacts_by_name ON contacts(deleted, local_sort_name, rid)"),
        QStringLiteral(
            "CREATE INDEX contacts_by_company ON contacts(deleted, local_company_name, rid)"),
        QStringLiteral("CREATE INDEX contacts_by_email ON contacts(deleted, local_email, rid)"),
        QStringLiteral("CREATE INDEX contacts_by_phone ON contacts(deleted, local_phone, rid)"),
        QStringLiteral("CREATE INDEX contacts_by_city ON contacts(deleted, city, rid)"),
        QStringLiteral("CREATE INDEX contacts_by_status ON contacts(deleted, status, rid)"),
        QStringLiteral(
            "CREATE INDEX contacts_by_updated ON contacts(deleted, local_updated_at, rid)"),
        QStringLiteral("CREATE INDEX contacts_company ON contacts(company_id)"),
        QStringLiteral(
            "CREATE INDEX companies_by_name ON companies(deleted, local_sort_name, rid)"),
        QStringLiteral("CREATE INDEX companies_by_city ON companies(deleted, city, rid)"),
        QStringLiteral("CREATE INDEX companies_by_industry ON companies(deleted, industry, rid)"),
        QStringLiteral("CREATE INDEX companies_by_country ON companies(deleted, country, rid)"),

        // Search: text folded and transliterated by ICU in C++ (see TextFolder); the
        // tokenizer only splits it. rowid = rid of the record.
        QStringLiteral("CREATE VIRTUAL TABLE contacts_fts USING fts5(text, tokenize = "
                       "'unicode61 remove_diacritics 0', prefix = '2 3', detail = column)"),
        QStringLiteral("CREATE VIRTUAL TABLE companies_fts USING fts5(text, tokenize = "
                       "'unicode61 remove_diacritics 0', prefix = '2 3', detail = column)"),
    };
    if (auto s = runAll(db, schema); !s)
        return s;

    const QStringList captured = {
        QStringLiteral("companies"),      QStringLiteral("contacts"),
        QStringLiteral("contact_emails"), QStringLiteral("contact_phones"),
        QStringLiteral("tags"),           QStringLiteral("contact_tags")};
    for (const QString &t : captured) {
        if (auto s = ChangeCapture::captureTable(db, t); !s)
            return s;
    }

    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('device_id', ?)"));
    q.addBindValue(Uuid::createV7());
    if (!q.exec())
        return sql::error(q, QStringLiteral("creating the device id"));
    return {};
}

// v2: sync — conflict records (synced; created by the server), the scope of child rows,
// and the local record of changes the server refused.
Status toVersion2(QSqlDatabase &db)
{
    const QStringList schema = {
        // A conflict: two devices wrote different values to one field concurrently, or one
        // edited a record the other deleted. Every replica keeps the winner of the field;
        // the loser's value lives here until someone resolves it (an ordinary synced edit).
        QStringLiteral("CREATE TABLE conflicts("
                       " rid INTEGER PRIMARY KEY,"
                       " id BLOB NOT NULL UNIQUE,"
                       " tbl TEXT NOT NULL DEFAULT '',"
                       " row BLOB,"
                       " col TEXT NOT NULL DEFAULT '',"
                       " kind TEXT NOT NULL DEFAULT 'value'," // value | edit_delete
                       " winner_value,"
                       " winner_device BLOB,"
                       " winner_author TEXT NOT NULL DEFAULT '',"
                       " winner_hlc INTEGER NOT NULL DEFAULT 0,"
                       " loser_value,"
                       " loser_device BLOB,"
                       " loser_author TEXT NOT NULL DEFAULT '',"
                       " loser_hlc INTEGER NOT NULL DEFAULT 0,"
                       " created_at INTEGER NOT NULL DEFAULT 0,"
                       " state TEXT NOT NULL DEFAULT 'open',"  // open | resolved
                       " resolution TEXT NOT NULL DEFAULT ''," // mine | theirs | both
                       " deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX conflicts_by_state ON conflicts(deleted, state, created_at)"),
        QStringLiteral("CREATE INDEX conflicts_by_row ON conflicts(row)"),
        // The column of a child row that names the record whose owner and visibility govern
        // it (an e-mail follows its contact); '' for a record that carries its own.
        QStringLiteral("ALTER TABLE sync_tables ADD COLUMN scope_column TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE sync_tables SET scope_column = 'contact_id' WHERE name IN "
                       "('contact_emails', 'contact_phones', 'contact_tags')"),
        // Local only: changes the server refused, with its reason, for the user to see.
        QStringLiteral("CREATE TABLE sync_rejections(device BLOB NOT NULL, counter INTEGER NOT "
                       "NULL, tbl TEXT NOT NULL, row BLOB NOT NULL, col TEXT, reason TEXT NOT "
                       "NULL, at INTEGER NOT NULL, PRIMARY KEY(device, counter)) WITHOUT ROWID"),
    };
    if (auto s = runAll(db, schema); !s)
        return s;
    return ChangeCapture::captureTable(db, QStringLiteral("conflicts"));
}

// v3: the sync log — one line per sync run (local only), for the user to see what sync did.
Status toVersion3(QSqlDatabase &db)
{
    return runAll(db,
                  {QStringLiteral("CREATE TABLE sync_log("
                                  " id INTEGER PRIMARY KEY,"
                                  " started_at INTEGER NOT NULL,"
                                  " finished_at INTEGER NOT NULL,"
                                  " repeats INTEGER NOT NULL DEFAULT 1,"
                                  " server TEXT NOT NULL DEFAULT '',"
                                  " outcome TEXT NOT NULL," // ok | offline | signed_out | failed
                                  " pushed INTEGER NOT NULL DEFAULT 0,"
                                  " duplicates INTEGER NOT NULL DEFAULT 0,"
                                  " rejected INTEGER NOT NULL DEFAULT 0,"
                                  " pulled INTEGER NOT NULL DEFAULT 0,"
                                  " applied INTEGER NOT NULL DEFAULT 0,"
                                  " conflicts INTEGER NOT NULL DEFAULT 0,"
                                  " message TEXT NOT NULL DEFAULT '')")});
}

// v4: deals and pipelines. Pipelines and stages are team configuration; deals carry their
// own owner and visibility; a deal's contacts, tags and stage changes are child rows scoped
// by deal_id. The default pipeline is seeded with fixed ids (see DefaultPipeline).
Status toVersion4(QSqlDatabase &db)
{
    const QStringList schema = {
        QStringLiteral("CREATE TABLE pipelines("
                       " rid INTEGER PRIMARY KEY,"
                       " id BLOB NOT NULL UNIQUE,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE stages("
                       " rid INTEGER PRIMARY KEY,"
                       " id BLOB NOT NULL UNIQUE,"
                       " pipeline_id BLOB NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " probability INTEGER NOT NULL DEFAULT 0," // 0-100
                       " stale_days INTEGER,"                     // NULL: never stale
                       " outcome TEXT NOT NULL DEFAULT 'open',"   // open | won | lost
                       " deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX stages_pipeline ON stages(pipeline_id, position)"),
        QStringLiteral("CREATE TABLE deals("
                       " rid INTEGER PRIMARY KEY,"
                       " id BLOB NOT NULL UNIQUE,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " company_id BLOB,"
                       " amount INTEGER NOT NULL DEFAULT 0," // minor units of currency
                       " currency TEXT NOT NULL DEFAULT 'EUR',"
                       " stage_id BLOB NOT NULL,"
                       " probability INTEGER,"                     // NULL: the stage's default
                       " expected_close TEXT NOT NULL DEFAULT ''," // YYYY-MM-DD or ''
                       " owner TEXT NOT NULL DEFAULT '',"
                       " visibility TEXT NOT NULL DEFAULT 'team',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " next_step TEXT NOT NULL DEFAULT '',"
                       " lost_reason TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " won_at INTEGER NOT NULL DEFAULT 0,"
                       " lost_at INTEGER NOT NULL DEFAULT 0,"
                       " created_at INTEGER NOT NULL DEFAULT 0,"
                       " deleted INTEGER NOT NULL DEFAULT 0,"
                       // Derived, local-only: what the board and lists read without joins.
                       " local_sort_title TEXT NOT NULL DEFAULT '',"
                       " local_company_name TEXT NOT NULL DEFAULT '',"
                       " local_pipeline_id BLOB,"
                       " local_outcome TEXT NOT NULL DEFAULT 'open',"
                       " local_probability INTEGER NOT NULL DEFAULT 0,"
                       " local_weighted INTEGER NOT NULL DEFAULT 0,"
                       " local_stage_since INTEGER NOT NULL DEFAULT 0,"
                       " local_updated_at INTEGER NOT NULL DEFAULT 0)"),
        // The board: per stage, count and totals from the index alone, cards by close date.
        QStringLiteral("CREATE INDEX deals_board ON deals(stage_id, deleted, currency, amount,"
                       " local_weighted)"),
        QStringLiteral("CREATE INDEX deals_cards ON deals(stage_id, deleted, expected_close, rid)"),
        QStringLiteral("CREATE INDEX deals_by_title ON deals(deleted, local_sort_title, rid)"),
        QStringLiteral("CREATE INDEX deals_by_pipeline ON deals(local_pipeline_id, deleted,"
                       " local_outcome)"),
        QStringLiteral("CREATE INDEX deals_company ON deals(company_id)"),
        QStringLiteral("CREATE TABLE deal_contacts(id BLOB PRIMARY KEY, deal_id BLOB NOT NULL,"
                       " contact_id BLOB NOT NULL, role TEXT NOT NULL DEFAULT '',"
                       " deleted INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX deal_contacts_deal ON deal_contacts(deal_id)"),
        QStringLiteral("CREATE INDEX deal_contacts_contact ON deal_contacts(contact_id)"),
        QStringLiteral("CREATE TABLE deal_tags(id BLOB PRIMARY KEY, deal_id BLOB NOT NULL,"
                       " tag_id BLOB NOT NULL, deleted INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX deal_tags_deal ON deal_tags(deal_id)"),
        QStringLiteral("CREATE INDEX deal_tags_tag ON deal_tags(tag_id, deal_id)"),
        // Every stage change, insert-only: concurrent moves on two laptops both stay in the
        // history even though only one of them wins the deal's stage_id.
        QStringLiteral("CREATE TABLE deal_stage_changes(id BLOB PRIMARY KEY,"
                       " deal_id BLOB NOT NULL, from_stage_id BLOB, to_stage_id BLOB NOT NULL,"
                       " changed_at INTEGER NOT NULL DEFAULT 0,"
                       " changed_by TEXT NOT NULL DEFAULT '',"
                       " deleted INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE INDEX deal_stage_changes_deal ON deal_stage_changes(deal_id, changed_at)"),
    };
    if (auto s = runAll(db, schema); !s)
        return s;

    // The seed goes in before the capture triggers exist: like the schema, it is the same on
    // every replica and needs no change-log entry. Its fixed ids make two laptops' seeds one.
    {
        const Pipeline seed = DefaultPipeline::seed();
        QSqlQuery p(db);
        p.prepare(QStringLiteral("INSERT INTO pipelines(id, name, position) VALUES (?, ?, 0)"));
        p.addBindValue(seed.id);
        p.addBindValue(seed.name);
        if (!p.exec())
            return sql::error(p, QStringLiteral("seeding the default pipeline"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO stages(id, pipeline_id, name, position, "
                                 "probability, stale_days, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const Stage &st : seed.stages) {
            for (const QVariant &v : {QVariant(st.id), QVariant(seed.id), QVariant(st.name),
                                      QVariant(st.position), QVariant(st.probability),
                                      st.staleAfterDays ? QVariant(*st.staleAfterDays)
                                                        : QVariant(QMetaType::fromType<int>()),
                                      QVariant(outcomeKey(st.outcome))})
                q.addBindValue(v);
            if (!q.exec())
                return sql::error(q, QStringLiteral("seeding the default stages"));
        }
    }

    const QStringList captured = {
        QStringLiteral("pipelines"), QStringLiteral("stages"),
        QStringLiteral("deals"),     QStringLiteral("deal_contacts"),
        QStringLiteral("deal_tags"), QStringLiteral("deal_stage_changes")};
    for (const QString &t : captured) {
        if (auto s = ChangeCapture::captureTable(db, t); !s)
            return s;
    }
    return sql::exec(db, QStringLiteral("UPDATE sync_tables SET scope_column = 'deal_id' WHERE "
                                        "name IN ('deal_contacts', 'deal_tags', "
                                        "'deal_stage_changes')"));
}

// v5: activities — calls, meetings and visits, tasks, notes and e-mail logs — with their
// attendees as child rows, and the local state of reminders.
Status toVersion5(QSqlDatabase &db)
{
    const QStringList schema = {
        // Instants are UTC milliseconds; time_zone is the IANA zone they were entered in
        // (what an edit form and an .ics export show them in). deal_id has no foreign key:
        // deals live in another table that may arrive later through sync.
        QStringLiteral("CREATE TABLE activities("
                       " rid INTEGER PRIMARY KEY,"
                       " id BLOB NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL DEFAULT 'task'," // call|meeting|visit|task|note|email
                       " subject TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " contact_id BLOB,"
                       " company_id BLOB,"
                       " deal_id BLOB,"
                       " direction TEXT NOT NULL DEFAULT ''," // '' | inbound | outbound (calls)
                       " outcome TEXT NOT NULL DEFAULT '',"
                       " duration_s INTEGER NOT NULL DEFAULT 0,"
                       " start_at INTEGER,"
                       " end_at INTEGER,"
                       " all_day INTEGER NOT NULL DEFAULT 0,"
                       " time_zone TEXT NOT NULL DEFAULT '',"
                       " place TEXT NOT NULL DEFAULT '',"
                       " due_at INTEGER,"
                       " priority INTEGER NOT NULL DEFAULT 0," // iCalendar: 0 none, 1 high … 9 low
                       " done INTEGER NOT NULL DEFAULT 0,"
                       " done_at INTEGER,"
                       " reminder_minutes INTEGER," // NULL: no reminder; before start or due
                       " ical_uid TEXT NOT NULL DEFAULT '',"
                       " follows_id BLOB," // the finished activity this one follows up
                       " owner TEXT NOT NULL DEFAULT '',"
                       " visibility TEXT NOT NULL DEFAULT 'team',"
                       " created_at INTEGER NOT NULL DEFAULT 0,"
                       " deleted INTEGER NOT NULL DEFAULT 0,"
                       " local_updated_at INTEGER NOT NULL DEFAULT 0,"
                       // Derived by SQLite itself (generated columns are invisible to
                       // PRAGMA table_info, so capture and sync never see them, and a
                       // remote write keeps them right without a refresher):
                       // when the activity stands on the agenda,
                       " local_when INTEGER GENERATED ALWAYS AS (CASE WHEN deleted = 0 THEN"
                       " COALESCE(due_at, start_at) END) VIRTUAL,"
                       // when an open task falls due (overdue once it is past),
                       " local_open_due INTEGER GENERATED ALWAYS AS (CASE WHEN deleted = 0 AND"
                       " done = 0 THEN due_at END) VIRTUAL,"
                       // when its reminder fires.
                       " local_remind_at INTEGER GENERATED ALWAYS AS (CASE WHEN deleted = 0 AND"
                       " done = 0 AND reminder_minutes IS NOT NULL THEN COALESCE(start_at, due_at)"
                       " - reminder_minutes * 60000 END) VIRTUAL)"),
        // The agenda pages by (instant, rid) over these; partial, so the years of finished
        // history without a date cost the indexes nothing.
        QStringLiteral("CREATE INDEX activities_agenda ON activities(local_when, rid)"
                       " WHERE local_when IS NOT NULL"),
        QStringLiteral("CREATE INDEX activities_open_due ON activities(local_open_due, rid)"
                       " WHERE local_open_due IS NOT NULL"),
        QStringLiteral("CREATE INDEX activities_remind ON activities(local_remind_at, rid)"
                       " WHERE local_remind_at IS NOT NULL"),
        QStringLiteral("CREATE INDEX activities_contact ON activities(contact_id, rid)"),
        QStringLiteral("CREATE INDEX activities_company ON activities(company_id, rid)"),
        QStringLiteral("CREATE INDEX activities_deal ON activities(deal_id, rid)"),
        QStringLiteral("CREATE INDEX activities_ical_uid ON activities(ical_uid)"
                       " WHERE ical_uid <> ''"),
        QStringLiteral("CREATE INDEX activities_created ON activities(deleted, created_at, rid)"),
        // Attendees are child rows: two laptops inviting people offline both keep theirs.
        QStringLiteral("CREATE TABLE activity_attendees(id BLOB PRIMARY KEY,"
                       " activity_id BLOB NOT NULL, contact_id BLOB,"
                       " name TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0)"
                       " WITHOUT ROWID"),
        QStringLiteral(
            "CREATE INDEX activity_attendees_activity ON activity_attendees(activity_id)"),
        // Birthdays of the day: month and day of the ISO date, without a scan of all contacts.
        QStringLiteral("CREATE INDEX contacts_birthday_day ON contacts(substr(birthday, 6))"
                       " WHERE birthday <> ''"),
        // Local only, never synced: which reminder occurrence fired, was dismissed or snoozed
        // on this laptop, so nothing fires twice after a restart.
        QStringLiteral("CREATE TABLE reminder_state(key TEXT PRIMARY KEY,"
                       " state TEXT NOT NULL," // fired | dismissed | snoozed
                       " at INTEGER NOT NULL, snoozed_until INTEGER) WITHOUT ROWID"),
    };
    if (auto s = runAll(db, schema); !s)
        return s;
    for (const QString &t : {QStringLiteral("activities"), QStringLiteral("activity_attendees")}) {
        if (auto s = ChangeCapture::captureTable(db, t); !s)
            return s;
    }
    return sql::exec(db, QStringLiteral("UPDATE sync_tables SET scope_column = 'activity_id'"
                                        " WHERE name = 'activity_attendees'"));
}

// v6: imports — each import is a batch that can be undone whole, also after a restart. Both
// tables are local bookkeeping (never synced): the records an import writes go through the
// repositories and are captured like any edit. Plus the indexes duplicate detection looks
// candidates up by: an e-mail lower-cased and trimmed, a phone by its last seven digits.
// The digits of a phone as far as exports punctuate them; the importer compares the
// candidates it finds this way by their E.164 form. Indexes on it: v6, v15.
QString phoneDigits()
{
    return QStringLiteral(
        "replace(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''),"
        " '(', ''), ')', ''), '.', ''), '+', ''), '/', '')");
}

Status toVersion6(QSqlDatabase &db)
{
    const QString digits = phoneDigits();
    return runAll(
        db, {QStringLiteral("CREATE TABLE import_batches("
                            " id INTEGER PRIMARY KEY,"
                            " started_at INTEGER NOT NULL,"
                            " finished_at INTEGER,"
                            " source TEXT NOT NULL DEFAULT '',"
                            " format TEXT NOT NULL DEFAULT '',"
                            // applying (or interrupted) | applied | cancelled | undone
                            " state TEXT NOT NULL DEFAULT 'applying',"
                            " created INTEGER NOT NULL DEFAULT 0,"
                            " updated INTEGER NOT NULL DEFAULT 0,"
                            " skipped INTEGER NOT NULL DEFAULT 0,"
                            " invalid INTEGER NOT NULL DEFAULT 0,"
                            " undone_at INTEGER)"),
             // What a batch did, record by record: kind is contact_created, contact_updated or
             // company_created; before holds an updated contact's earlier fields (JSON); after_seq
             // is the change log's last entry when the item was written, so a later edit of the
             // record (here or through sync) is seen before an undo overwrites it.
             QStringLiteral("CREATE TABLE import_items("
                            " batch_id INTEGER NOT NULL REFERENCES import_batches(id),"
                            " seq INTEGER NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " record_id BLOB NOT NULL,"
                            " before TEXT,"
                            " after_seq INTEGER NOT NULL DEFAULT 0,"
                            " undone INTEGER NOT NULL DEFAULT 0,"
                            " PRIMARY KEY(batch_id, seq)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX contact_emails_key ON contact_emails(lower(trim(email)))"
                            " WHERE deleted = 0"),
             u"CREATE INDEX contact_phones_key ON contact_phones(substr(" + digits +
                 u", -7)) WHERE deleted = 0"});
}

// v7: the customer timeline — a contact's, company's or deal's activities in the order they
// stand on its timeline (the expression TimelineRepository pages by), without deleted ones.
// Local indexes only: nothing to capture.
Status toVersion7(QSqlDatabase &db)
{
    QStringList schema;
    for (const char *column : {"contact_id", "company_id", "deal_id"}) {
        const QString c = QLatin1StringView(column);
        schema << u"CREATE INDEX activities_timeline_" + c.section(u'_', 0, 0) +
                      u" ON activities(" + c +
                      u", COALESCE(start_at, due_at, created_at), id) WHERE deleted = 0";
    }
    return runAll(db, schema);
}

// v8: saved reports — report definitions as JSON, synced like any record so a team shares
// them (owner and visibility as for contacts). The built-in reports live in the program.
Status toVersion8(QSqlDatabase &db)
{
    if (auto s = runAll(db, {QStringLiteral("CREATE TABLE reports("
                                            " rid INTEGER PRIMARY KEY,"
                                            " id BLOB NOT NULL UNIQUE,"
                                            " title TEXT NOT NULL DEFAULT '',"
                                            " definition TEXT NOT NULL DEFAULT '{}'," // JSON
                                            " owner TEXT NOT NULL DEFAULT '',"
                                            " visibility TEXT NOT NULL DEFAULT 'team',"
                                            " created_at INTEGER NOT NULL DEFAULT 0,"
                                            " deleted INTEGER NOT NULL DEFAULT 0,"
                                            " local_updated_at INTEGER NOT NULL DEFAULT 0)"),
                             // The pipeline report groups open deals by pipeline, stage and
                             // currency: this index hands them over in that order, covering.
                             QStringLiteral("CREATE INDEX deals_report_pipeline ON deals(deleted,"
                                            " local_outcome, local_pipeline_id, stage_id,"
                                            " currency, amount, local_weighted)"),
                             QStringLiteral("CREATE INDEX reports_by_title ON reports(deleted,"
                                            " title)")});
        !s)
        return s;
    return ChangeCapture::captureTable(db, QStringLiteral("reports"));
}

// v9: contact photos — one row per contact (its id derived from the contact's, so two
// laptops setting a photo offline write the same row and the later one wins), a child of the
// contact for sync scope. Its own table keeps the contacts table's rows small.
Status toVersion9(QSqlDatabase &db)
{
    if (auto s = runAll(db, {QStringLiteral("CREATE TABLE contact_photos("
                                            " rid INTEGER PRIMARY KEY,"
                                            " id BLOB NOT NULL UNIQUE,"
                                            " contact_id BLOB NOT NULL,"
                                            " mime TEXT NOT NULL DEFAULT '',"
                                            " data BLOB,"
                                            " deleted INTEGER NOT NULL DEFAULT 0)"),
                             QStringLiteral("CREATE INDEX contact_photos_contact ON"
                                            " contact_photos(contact_id)")});
        !s)
        return s;
    if (auto s = ChangeCapture::captureTable(db, QStringLiteral("contact_photos")); !s)
        return s;
    return sql::exec(db, QStringLiteral("UPDATE sync_tables SET scope_column = 'contact_id' WHERE"
                                        " name = 'contact_photos'"));
}

// v10: custom fields and company tags. Definitions (`custom_fields`) are team configuration;
// values (`custom_values`) are child rows, one per (record, field) with an id derived from
// the pair, scoped by record_id so they follow their record's visibility (see
// domain/customfield.h). Companies get tags like contacts and deals.
Status toVersion10(QSqlDatabase &db)
{
    const QStringList schema = {
        QStringLiteral("CREATE TABLE custom_fields(id BLOB PRIMARY KEY,"
                       " entity TEXT NOT NULL DEFAULT 'contacts'," // contacts|companies|deals
                       " key TEXT NOT NULL DEFAULT '',"
                       " label TEXT NOT NULL DEFAULT '',"
                       " type TEXT NOT NULL DEFAULT 'text',"
                       " required INTEGER NOT NULL DEFAULT 0,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " choices TEXT NOT NULL DEFAULT '[]'," // JSON array
                       " deleted INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX custom_fields_entity ON custom_fields(entity, deleted,"
                       " position)"),
        QStringLiteral("CREATE TABLE custom_values(id BLOB PRIMARY KEY,"
                       " record_id BLOB NOT NULL,"
                       " field_id BLOB NOT NULL,"
                       " entity TEXT NOT NULL DEFAULT 'contacts',"
                       " value TEXT NOT NULL DEFAULT ''," // canonical, '' = no value
                       " deleted INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX custom_values_record ON custom_values(record_id)"),
        // Lists sort and filter by a field: its values in order, each with its record.
        QStringLiteral("CREATE INDEX custom_values_sort ON custom_values(field_id, value,"
                       " record_id) WHERE deleted = 0 AND value <> ''"),
        QStringLiteral("CREATE TABLE company_tags(id BLOB PRIMARY KEY, company_id BLOB NOT NULL,"
                       " tag_id BLOB NOT NULL, deleted INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX company_tags_company ON company_tags(company_id)"),
        QStringLiteral("CREATE INDEX company_tags_tag ON company_tags(tag_id)"),
    };
    if (auto s = runAll(db, schema); !s)
        return s;
    for (const QString &t : {QStringLiteral("custom_fields"), QStringLiteral("custom_values"),
                             QStringLiteral("company_tags")}) {
        if (auto s = ChangeCapture::captureTable(db, t); !s)
            return s;
    }
    return runAll(db, {QStringLiteral("UPDATE sync_tables SET scope_column = 'record_id' WHERE "
                                      "name = 'custom_values'"),
                       QStringLiteral("UPDATE sync_tables SET scope_column = 'company_id' WHERE "
                                      "name = 'company_tags'")});
}

// v11: the deals list answers fast at any size: an index per sortable column for keyset
// paging (the shape of deals_by_title), the stage's position as a derived column so a sort
// by stage needs no join, and a search table over deal titles folded like contacts'.
// Local only: nothing to capture.
Status toVersion11(QSqlDatabase &db)
{
    QStringList schema = {
        QStringLiteral("ALTER TABLE deals ADD COLUMN local_stage_position INTEGER NOT NULL"
                       " DEFAULT 0"),
        QStringLiteral("UPDATE deals SET local_stage_position = COALESCE((SELECT position FROM"
                       " stages s WHERE s.id = deals.stage_id), 0)"),
        QStringLiteral("CREATE VIRTUAL TABLE deals_fts USING fts5(text, tokenize = "
                       "'unicode61 remove_diacritics 0', prefix = '2 3', detail = column)"),
    };
    for (const char *column :
         {"local_company_name", "local_stage_position", "amount", "local_weighted",
          "local_probability", "expected_close", "owner", "local_outcome"}) {
        const QString c = QLatin1StringView(column);
        schema << u"CREATE INDEX deals_sort_" + c + u" ON deals(deleted, " + c + u", rid)";
    }
    if (auto s = runAll(db, schema); !s)
        return s;
    return SearchIndex::rebuildDeals(db);
}

// v12: duplicates and merges, both synced so a team sees the same. A merge records what it
// changed (the survivor's fields before and after, the merged records, the links it moved)
// so that an unmerge on any laptop, also much later, can put them back; it carries the
// owner and visibility of the records it merged (private if any of them was). A dismissal
// is a pair someone marked "not a duplicate": shared, so nobody in the team is asked again
// (a per-laptop setting would ask every colleague and be lost with the laptop).
Status toVersion12(QSqlDatabase &db)
{
    if (auto s = runAll(db, {QStringLiteral("CREATE TABLE merges("
                                            " rid INTEGER PRIMARY KEY,"
                                            " id BLOB NOT NULL UNIQUE,"
                                            " kind TEXT NOT NULL DEFAULT 'contact'," // | company
                                            " survivor_id BLOB,"
                                            " merged_ids TEXT NOT NULL DEFAULT '[]'," // JSON
                                            " before TEXT NOT NULL DEFAULT '{}',"     // JSON
                                            " state TEXT NOT NULL DEFAULT 'merged',"  // | unmerged
                                            " merged_at INTEGER NOT NULL DEFAULT 0,"
                                            " unmerged_at INTEGER NOT NULL DEFAULT 0,"
                                            " owner TEXT NOT NULL DEFAULT '',"
                                            " visibility TEXT NOT NULL DEFAULT 'team',"
                                            " deleted INTEGER NOT NULL DEFAULT 0)"),
                             QStringLiteral("CREATE INDEX merges_survivor ON merges(survivor_id)"),
                             QStringLiteral("CREATE INDEX merges_by_time ON merges(deleted, "
                                            "merged_at)"),
                             QStringLiteral("CREATE TABLE duplicate_dismissals("
                                            " rid INTEGER PRIMARY KEY,"
                                            " id BLOB NOT NULL UNIQUE,"
                                            " kind TEXT NOT NULL DEFAULT 'contact',"
                                            " record_a BLOB," // the smaller id of the pair
                                            " record_b BLOB,"
                                            " dismissed_at INTEGER NOT NULL DEFAULT 0,"
                                            " deleted INTEGER NOT NULL DEFAULT 0)"),
                             QStringLiteral("CREATE INDEX duplicate_dismissals_pair ON "
                                            "duplicate_dismissals(record_a, record_b)")});
        !s)
        return s;
    for (const QString &t : {QStringLiteral("merges"), QStringLiteral("duplicate_dismissals")}) {
        if (auto s = ChangeCapture::captureTable(db, t); !s)
            return s;
    }
    return {};
}

// v13: the dashboard — what it counts by time, each a range of one covering index: contacts
// by creation, deals by the time they were won or lost (or open ones by creation),
// activities by the time they were done. Partial (live records only; closed or done ones only).
// Local indexes only.
Status toVersion13(QSqlDatabase &db)
{
    return runAll(
        db,
        {QStringLiteral("CREATE INDEX contacts_created ON contacts(created_at, status, owner)"
                        " WHERE deleted = 0"),
         QStringLiteral("CREATE INDEX deals_won ON deals(won_at, company_id, currency, amount,"
                        " created_at, owner) WHERE deleted = 0 AND local_outcome = 'won'"),
         QStringLiteral("CREATE INDEX deals_lost ON deals(lost_at, created_at, currency, amount,"
                        " owner) WHERE deleted = 0 AND local_outcome = 'lost'"),
         // The open pipeline as it stood at an earlier time: open deals by creation.
         QStringLiteral("CREATE INDEX deals_open_created ON deals(created_at, currency, amount,"
                        " owner) WHERE deleted = 0 AND local_outcome = 'open'"),
         QStringLiteral("CREATE INDEX activities_done ON activities(done_at, kind, owner)"
                        " WHERE deleted = 0 AND done = 1")});
}

// v14: lists sort by a custom field at any size. A value carries whether its record is deleted
// (local_record_deleted, kept by triggers, local only: never captured), so the values of live
// records in order are one covering index — a jump into the middle of a sorted list walks it
// without visiting the records — in text order and, for numbers and money ("1234.50 EUR"
// casts to its amount), in numeric order. Records without a value are found by a covering
// probe of (record, field).
Status toVersion14(QSqlDatabase &db)
{
    QStringList schema = {
        QStringLiteral("ALTER TABLE custom_values ADD COLUMN local_record_deleted INTEGER NOT"
                       " NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX custom_values_list ON custom_values(field_id, value,"
                       " record_id) WHERE deleted = 0 AND value <> '' AND"
                       " local_record_deleted = 0"),
        QStringLiteral("CREATE INDEX custom_values_number ON custom_values(field_id,"
                       " CAST(value AS REAL), record_id) WHERE deleted = 0 AND value <> '' AND"
                       " local_record_deleted = 0"),
        QStringLiteral("CREATE INDEX custom_values_present ON custom_values(record_id, field_id)"
                       " WHERE deleted = 0 AND value <> ''"),
    };
    QString fromRecord = QStringLiteral("CASE NEW.entity");
    for (const char *table : {"contacts", "companies", "deals"}) {
        const QString t = QLatin1StringView(table);
        schema << u"UPDATE custom_values SET local_record_deleted = 1 WHERE record_id IN (SELECT"
                  u" id FROM " +
                      t + u" WHERE deleted <> 0)"
               << u"CREATE TRIGGER custom_values_follow_" + t + u" AFTER UPDATE OF deleted ON " +
                      t +
                      u" BEGIN UPDATE custom_values SET local_record_deleted = (NEW.deleted <> 0)"
                      u" WHERE record_id = NEW.id; END";
        fromRecord += u" WHEN '" + t + u"' THEN (SELECT deleted <> 0 FROM " + t +
                      u" WHERE id = NEW.record_id)";
    }
    // A value written for a deleted record (rare: sync, undo) says so.
    schema << u"CREATE TRIGGER custom_values_record_state AFTER INSERT ON custom_values WHEN"
              u" COALESCE(" +
                  fromRecord +
                  u" END, 0) BEGIN UPDATE custom_values SET local_record_deleted = 1 WHERE id ="
                  u" NEW.id; END";
    return runAll(db, schema);
}

// v15: the search for duplicates walks the e-mail and phone keys in key order with each key's
// contact and value from the index alone. SQLite 3.40 reads an expression index as covering
// only when every column the query names is in it, so the keys' indexes of v6 (same names,
// same use by the importer) also hold contact_id, the value and deleted. Indexes only: no
// derived data, nothing to keep up to date by hand or to capture.
Status toVersion15(QSqlDatabase &db)
{
    return runAll(db,
                  {QStringLiteral("DROP INDEX contact_emails_key"),
                   QStringLiteral("CREATE INDEX contact_emails_key ON contact_emails("
                                  "lower(trim(email)), contact_id, email, deleted)"
                                  " WHERE deleted = 0"),
                   QStringLiteral("DROP INDEX contact_phones_key"),
                   u"CREATE INDEX contact_phones_key ON contact_phones(substr(" + phoneDigits() +
                       u", -7), contact_id, phone, deleted) WHERE deleted = 0"});
}

// v16: companies get a lifecycle status like contacts (lead, prospect, customer, former), a
// synced field. An existing company is given what its own records say, the strongest first:
// customer when it has a won deal or a customer among its contacts; prospect when it has an
// open deal or a prospect among its contacts; former when all its contacts are former
// customers; else lead (as a new record starts). The triggers are made again with the new
// column before the values are written, so the values are captured and sync: a laptop that
// joins later gets them instead of the column's default.
Status toVersion16(QSqlDatabase &db)
{
    if (auto s = runAll(db, {QStringLiteral("ALTER TABLE companies ADD COLUMN status TEXT NOT NULL"
                                            " DEFAULT 'lead'"),
                             QStringLiteral("CREATE INDEX companies_by_status ON"
                                            " companies(deleted, status, rid)")});
        !s)
        return s;
    if (auto s = ChangeCapture::captureTable(db, QStringLiteral("companies")); !s)
        return s;
    const QString contactWith =
        QStringLiteral("EXISTS (SELECT 1 FROM contacts k WHERE k.company_id = companies.id AND"
                       " k.deleted = 0 AND k.status = '%1')");
    const QString dealWith =
        QStringLiteral("EXISTS (SELECT 1 FROM deals d WHERE d.company_id = companies.id AND"
                       " d.deleted = 0 AND d.local_outcome = '%1')");
    return sql::exec(
        db, u"UPDATE companies SET status = CASE WHEN " + dealWith.arg(u"won") + u" OR " +
                contactWith.arg(u"customer") + u" THEN 'customer' WHEN " + dealWith.arg(u"open") +
                u" OR " + contactWith.arg(u"prospect") + u" THEN 'prospect' WHEN " +
                contactWith.arg(u"former") +
                u" AND NOT EXISTS (SELECT 1 FROM contacts k WHERE k.company_id = companies.id"
                u" AND k.deleted = 0 AND k.status <> 'former') THEN 'former' ELSE 'lead' END");
}

// v17: bulk edits are recorded with the before-value of each row they changed, written in the
// transaction that changed it, so an edit can be undone after a restart or a crash (BulkEdit).
// Local, never synced: the undo itself is a set of ordinary captured edits.
Status toVersion17(QSqlDatabase &db)
{
    return runAll(db,
                  {QStringLiteral("CREATE TABLE bulk_edits("
                                  " id INTEGER PRIMARY KEY,"
                                  " started_at INTEGER NOT NULL,"
                                  " finished_at INTEGER,"
                                  " undone_at INTEGER,"
                                  " entity TEXT NOT NULL," // contacts | companies | deals
                                  // set | add_tag | remove_tag | owner | delete
                                  " kind TEXT NOT NULL,"
                                  " field TEXT NOT NULL DEFAULT '',"
                                  " value TEXT NOT NULL DEFAULT '',"
                                  " description TEXT NOT NULL DEFAULT '',"
                                  " matched INTEGER NOT NULL DEFAULT 0,"
                                  " changed INTEGER NOT NULL DEFAULT 0,"
                                  " left_count INTEGER NOT NULL DEFAULT 0,"
                                  // applying (or interrupted) | applied | undoing | undone
                                  " state TEXT NOT NULL DEFAULT 'applying')"),
                   QStringLiteral("CREATE TABLE bulk_edit_items("
                                  " edit_id INTEGER NOT NULL REFERENCES bulk_edits(id),"
                                  " seq INTEGER NOT NULL,"
                                  " record_id BLOB NOT NULL,"
                                  " before TEXT NOT NULL,"
                                  " PRIMARY KEY(edit_id, seq)) WITHOUT ROWID")});
}

struct Step
{
    int version;
    std::function<Status(QSqlDatabase &)> apply;
};

QList<Step> &steps()
{
    static QList<Step> all = {
        {1, toVersion1},   {2, toVersion2},   {3, toVersion3},   {4, toVersion4},
        {5, toVersion5},   {6, toVersion6},   {7, toVersion7},   {8, toVersion8},
        {9, toVersion9},   {10, toVersion10}, {11, toVersion11}, {12, toVersion12},
        {13, toVersion13}, {14, toVersion14}, {15, toVersion15}, {16, toVersion16},
        {17, toVersion17},
    };
    return all;
}

constexpr int RealSteps = 17;

} // namespace

void setExtraStepForTesting(std::function<Status(QSqlDatabase &)> step)
{
    QList<Step> &all = steps();
    all.resize(RealSteps);
    if (step)
        all.append(Step{RealSteps + 1, std::move(step)});
}

int latestVersion()
{
    return steps().last().version;
}

Status migrate(QSqlDatabase &db)
{
    auto current = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    const int version = current->toInt();
    if (version > latestVersion()) {
        return Error{ErrorCode::NewerVersion,
                     QStringLiteral("the database was written by a newer version of the program "
                                    "(schema %1; this program knows up to %2)")
                         .arg(version)
                         .arg(latestVersion()),
                     {}};
    }
    for (const Step &step : steps()) {
        if (step.version <= version)
            continue;
        qCInfo(lcStorage) << "migrating database to schema version" << step.version;
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        if (auto s = step.apply(db); !s)
            return Error{s.error().code,
                         QStringLiteral("migration to schema %1: %2")
                             .arg(step.version)
                             .arg(s.error().detail),
                         {}};
        if (auto s = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace crm::core::Migrations
