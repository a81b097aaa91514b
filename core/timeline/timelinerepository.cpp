// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerepository.h"

#include "domain/activity.h"
#include "domain/money.h"
#include "domain/pipeline.h"
#include "models/contactlistmodel.h"
#include "storage/indexesaside.h"
#include "storage/sql.h"
#include "timeline/fieldlabels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace crm::core {

namespace {

// Sources, ranked for the order of entries at the same millisecond (higher first).
enum Source
{
    ChangeSource = 1,
    DealSource = 2,
    ActivitySource = 3,
};

// When an activity stands on the timeline. The v6 indexes are on this very expression.
const QString kActivityTime = QStringLiteral("COALESCE(a.start_at, a.due_at, a.created_at)");

const QString kSeparator = QStringLiteral(" · ");

// The keyset condition of a source against the cursor: entries strictly after it in the
// order (at DESC, source DESC, key DESC).
QString cursorCondition(int source, const TimelineCursor &c, const QString &time,
                        const QString &key)
{
    if (!c.isValid())
        return {};
    if (source < c.source)
        return u" AND " + time + u" <= :ct";
    if (source > c.source)
        return u" AND " + time + u" < :ct";
    // Split so that SQLite ranges over the index on `time` (a row value it would only filter).
    return u" AND " + time + u" <= :ct AND (" + time + u" < :ct OR " + key + u" < :ck)";
}

QString kindList(const QList<TimelineKind> &kinds, const QList<TimelineKind> &ofSource)
{
    QStringList keys;
    for (TimelineKind k : ofSource) {
        if (kinds.contains(k))
            keys << u'\'' + Timeline::kindKey(k) + u'\'';
    }
    return keys.join(u',');
}

bool wants(const QList<TimelineKind> &kinds, const QList<TimelineKind> &ofSource)
{
    return kinds.isEmpty() || std::any_of(ofSource.begin(), ofSource.end(),
                                          [&](TimelineKind k) { return kinds.contains(k); });
}

bool keyLess(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() < b.toByteArray();
    return a.toLongLong() < b.toLongLong();
}

// Newest first; ties by source, then key, both descending.
bool before(const TimelineEntry &a, const TimelineEntry &b)
{
    if (a.at != b.at)
        return a.at > b.at;
    if (a.source != b.source)
        return a.source > b.source;
    return keyLess(b.key, a.key);
}

bool same(const TimelineEntry &a, const TimelineEntry &b)
{
    return a.at == b.at && a.source == b.source && !keyLess(a.key, b.key) && !keyLess(b.key, a.key);
}

QString firstLine(const QString &text)
{
    QString line = text.section(u'\n', 0, 0).trimmed();
    if (line.size() > 120)
        line = line.left(119) + QChar(0x2026);
    return line;
}

QString quoted(const QString &text)
{
    return QChar(0x201C) + firstLine(text) + QChar(0x201D);
}

class Reader
{
    // The context lupdate files this class's messages under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::Reader)

public:
    Reader(QSqlDatabase db, const QByteArray &subject, RecordKind subjectKind,
           const TimelineCursor &cursor, int limit, const QList<TimelineKind> &kinds)
        : m_db(std::move(db))
        , m_subject(subject)
        , m_kind(subjectKind)
        , m_cursor(cursor)
        , m_limit(limit)
        , m_kinds(kinds)
    {}

    Status readActivities();
    Status readDealEvents();
    Status readChanges();
    QList<TimelineEntry> &entries() { return m_entries; }

private:
    Status runActivities(const QString &from, const QString &where);
    Result<QSqlQuery> run(const QString &statement, int source, const QString &context);
    TimelineEntry activityEntry(const QSqlQuery &q) const;
    TimelineEntry dealEntry(const QSqlQuery &q) const;
    std::optional<TimelineEntry> changeEntry(const QSqlQuery &q) const;
    QString valueText(const QString &table, const QString &column, const QVariant &value,
                      const QVariant &name, const QString &currency) const;

    QSqlDatabase m_db;
    QByteArray m_subject;
    RecordKind m_kind;
    TimelineCursor m_cursor;
    int m_limit;
    QList<TimelineKind> m_kinds;
    QLocale m_locale;
    QList<TimelineEntry> m_entries;
};

Result<QSqlQuery> Reader::run(const QString &statement, int source, const QString &context)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return sql::error(q, context);
    q.bindValue(QStringLiteral(":s"), m_subject);
    q.bindValue(QStringLiteral(":n"), m_limit + 1);
    if (m_cursor.isValid()) {
        q.bindValue(QStringLiteral(":ct"), m_cursor.at);
        if (source == m_cursor.source)
            q.bindValue(QStringLiteral(":ck"), m_cursor.key);
    }
    if (!q.exec())
        return sql::error(q, context);
    return q;
}

const QList<TimelineKind> kActivityKinds = {TimelineKind::Call,  TimelineKind::Meeting,
                                            TimelineKind::Visit, TimelineKind::Task,
                                            TimelineKind::Note,  TimelineKind::Email};
const QList<TimelineKind> kDealKinds = {TimelineKind::DealOpened, TimelineKind::StageChanged,
                                        TimelineKind::DealWon, TimelineKind::DealLost};
const QList<TimelineKind> kChangeKinds = {TimelineKind::Created, TimelineKind::FieldChanged,
                                          TimelineKind::Deleted, TimelineKind::Restored};

Status Reader::runActivities(const QString &from, const QString &where)
{
    QString statement =
        u"SELECT a.id, a.kind, a.subject, a.notes, " + kActivityTime +
        u", a.owner, a.done, a.direction, a.outcome, a.duration_s, a.place, a.start_at,"
        u" a.end_at, a.due_at, a.contact_id,"
        u" (SELECT trim(c.first_name || ' ' || c.last_name) FROM contacts c"
        u" WHERE c.id = a.contact_id)"
        u" FROM " +
        from + u" WHERE a.deleted = 0 AND " + where;
    if (!m_kinds.isEmpty())
        statement += u" AND a.kind IN (" + kindList(m_kinds, kActivityKinds) + u')';
    statement += cursorCondition(ActivitySource, m_cursor, kActivityTime, QStringLiteral("a.id"));
    statement += u" ORDER BY " + kActivityTime + u" DESC, a.id DESC LIMIT :n";
    auto q = run(statement, ActivitySource, QStringLiteral("reading the timeline's activities"));
    if (!q)
        return q.error();
    for (QSqlQuery &query = q.value(); query.next();)
        m_entries << activityEntry(query);
    return {};
}

Status Reader::readActivities()
{
    if (!wants(m_kinds, kActivityKinds))
        return {};
    switch (m_kind) {
    case RecordKind::Contact:
        return runActivities(QStringLiteral("activities a"), QStringLiteral("a.contact_id = :s"));
    case RecordKind::Deal:
        return runActivities(QStringLiteral("activities a"), QStringLiteral("a.deal_id = :s"));
    case RecordKind::Company: {
        // Three ordered index ranges, merged with the other sources; an activity linked to
        // the company and to one of its contacts comes twice and is merged into one.
        if (auto s =
                runActivities(QStringLiteral("activities a"), QStringLiteral("a.company_id = :s"));
            !s)
            return s;
        // The plan is fixed (CROSS JOIN and INDEXED BY: the company's contacts first, then each
        // one's range of the timeline index): statistics of a skewed database (most contacts
        // without a company) led SQLite to scan every contact instead.
        // While a large import builds contacts_company after its rows (IndexesAside) the
        // plan is SQLite's own.
        auto aside = IndexesAside::isAside(m_db, QStringLiteral("contacts_company"));
        if (!aside)
            return aside.error();
        if (auto s =
                runActivities((aside.value() ? u"contacts co"_qs
                                             : u"contacts co INDEXED BY contacts_company"_qs) +
                                  u" CROSS JOIN activities a INDEXED BY activities_timeline_contact"
                                  u" ON a.contact_id = co.id",
                              QStringLiteral("co.company_id = :s AND +co.deleted = 0"));
            !s)
            return s;
        return runActivities(
            QStringLiteral("deals d INDEXED BY deals_company CROSS JOIN activities a"
                           " INDEXED BY activities_timeline_deal ON a.deal_id = d.id"),
            QStringLiteral("d.company_id = :s AND +d.deleted = 0"));
    }
    case RecordKind::Activity:
        break;
    }
    return {};
}

TimelineEntry Reader::activityEntry(const QSqlQuery &q) const
{
    TimelineEntry e;
    e.source = ActivitySource;
    e.key = q.value(0).toByteArray();
    e.recordKind = RecordKind::Activity;
    e.recordId = e.key.toByteArray();
    const auto kind = Activity::kindFromKey(q.value(1).toString()).value_or(Activity::Kind::Note);
    e.kind = TimelineKind(int(kind)); // the first six timeline kinds are the activity kinds
    e.title = q.value(2).toString().trimmed();
    if (e.title.isEmpty())
        e.title = Activity::kindLabel(kind);
    e.at = q.value(4).toLongLong();
    e.who = q.value(5).toString();
    QStringList parts;
    switch (kind) {
    case Activity::Kind::Call: {
        const QString direction = q.value(7).toString();
        if (direction == u"inbound")
            parts << tr("Inbound");
        else if (direction == u"outbound")
            parts << tr("Outbound");
        if (!q.value(8).toString().isEmpty())
            parts << q.value(8).toString();
        if (const int s = q.value(9).toInt(); s > 0)
            parts << tr("%1 min").arg(m_locale.toString((s + 59) / 60));
        break;
    }
    case Activity::Kind::Meeting:
    case Activity::Kind::Visit:
        if (!q.value(11).isNull() && !q.value(12).isNull()) {
            const QDateTime end = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong());
            parts << Timeline::shortDateTime(q.value(11).toLongLong(), m_locale) + u"–" +
                         Timeline::shortTime(end.toLocalTime().time(), m_locale);
        }
        if (!q.value(10).toString().isEmpty())
            parts << q.value(10).toString();
        break;
    case Activity::Kind::Task:
        if (q.value(6).toBool())
            parts << tr("Done");
        else if (!q.value(13).isNull())
            parts << tr("Due %1").arg(Timeline::shortDateTime(q.value(13).toLongLong(), m_locale));
        break;
    case Activity::Kind::Note:
    case Activity::Kind::Email:
        break;
    }
    if (kind != Activity::Kind::Call && !q.value(3).toString().trimmed().isEmpty())
        parts << firstLine(q.value(3).toString());
    if (m_kind != RecordKind::Contact && !q.value(15).toString().isEmpty())
        parts << q.value(15).toString();
    e.detail = parts.join(kSeparator);
    return e;
}

Status Reader::readDealEvents()
{
    if (!wants(m_kinds, kDealKinds))
        return {};
    const QString kind =
        QStringLiteral("CASE WHEN sc.from_stage_id IS NULL THEN 'deal_opened'"
                       " WHEN ts.outcome = 'won' THEN 'deal_won'"
                       " WHEN ts.outcome = 'lost' THEN 'deal_lost' ELSE 'stage_changed' END");
    // The join order is fixed (CROSS JOIN): from the subject's deals to their changes.
    QString from;
    QString where;
    switch (m_kind) {
    case RecordKind::Deal:
        from = QStringLiteral("deal_stage_changes sc CROSS JOIN deals d ON d.id = sc.deal_id");
        where = QStringLiteral("sc.deal_id = :s");
        break;
    case RecordKind::Contact:
        from = QStringLiteral(
            "(SELECT DISTINCT deal_id FROM deal_contacts INDEXED BY deal_contacts_contact"
            " WHERE contact_id = :s"
            " AND deleted = 0) dc CROSS JOIN deal_stage_changes sc"
            " ON sc.deal_id = dc.deal_id CROSS JOIN deals d ON d.id = sc.deal_id");
        where = QStringLiteral("+d.deleted = 0");
        break;
    case RecordKind::Company:
        from = QStringLiteral("deals d INDEXED BY deals_company CROSS JOIN deal_stage_changes sc"
                              " ON sc.deal_id = d.id");
        where = QStringLiteral("d.company_id = :s AND +d.deleted = 0");
        break;
    case RecordKind::Activity:
        return {};
    }
    QString statement = u"SELECT sc.id, sc.deal_id, sc.changed_at, sc.changed_by, d.title,"
                        u" d.amount, d.currency, d.lost_reason, fs.id, fs.name, ts.id, ts.name, " +
                        kind + u" FROM " + from +
                        u" LEFT JOIN stages fs ON fs.id = sc.from_stage_id"
                        u" LEFT JOIN stages ts ON ts.id = sc.to_stage_id"
                        u" WHERE sc.deleted = 0 AND " +
                        where;
    if (!m_kinds.isEmpty())
        statement += u" AND " + kind + u" IN (" + kindList(m_kinds, kDealKinds) + u')';
    statement += cursorCondition(DealSource, m_cursor, QStringLiteral("sc.changed_at"),
                                 QStringLiteral("sc.id"));
    statement += u" ORDER BY sc.changed_at DESC, sc.id DESC LIMIT :n";
    auto q = run(statement, DealSource, QStringLiteral("reading the timeline's deal events"));
    if (!q)
        return q.error();
    for (QSqlQuery &query = q.value(); query.next();)
        m_entries << dealEntry(query);
    return {};
}

TimelineEntry Reader::dealEntry(const QSqlQuery &q) const
{
    TimelineEntry e;
    e.source = DealSource;
    e.key = q.value(0).toByteArray();
    e.recordKind = RecordKind::Deal;
    e.recordId = q.value(1).toByteArray();
    e.at = q.value(2).toLongLong();
    e.who = q.value(3).toString();
    e.kind = Timeline::kindFromKey(q.value(12).toString()).value_or(TimelineKind::StageChanged);
    const QString deal = q.value(4).toString();
    Stage from;
    from.id = q.value(8).toByteArray();
    from.name = q.value(9).toString();
    Stage to;
    to.id = q.value(10).toByteArray();
    to.name = q.value(11).toString();
    const QString amount = Money::format(q.value(5).toLongLong(), q.value(6).toString(), m_locale);
    switch (e.kind) {
    case TimelineKind::DealOpened:
        e.title = tr("Deal opened: %1").arg(deal);
        e.detail = to.displayName() + kSeparator + amount;
        break;
    case TimelineKind::DealWon:
        e.title = tr("Deal won: %1").arg(deal);
        e.detail = amount;
        break;
    case TimelineKind::DealLost:
        e.title = tr("Deal lost: %1").arg(deal);
        e.detail = q.value(7).toString().isEmpty()
                       ? amount
                       : tr("Reason: %1").arg(firstLine(q.value(7).toString()));
        break;
    default:
        e.title = tr("Deal moved: %1").arg(deal);
        e.detail = from.displayName() + QStringLiteral(" → ") + to.displayName();
        break;
    }
    return e;
}

Status Reader::readChanges()
{
    if (!wants(m_kinds, kChangeKinds))
        return {};
    const QString kind =
        QStringLiteral("CASE WHEN cl.col IS NULL AND cl.row = :s THEN 'created'"
                       " WHEN cl.col = 'deleted' AND cl.row = :s THEN"
                       " (CASE WHEN cl.new_value <> 0 THEN 'deleted' ELSE 'restored' END)"
                       " ELSE 'field_changed' END");
    const QString time = QStringLiteral("(cl.hlc >> 16)");
    // A contact's e-mails, phones and tags are part of it, as on its History tab; the rows
    // its creation added with it are part of "created".
    QString rows = QStringLiteral("cl.row = :s");
    if (m_kind == RecordKind::Contact)
        rows = QStringLiteral(
            "(cl.row = :s OR cl.row IN (SELECT id FROM contact_emails WHERE contact_id = :s"
            " UNION ALL SELECT id FROM contact_phones WHERE contact_id = :s"
            " UNION ALL SELECT id FROM contact_tags WHERE contact_id = :s))"
            " AND NOT (cl.col IS NULL AND cl.row <> :s AND cl.txn IS"
            " (SELECT txn FROM change_log WHERE row = :s AND col IS NULL))");
    QString statement =
        u"SELECT cl.seq, " + time + u", cl.author, cl.tbl, cl.col, cl.old_value, cl.new_value, " +
        kind +
        u", COALESCE(ce.email, cp.phone, tg.name),"
        u" CASE WHEN cl.col = 'company_id' THEN"
        u" (SELECT name FROM companies WHERE id = cl.old_value) END,"
        u" CASE WHEN cl.col = 'company_id' THEN"
        u" (SELECT name FROM companies WHERE id = cl.new_value) END,"
        u" CASE WHEN cl.tbl = 'deals' THEN (SELECT currency FROM deals WHERE id = cl.row) END"
        u" FROM change_log cl"
        u" LEFT JOIN contact_emails ce ON ce.id = cl.row"
        u" LEFT JOIN contact_phones cp ON cp.id = cl.row"
        u" LEFT JOIN contact_tags ct ON ct.id = cl.row"
        u" LEFT JOIN tags tg ON tg.id = ct.tag_id WHERE " +
        rows +
        // Stage moves are deal events; positions and links are bookkeeping.
        u" AND (cl.col IS NULL OR cl.col NOT IN ('position', 'created_at', 'contact_id',"
        u" 'stage_id', 'won_at', 'lost_at', 'lost_reason', 'crm_withdrawn'))"
        u" AND NOT (cl.col IS NULL AND cl.tbl = 'deals')";
    if (!m_kinds.isEmpty())
        statement += u" AND " + kind + u" IN (" + kindList(m_kinds, kChangeKinds) + u')';
    statement += cursorCondition(ChangeSource, m_cursor, time, QStringLiteral("cl.seq"));
    statement += u" ORDER BY " + time + u" DESC, cl.seq DESC LIMIT :n";
    auto q = run(statement, ChangeSource, QStringLiteral("reading the timeline's changes"));
    if (!q)
        return q.error();
    for (QSqlQuery &query = q.value(); query.next();) {
        if (auto e = changeEntry(query))
            m_entries << *e;
    }
    return {};
}

QString Reader::valueText(const QString &table, const QString &column, const QVariant &value,
                          const QVariant &name, const QString &currency) const
{
    if (value.isNull() || !value.isValid())
        return {};
    if (column == u"company_id")
        return name.toString();
    if (column == u"status")
        return lifecycleLabel(value.toString());
    if (column == u"visibility")
        return value.toString() == u"private" ? tr("Private") : tr("Team");
    if (column == u"birthday" || column == u"expected_close") {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? m_locale.toString(d, QLocale::ShortFormat) : value.toString();
    }
    if (table == u"deals" && column == u"amount")
        return Money::format(value.toLongLong(), currency, m_locale);
    if (column == u"probability")
        return m_locale.toString(value.toInt()) + u'%';
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

std::optional<TimelineEntry> Reader::changeEntry(const QSqlQuery &q) const
{
    TimelineEntry e;
    e.source = ChangeSource;
    e.key = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.who = q.value(2).toString();
    e.recordKind = m_kind;
    e.recordId = m_subject;
    e.kind = Timeline::kindFromKey(q.value(7).toString()).value_or(TimelineKind::FieldChanged);
    const QString table = q.value(3).toString();
    const QString column = q.value(4).toString();
    const QString child = q.value(8).toString();
    switch (e.kind) {
    case TimelineKind::Created: {
        e.title = table == u"contacts"    ? tr("Contact created")
                  : table == u"companies" ? tr("Company created")
                                          : tr("Record created");
        const QJsonObject fields = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
        QStringList name;
        for (const char *f : {"first_name", "last_name", "name"}) {
            const QString v = fields.value(QLatin1StringView(f)).toString();
            if (!v.isEmpty())
                name << v;
        }
        e.detail = name.join(u' ');
        return e;
    }
    case TimelineKind::Deleted:
        e.title = tr("Deleted");
        return e;
    case TimelineKind::Restored:
        e.title = tr("Restored");
        return e;
    default:
        break;
    }
    const bool isChild =
        table == u"contact_emails" || table == u"contact_phones" || table == u"contact_tags";
    if (isChild) {
        const QString what = table == u"contact_emails"   ? tr("E-mail")
                             : table == u"contact_phones" ? tr("Phone")
                                                          : tr("Tag");
        if (column.isEmpty() || (column == u"deleted" && q.value(6).toInt() == 0)) {
            e.title = tr("%1 added").arg(what);
            e.detail = child;
        } else if (column == u"deleted") {
            e.title = tr("%1 removed").arg(what);
            e.detail = child;
        } else {
            e.title = tr("%1 changed").arg(what);
            e.detail = quoted(q.value(5).toString()) + QStringLiteral(" → ") +
                       quoted(q.value(6).toString());
        }
        return e;
    }
    if (column.isEmpty())
        return std::nullopt;
    const QString currency = q.value(11).toString();
    e.title = tr("%1 changed").arg(FieldLabels::label(table, column));
    e.detail = quoted(valueText(table, column, q.value(5), q.value(9), currency)) +
               QStringLiteral(" → ") +
               quoted(valueText(table, column, q.value(6), q.value(10), currency));
    return e;
}

} // namespace

TimelineRepository::TimelineRepository(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<RecordKind> TimelineRepository::subjectKind(const QByteArray &id) const
{
    QSqlDatabase db = m_db->connection();
    const struct
    {
        const char *table;
        RecordKind kind;
    } tables[] = {{"contacts", RecordKind::Contact},
                  {"companies", RecordKind::Company},
                  {"deals", RecordKind::Deal}};
    for (const auto &t : tables) {
        auto found = sql::scalar(
            db, u"SELECT 1 FROM " + QLatin1StringView(t.table) + u" WHERE id = ?", {id});
        if (!found)
            return found.error();
        if (found->isValid())
            return t.kind;
    }
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("crm::core::TimelineRepository",
                                             "no contact, company or deal with this id"),
                 {}};
}

Result<TimelinePage> TimelineRepository::page(const QByteArray &subjectId,
                                              const TimelineCursor &after, int limit,
                                              const QList<TimelineKind> &kinds) const
{
    auto kind = subjectKind(subjectId);
    if (!kind)
        return kind.error();
    limit = std::max(limit, 1);
    Reader reader(m_db->connection(), subjectId, kind.value(), after, limit, kinds);
    for (Status (Reader::*read)() :
         {&Reader::readActivities, &Reader::readDealEvents, &Reader::readChanges}) {
        if (auto s = (reader.*read)(); !s)
            return s.error();
    }
    QList<TimelineEntry> &all = reader.entries();
    std::sort(all.begin(), all.end(), before);
    all.erase(std::unique(all.begin(), all.end(), same), all.end());
    TimelinePage page;
    page.atEnd = all.size() <= limit;
    if (!page.atEnd)
        all.resize(limit);
    page.entries = std::move(all);
    if (!page.entries.isEmpty())
        page.next = TimelineCursor::after(page.entries.constLast());
    else
        page.next = after;
    return page;
}

} // namespace crm::core
