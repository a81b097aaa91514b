// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"

#include "common/uuid.h"
#include "import/matchevidence.h"
#include "import/namesimilarity.h"
#include "import/phonenormalizer.h"
#include "search/textfolder.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <tuple>

namespace crm::core::dedup {

namespace {

using import::MatchEvidence;
using import::SimilarName;

// A key shared by more records than this (info@, a switchboard) says little: left out.
constexpr int MaxGroup = 50;
// In a name block, each record is compared with this many following ones.
constexpr int NameWindow = 8;
// Letters of the folded last name that make a block.
constexpr int BlockLetters = 3;
// Similar-name hits whose records are read together (in rid order).
constexpr int Batch = 20000;

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::dedup::DuplicateFinder", text);
}

QByteArray pairKey(const QByteArray &a, const QByteArray &b)
{
    return a < b ? a + b : b + a;
}

bool byScore(const DuplicatePair &x, const DuplicatePair &y)
{
    if (x.score != y.score)
        return x.score > y.score;
    // Ids are 16 bytes: the same order as a + b, without building it.
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
}

QString personName(const QString &first, const QString &last)
{
    return QStringList{first, last}.join(u' ').simplified();
}

// Splits a contact's folded sort name ("last first", see ContactRepository) into its parts.
std::pair<QString, QString> splitSortName(const QString &s)
{
    const qsizetype space = s.lastIndexOf(u' ');
    if (space < 0)
        return {s, QString()}; // no last name: the first name alone
    return {s.mid(space + 1), s.left(space)};
}

QString websiteDomain(const QString &website)
{
    QString w = website.trimmed().toLower();
    if (w.isEmpty())
        return {};
    if (!w.contains(u"://"))
        w.prepend(u"http://");
    QString host = QUrl(w).host();
    if (host.startsWith(u"www."))
        host = host.mid(4);
    return host.contains(u'.') ? host : QString();
}

class Scan
{
public:
    Scan(QSqlDatabase db, const FindOptions &options, const FindProgress &progress,
         const FoundPairs &found)
        : m_db(std::move(db))
        , m_options(options)
        , m_progress(progress)
        , m_found(found)
        , m_phones(options.region.isEmpty() ? import::PhoneNormalizer::defaultRegion(m_db)
                                            : options.region)
    {}

    Status loadDismissed()
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT record_a, record_b FROM duplicate_dismissals WHERE "
                                 "deleted = 0 AND kind = ?"));
        q.addBindValue(kindKey(m_options.kind));
        if (!q.exec())
            return sql::error(q, QStringLiteral("loading dismissed duplicates"));
        while (q.next())
            m_dismissed.insert(pairKey(q.value(0).toByteArray(), q.value(1).toByteArray()));
        return {};
    }

    Result<QList<DuplicatePair>> contacts()
    {
        auto total = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM contacts"));
        if (!total)
            return total.error();
        m_total = total->toLongLong() + 2000;
        // 1. The same e-mail: one walk along the covering index contact_emails_key.
        if (auto s = keyGroups(u"SELECT lower(trim(email)), contact_id, email FROM contact_emails "
                               u"INDEXED BY contact_emails_key WHERE deleted = 0 ORDER BY "
                               u"lower(trim(email))"_qs,
                               [&](const QString &key, const QList<Member> &m) {
                                   for (qsizetype i = 0; i < m.size(); ++i)
                                       for (qsizetype j = i + 1; j < m.size(); ++j) {
                                           MatchEvidence &ev = evidence(m[i].id, m[j].id);
                                           ev.email = true;
                                           ev.emailValue = key;
                                       }
                               });
            !s)
            return s.error();
        if (!step(1000))
            return cancelled();
        // 2. The same phone: the index's key (contact_phones_key), then the same number in E.164.
        const QString key = import::phoneKeyExpression();
        if (auto s = keyGroups(
                u"SELECT " + key + u", contact_id, phone FROM contact_phones INDEXED BY " +
                    u"contact_phones_key WHERE deleted = 0 ORDER BY " + key,
                [&](const QString &, const QList<Member> &m) {
                    QHash<QString, QList<QByteArray>> byNumber;
                    QHash<QString, QString> shown;
                    for (const Member &member : m) {
                        const QString e = m_phones.e164(member.value);
                        if (!byNumber[e].contains(member.id))
                            byNumber[e] << member.id;
                        shown.insert(e, member.value);
                    }
                    for (auto it = byNumber.cbegin(); it != byNumber.cend(); ++it)
                        for (qsizetype i = 0; i < it->size(); ++i)
                            for (qsizetype j = i + 1; j < it->size(); ++j) {
                                MatchEvidence &ev = evidence(it->at(i), it->at(j));
                                ev.phone = true;
                                ev.phoneValue =
                                    it.key().startsWith(u'+') ? it.key() : shown[it.key()];
                            }
                });
            !s)
            return s.error();
        if (!step(2000))
            return cancelled();
        // Those pairs get their names compared, and go out first. The names are read in id
        // order, which is the order the records were created in: the table is read forward,
        // page after page, instead of one random seek per record. Deleted contacts drop out here.
        QList<DuplicatePair> out;
        {
            QList<QByteArray> ids;
            ids.reserve(m_evidence.size() * 2);
            for (auto it = m_evidence.cbegin(); it != m_evidence.cend(); ++it)
                ids << it.key().left(16) << it.key().mid(16);
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            SqliteStatement name;
            if (auto s = name.prepare(SqliteStatement::handleOf(m_db),
                                      u"SELECT first_name, last_name FROM contacts WHERE id = ? "
                                      u"AND deleted = 0"_qs);
                !s)
                return s.error();
            QHash<QByteArray, std::pair<QString, QString>> names;
            names.reserve(ids.size());
            for (const QByteArray &id : std::as_const(ids)) {
                name.bindBlobView(1, id);
                auto row = name.next(QStringLiteral("reading the names of duplicates"));
                if (!row)
                    return row.error();
                if (*row)
                    names.insert(id, {name.columnText(0), name.columnText(1)});
                name.reset();
            }
            ids = {};
            QList<DuplicatePair> batch;
            for (auto it = m_evidence.begin(); it != m_evidence.end();) {
                const QByteArray a = it.key().left(16);
                const QByteArray b = it.key().mid(16);
                const auto na = names.constFind(a);
                const auto nb = names.constFind(b);
                if (na == names.constEnd() || nb == names.constEnd()) {
                    it = m_evidence.erase(it); // a deleted contact
                    continue;
                }
                const auto &[fa, la] = *na;
                const auto &[fb, lb] = *nb;
                it->nameScore = import::NameSimilarity::compare(fa, la, fb, lb);
                addPair(&batch, it.value(), a, b, personName(fa, la), personName(fb, lb));
                ++it;
            }
            std::sort(batch.begin(), batch.end(), byScore);
            deliver(batch, &out);
        }
        // 3. Similar names, block by block along the sort index.
        if (auto s = names(&out); !s)
            return s.error();
        std::sort(out.begin(), out.end(), byScore);
        return out;
    }

    Result<QList<DuplicatePair>> companies()
    {
        auto total = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM companies"));
        if (!total)
            return total.error();
        m_total = total->toLongLong() * 2 + 1;
        struct Evidence
        {
            bool name = false, domain = false, phone = false;
            QString domainValue, phoneValue;
        };
        QHash<QByteArray, Evidence> found;
        QHash<QByteArray, QString> nameOf;
        QHash<QString, QList<QByteArray>> byName, byDomain, byPhone;
        QHash<QString, QString> shownPhone;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name, local_sort_name, website, phone FROM "
                                   "companies WHERE deleted = 0 ORDER BY rid")))
            return sql::error(q, QStringLiteral("reading companies"));
        qint64 n = 0;
        while (q.next()) {
            const QByteArray id = q.value(0).toByteArray();
            nameOf.insert(id, q.value(1).toString());
            if (const QString k = q.value(2).toString().simplified(); !k.isEmpty())
                byName[k] << id;
            if (const QString d = websiteDomain(q.value(3).toString()); !d.isEmpty())
                byDomain[d] << id;
            if (const QString p = q.value(4).toString(); TextFolder::digits(p).size() >= 5) {
                const QString e = m_phones.e164(p);
                byPhone[e] << id;
                shownPhone.insert(e, e.startsWith(u'+') ? e : p);
            }
            if (++n % 1000 == 0 && !step(n))
                return cancelled();
        }
        auto pairs = [&](const QHash<QString, QList<QByteArray>> &groups, auto mark) {
            for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
                if (it->size() < 2 || it->size() > MaxGroup)
                    continue;
                for (qsizetype i = 0; i < it->size(); ++i)
                    for (qsizetype j = i + 1; j < it->size(); ++j)
                        mark(found[pairKey(it->at(i), it->at(j))], it.key());
            }
        };
        pairs(byName, [](Evidence &e, const QString &) { e.name = true; });
        pairs(byDomain, [](Evidence &e, const QString &d) {
            e.domain = true;
            e.domainValue = d;
        });
        pairs(byPhone, [&](Evidence &e, const QString &p) {
            e.phone = true;
            e.phoneValue = shownPhone.value(p);
        });
        QList<DuplicatePair> batch;
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            if (m_dismissed.contains(it.key()))
                continue;
            DuplicatePair p;
            p.kind = RecordKind::Company;
            p.a = it.key().left(16);
            p.b = it.key().mid(16);
            p.nameA = nameOf.value(p.a);
            p.nameB = nameOf.value(p.b);
            double miss = 1.0;
            if (it->domain) {
                miss *= 1.0 - 0.9;
                p.reasons << tr("same website domain %1").arg(it->domainValue);
            }
            if (it->phone) {
                miss *= 1.0 - 0.8;
                p.reasons << tr("same phone %1").arg(it->phoneValue);
            }
            if (it->name) {
                miss *= 1.0 - 0.75;
                p.reasons << tr("same name: %1").arg(p.nameA);
            }
            p.score = 1.0 - miss;
            if (p.score >= m_options.minScore)
                batch << p;
        }
        std::sort(batch.begin(), batch.end(), byScore);
        QList<DuplicatePair> out;
        deliver(batch, &out);
        step(m_total);
        return out;
    }

private:
    Error cancelled() const
    {
        return Error{ErrorCode::Cancelled, tr("the search for duplicates was cancelled"), {}};
    }

    bool step(qint64 done) { return !m_progress || m_progress(std::min(done, m_total), m_total); }

    MatchEvidence &evidence(const QByteArray &a, const QByteArray &b)
    {
        return m_evidence[pairKey(a, b)];
    }

    void addPair(QList<DuplicatePair> *to, const MatchEvidence &ev, const QByteArray &a,
                 const QByteArray &b, const QString &nameA, const QString &nameB)
    {
        if (m_dismissed.contains(a + b) || !ev.matches() || ev.confidence() < m_options.minScore)
            return;
        DuplicatePair p;
        p.kind = m_options.kind;
        p.a = a;
        p.b = b;
        p.nameA = nameA;
        p.nameB = nameB;
        p.score = ev.confidence();
        p.reasons = ev.reasons(nameA, nameB);
        *to << p;
    }

    void deliver(const QList<DuplicatePair> &batch, QList<DuplicatePair> *out)
    {
        if (batch.isEmpty())
            return;
        *out += batch;
        if (m_found)
            m_found(batch);
    }

    struct Member
    {
        QByteArray id;
        QString value;
    };

    // Runs `keySql` (key, contact id, value in key order, from a covering index: no table
    // reads) and visits each key that several contacts share, each contact once. A key shared
    // by more than MaxGroup contacts is left out. Deleted contacts are left out when the pairs'
    // names are read; only in a group that grows past MaxGroup are they looked up here, as
    // they might make the difference.
    Status keyGroups(const QString &keySql,
                     const std::function<void(const QString &, const QList<Member> &)> &visit)
    {
        SqliteStatement keys;
        if (auto s = keys.prepare(SqliteStatement::handleOf(m_db), keySql); !s)
            return s;
        QByteArray current;
        QList<Member> group;
        bool checked = false; // group holds live contacts only
        bool overfull = false;
        const QString context = QStringLiteral("looking for duplicates");
        while (true) {
            auto row = keys.next(context);
            if (!row)
                return row.error();
            const QByteArrayView key = *row ? keys.columnUtf8(0) : QByteArrayView();
            if (!*row || key != current) {
                if (!overfull && !current.isEmpty() && group.size() >= 2)
                    visit(QString::fromUtf8(current), group);
                if (!*row)
                    break;
                current = key.toByteArray();
                group.clear();
                checked = overfull = false;
            }
            if (overfull)
                continue;
            QByteArray id = keys.columnBlob(1);
            if (std::any_of(group.cbegin(), group.cend(),
                            [&](const Member &m) { return m.id == id; }))
                continue;
            group.append(Member{std::move(id), keys.columnText(2)});
            if (group.size() <= MaxGroup)
                continue;
            for (qsizetype i = checked ? group.size() - 1 : 0; i < group.size();) {
                auto live = isLive(group[i].id);
                if (!live)
                    return live.error();
                if (*live)
                    ++i;
                else
                    group.removeAt(i);
            }
            checked = true;
            overfull = group.size() > MaxGroup;
        }
        return {};
    }

    Result<bool> isLive(const QByteArray &id)
    {
        if (!m_livePrepared) {
            if (auto s = m_live.prepare(SqliteStatement::handleOf(m_db),
                                        u"SELECT 1 FROM contacts WHERE id = ? AND deleted = 0"_qs);
                !s)
                return s.error();
            m_livePrepared = true;
        }
        m_live.bindBlobView(1, id);
        auto row = m_live.next(QStringLiteral("looking for duplicates"));
        m_live.reset();
        return row;
    }

    // Walks the contacts in folded-name order (the covering index contacts_by_name): a block
    // is the run sharing the first letters of the last name; inside it, records with the same
    // first initial are compared each with its next NameWindow neighbours.
    Status names(QList<DuplicatePair> *out)
    {
        SqliteStatement q;
        if (auto s =
                q.prepare(SqliteStatement::handleOf(m_db),
                          u"SELECT rid, local_sort_name FROM contacts INDEXED BY "
                          u"contacts_by_name WHERE deleted = 0 ORDER BY local_sort_name, rid"_qs);
            !s)
            return s;
        struct Row
        {
            qint64 rid;
            QString first, last;
        };
        QList<Row> block;
        QString blockKey;
        QList<std::pair<qint64, qint64>> hits; // rid pairs, resolved per batch
        QList<double> scores;
        // The records of a batch of hits are read in rid order: forward through the table.
        SqliteStatement byRid;
        if (auto s = byRid.prepare(SqliteStatement::handleOf(m_db),
                                   u"SELECT id, first_name, last_name, local_email, local_phone "
                                   u"FROM contacts WHERE rid = ?"_qs);
            !s)
            return s;
        auto resolve = [&]() -> Status {
            struct Rec
            {
                QByteArray id;
                QString name;
                bool email = false, phone = false;
            };
            QList<qint64> rids;
            rids.reserve(hits.size() * 2);
            for (const auto &[x, y] : std::as_const(hits))
                rids << x << y;
            std::sort(rids.begin(), rids.end());
            rids.erase(std::unique(rids.begin(), rids.end()), rids.end());
            QHash<qint64, Rec> rec;
            rec.reserve(rids.size());
            for (qint64 rid : std::as_const(rids)) {
                byRid.bindInt(1, rid);
                auto row = byRid.next(QStringLiteral("looking for similar names"));
                if (!row)
                    return row.error();
                if (*row)
                    rec.insert(rid,
                               Rec{byRid.columnBlob(0),
                                   personName(byRid.columnText(1), byRid.columnText(2)),
                                   !byRid.columnUtf8(3).isEmpty(), !byRid.columnUtf8(4).isEmpty()});
                byRid.reset();
            }
            QList<DuplicatePair> batch;
            for (qsizetype i = 0; i < hits.size(); ++i) {
                Rec x = rec.value(hits[i].first);
                Rec y = rec.value(hits[i].second);
                if (x.id.isEmpty() || y.id.isEmpty())
                    continue;
                if (y.id < x.id)
                    std::swap(x, y);
                if (m_evidence.contains(x.id + y.id))
                    continue; // already out with its e-mail or phone
                MatchEvidence ev;
                ev.nameScore = scores[i];
                // Nothing shared (or it would be in m_evidence), though both have some.
                ev.differentContacts = (x.email && y.email) || (x.phone && y.phone);
                addPair(&batch, ev, x.id, y.id, x.name, y.name);
            }
            hits.clear();
            scores.clear();
            std::sort(batch.begin(), batch.end(), byScore);
            deliver(batch, out);
            return {};
        };
        auto compareBlock = [&]() {
            QHash<QChar, QList<int>> byInitial;
            for (int i = 0; i < block.size(); ++i)
                byInitial[block[i].first.isEmpty() ? QChar() : block[i].first.front()] << i;
            for (const QList<int> &rows : std::as_const(byInitial)) {
                for (qsizetype i = 0; i < rows.size(); ++i) {
                    const Row &x = block[rows[i]];
                    for (qsizetype j = i + 1; j < rows.size() && j <= i + NameWindow; ++j) {
                        const Row &y = block[rows[j]];
                        const double s =
                            import::NameSimilarity::compare(x.first, x.last, y.first, y.last);
                        if (s >= SimilarName) {
                            hits.append({x.rid, y.rid});
                            scores.append(s);
                        }
                    }
                }
            }
            block.clear();
        };
        qint64 n = 0;
        const QString context = QStringLiteral("looking for similar names");
        while (true) {
            auto row = q.next(context);
            if (!row)
                return row.error();
            if (!*row)
                break;
            const auto [first, last] = splitSortName(q.columnText(1));
            const QString key = last.left(BlockLetters);
            if (key != blockKey) {
                compareBlock();
                blockKey = key;
                if (hits.size() >= Batch) {
                    if (auto s = resolve(); !s)
                        return s;
                }
            }
            block.append(Row{q.columnInt(0), first, last});
            if (++n % 5000 == 0 && !step(2000 + n))
                return cancelled();
        }
        compareBlock();
        if (auto s = resolve(); !s)
            return s;
        step(m_total);
        return {};
    }

    QSqlDatabase m_db;
    FindOptions m_options;
    FindProgress m_progress;
    FoundPairs m_found;
    import::PhoneNormalizer m_phones;
    QSet<QByteArray> m_dismissed;
    QHash<QByteArray, MatchEvidence> m_evidence; // a + b (a < b) -> what they share
    SqliteStatement m_live;
    bool m_livePrepared = false;
    qint64 m_total = 1;
};

} // namespace

QString kindKey(RecordKind kind)
{
    return kind == RecordKind::Company ? QStringLiteral("company") : QStringLiteral("contact");
}

bool parseKind(const QString &key, RecordKind *kind)
{
    if (key == u"contact")
        *kind = RecordKind::Contact;
    else if (key == u"company")
        *kind = RecordKind::Company;
    else
        return false;
    return true;
}

DuplicateFinder::DuplicateFinder(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<QList<DuplicatePair>> DuplicateFinder::find(const FindOptions &options,
                                                   const FindProgress &progress,
                                                   const FoundPairs &found)
{
    QSqlDatabase db = m_db->connection();
    // One read transaction: the steps see one state of the database while others write.
    if (!db.transaction())
        return sql::error(db, QStringLiteral("starting to look for duplicates"));
    auto done = qScopeGuard([&] { db.rollback(); });
    Scan scan(db, options, progress, found);
    if (auto s = scan.loadDismissed(); !s)
        return s.error();
    return options.kind == RecordKind::Company ? scan.companies() : scan.contacts();
}

Status DuplicateFinder::dismiss(RecordKind kind, const QByteArray &a, const QByteArray &b)
{
    if (a == b || !Uuid::isValid(a) || !Uuid::isValid(b))
        return Error{ErrorCode::Invalid, tr("a pair needs two different records"), {}};
    auto known = isDismissed(a, b);
    if (!known)
        return known.error();
    if (known.value())
        return {};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO duplicate_dismissals(id, kind, record_a, record_b, "
                             "dismissed_at, deleted) VALUES (?, ?, ?, ?, ?, 0)"));
    q.addBindValue(Uuid::createV7());
    q.addBindValue(kindKey(kind));
    q.addBindValue(std::min(a, b));
    q.addBindValue(std::max(a, b));
    q.addBindValue(sql::nowMs());
    if (auto s = sql::run(q, QStringLiteral("remembering a pair that is not a duplicate")); !s)
        return s;
    return tx.commit();
}

Result<bool> DuplicateFinder::isDismissed(const QByteArray &a, const QByteArray &b) const
{
    QSqlDatabase db = m_db->connection();
    auto v = sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM duplicate_dismissals WHERE "
                                        "record_a = ? AND record_b = ? AND deleted = 0"),
                         {std::min(a, b), std::max(a, b)});
    if (!v)
        return v.error();
    return v->toInt() > 0;
}

} // namespace crm::core::dedup
