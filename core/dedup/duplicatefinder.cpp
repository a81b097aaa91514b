// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"

#include "common/uuid.h"
#include "import/matchevidence.h"
#include "import/namesimilarity.h"
#include "import/phonenormalizer.h"
#include "search/textfolder.h"
#include "storage/indexesaside.h"
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
#include <vector>

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

// A record of a pair that shares an e-mail or a phone, as the finder reads it.
struct Person
{
    QByteArray id;
    QString name;        // as shown: "first last"
    QString first, last; // folded
    QString birthday;    // "YYYY-MM-DD" or empty
};

// The columns Person is read from, in this order, after any leading ones.
constexpr QStringView PersonColumns = u"first_name, last_name, birthday";

Person readPerson(const SqliteStatement &q, int first, QByteArray id)
{
    Person p;
    p.id = std::move(id);
    const QString f = q.columnText(first);
    const QString l = q.columnText(first + 1);
    p.name = personName(f, l);
    p.first = TextFolder::fold(f.simplified());
    p.last = TextFolder::fold(l.simplified());
    p.birthday = q.columnText(first + 2);
    return p;
}

// Two birthdays ("YYYY-MM-DD") that are one date typed twice: one character wrong, or day
// and month swapped.
bool oneBirthday(const QString &a, const QString &b)
{
    if (a.size() != 10 || b.size() != 10)
        return a == b;
    int wrong = 0;
    for (qsizetype i = 0; i < 10; ++i)
        wrong += a[i] != b[i];
    return wrong <= 1 || (QStringView(a).left(5) == QStringView(b).left(5) &&
                          QStringView(a).mid(5, 2) == QStringView(b).mid(8, 2) &&
                          QStringView(a).mid(8, 2) == QStringView(b).mid(5, 2));
}

// Adds to `ev` what two records' folded names say besides their likeness: whether the first
// names are other names (names written the other way round, "Kalns Pēteris", are one person's).
void weighNames(MatchEvidence &ev, const QString &firstX, const QString &lastX,
                const QString &firstY, const QString &lastY)
{
    using import::NameSimilarity::firstNamesAgree;
    ev.firstNamesDiffer = !firstNamesAgree(firstX, firstY) &&
                          !(firstNamesAgree(firstX, lastY) && firstNamesAgree(lastX, firstY));
}

// Adds to `ev` (a shared e-mail or phone) what the two records' other fields say (see
// MatchEvidence). Places do not count against a shared e-mail or phone: people move.
void weigh(MatchEvidence &ev, const Person &x, const Person &y)
{
    weighNames(ev, x.first, x.last, y.first, y.last);
    if (!x.birthday.isEmpty() && !y.birthday.isEmpty()) {
        ev.sameBirthday = x.birthday == y.birthday;
        ev.birthdaysDiffer = !oneBirthday(x.birthday, y.birthday);
    }
}

// "+371 2912 3456" and "00371 29123456" -> "+37129123456"; "" for a number written without
// its country code, or with a "(0)" that E.164 leaves out.
QString internationalDigits(const QString &number)
{
    const QString t = number.trimmed();
    if (t.contains(u'(') || !(t.startsWith(u'+') || t.startsWith(u"00")))
        return {};
    const QString d = TextFolder::digits(t);
    return u'+' + (t.startsWith(u'+') ? d : d.mid(2));
}

class Scan
{
    // The context lupdate files this class's messages under (the file's tr() names another).
    Q_DECLARE_TR_FUNCTIONS(crm::core::dedup::Scan)

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
                                   const bool role = import::isRoleAddress(key);
                                   for (qsizetype i = 0; i < m.size(); ++i)
                                       for (qsizetype j = i + 1; j < m.size(); ++j) {
                                           MatchEvidence &ev = evidence(m[i].id, m[j].id);
                                           // A person's own address outweighs an office's.
                                           if (ev.email && (role || !ev.roleEmail))
                                               continue;
                                           ev.email = true;
                                           ev.emailValue = key;
                                           ev.roleEmail = role;
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
                    // Most groups are numbers that end alike by chance. Numbers written with
                    // their country code ("+371 …", "00371 …") are the same number when their
                    // digits are: libphonenumber (~100,000 instructions a number) only reads
                    // a group with a number written without one.
                    QList<QString> keys;
                    keys.reserve(m.size());
                    bool international = true;
                    for (const Member &member : m) {
                        keys << internationalDigits(member.value);
                        international = international && !keys.back().isEmpty();
                    }
                    if (international) {
                        QList<QString> sorted = keys;
                        std::sort(sorted.begin(), sorted.end());
                        if (std::adjacent_find(sorted.cbegin(), sorted.cend()) == sorted.cend())
                            return; // all different
                    }
                    QHash<QString, QList<QByteArray>> byNumber;
                    QHash<QString, QString> shown;
                    for (qsizetype i = 0; i < m.size(); ++i) {
                        const Member &member = m[i];
                        const QString e = international ? keys[i] : m_phones.e164(member.value);
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
            SqliteStatement person;
            if (auto s = person.prepare(SqliteStatement::handleOf(m_db),
                                        u"SELECT "_qs + PersonColumns +
                                            u" FROM contacts WHERE id = ? AND deleted = 0");
                !s)
                return s.error();
            QHash<QByteArray, Person> people;
            people.reserve(ids.size());
            for (const QByteArray &id : std::as_const(ids)) {
                person.bindBlobView(1, id);
                auto row = person.next(QStringLiteral("reading the names of duplicates"));
                if (!row)
                    return row.error();
                if (*row)
                    people.insert(id, readPerson(person, 0, id));
                person.reset();
            }
            ids = {};
            QList<DuplicatePair> batch;
            for (auto it = m_evidence.begin(); it != m_evidence.end();) {
                const auto pa = people.constFind(it.key().left(16));
                const auto pb = people.constFind(it.key().mid(16));
                if (pa == people.constEnd() || pb == people.constEnd()) {
                    it = m_evidence.erase(it); // a deleted contact
                    continue;
                }
                it->nameScore =
                    import::NameSimilarity::compareFolded(pa->first, pa->last, pb->first, pb->last);
                weigh(*it, *pa, *pb);
                addPair(&batch, it.value(), *pa, *pb);
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

    // a.id < b.id
    void addPair(QList<DuplicatePair> *to, const MatchEvidence &ev, const Person &a,
                 const Person &b)
    {
        if (!ev.matches())
            return;
        const double score = ev.confidence();
        if (score < m_options.minScore || m_dismissed.contains(a.id + b.id))
            return;
        DuplicatePair p;
        p.kind = m_options.kind;
        p.a = a.id;
        p.b = b.id;
        p.nameA = a.name;
        p.nameB = b.name;
        p.score = score;
        p.reasons = ev.reasons(a.name, b.name);
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

    // What the name pass weighs a pair of namesakes by, per contact: read in one walk through
    // the table (forward, page after page) rather than one seek per record of each pair.
    struct Profile
    {
        qint32 birthday = 0; // yyyymmdd, 0: none
        quint32 city = 0;    // interned folded city, 0: none
        quint32 street = 0;  // hash of the street's letters and digits in lower case, 0: none
        bool live = false, email = false, phone = false;
    };

    static qint32 birthdayNumber(QByteArrayView b)
    {
        // "YYYY-MM-DD"
        if (b.size() != 10 || b[4] != '-' || b[7] != '-')
            return 0;
        qint32 n = 0;
        for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (b[i] < '0' || b[i] > '9')
                return 0;
            n = n * 10 + (b[i] - '0');
        }
        return n;
    }

    static QString birthdayText(qint32 n)
    {
        return u"%1-%2-%3"_qs.arg(n / 10000, 4, 10, QChar(u'0'))
            .arg(n / 100 % 100, 2, 10, QChar(u'0'))
            .arg(n % 100, 2, 10, QChar(u'0'));
    }

    // A hash of the street's letters and digits in lower case without diacritics ("Brīvības
    // iela 5" as "Brivibas iela 5"), 0 for none.
    quint32 streetHash(QStringView street)
    {
        quint32 h = 2166136261u;
        bool any = false;
        for (QChar c : street) {
            char16_t u = c.unicode();
            if (u < 128) {
                if (!c.isLetterOrNumber())
                    continue;
                if (u >= u'A' && u <= u'Z')
                    u = char16_t(u - u'A' + u'a');
            } else {
                auto it = m_baseLetters.constFind(u);
                if (it == m_baseLetters.constEnd()) {
                    const QString d = c.decomposition();
                    const QChar base = d.isEmpty() ? c : d.front();
                    it = m_baseLetters.insert(u, base.toLower().unicode());
                }
                u = *it;
            }
            h = (h ^ u) * 16777619u;
            any = true;
        }
        return any ? std::max(h, 1u) : 0;
    }

    Status loadProfiles()
    {
        SqliteStatement q;
        if (auto s = q.prepare(SqliteStatement::handleOf(m_db),
                               u"SELECT rid, birthday, city, street, local_email <> '', "
                               u"local_phone <> '' FROM contacts WHERE deleted = 0"_qs);
            !s)
            return s;
        QHash<QString, quint32> cities;
        QHash<QByteArray, quint32> rawCities;
        const QString context = QStringLiteral("looking for similar names");
        while (true) {
            auto row = q.next(context);
            if (!row)
                return row.error();
            if (!*row)
                break;
            const qint64 rid = q.columnInt(0);
            // Rids are dense (SQLite gives the next one); a stray far one is kept aside.
            const bool dense = rid >= 0 && rid <= qint64(m_profiles.size()) + 10'000'000;
            if (dense && rid >= qint64(m_profiles.size()))
                m_profiles.resize(size_t(rid) + 1 + m_profiles.size() / 2);
            Profile &p = dense ? m_profiles[size_t(rid)] : m_strayProfiles[rid];
            p.live = true;
            p.birthday = birthdayNumber(q.columnUtf8(1));
            if (const QByteArrayView city = q.columnUtf8(2); !city.isEmpty()) {
                auto raw = rawCities.constFind(city.toByteArray());
                if (raw == rawCities.constEnd()) {
                    const QString folded = TextFolder::fold(q.columnText(2).simplified());
                    const quint32 id = cities.value(folded, quint32(cities.size() + 1));
                    cities.insert(folded, id);
                    raw = rawCities.insert(city.toByteArray(), id);
                }
                p.city = *raw;
            }
            p.street = streetHash(q.columnText(3));
            p.email = q.columnInt(4) != 0;
            p.phone = q.columnInt(5) != 0;
        }
        return {};
    }

    const Profile *profile(qint64 rid) const
    {
        if (rid >= 0 && rid < qint64(m_profiles.size()))
            return m_profiles[size_t(rid)].live ? &m_profiles[size_t(rid)] : nullptr;
        const auto it = m_strayProfiles.constFind(rid);
        return it == m_strayProfiles.constEnd() ? nullptr : &*it;
    }

    // Walks the contacts in folded-name order (the covering index contacts_by_name): a block
    // is the run sharing the first letters of the last name; inside it, records with the same
    // first initial are compared each with its next NameWindow neighbours. A pair of similar
    // names is weighed with the records' profiles in memory; only the pairs that make the
    // score are read (their ids and names as written).
    Status names(QList<DuplicatePair> *out)
    {
        if (auto s = loadProfiles(); !s)
            return s;
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
        struct Hit
        {
            qint64 x, y;
            MatchEvidence ev;
        };
        QList<Hit> hits; // scored; their records read per batch
        SqliteStatement byRid;
        if (auto s =
                byRid.prepare(SqliteStatement::handleOf(m_db),
                              u"SELECT id, first_name, last_name FROM contacts WHERE rid = ?"_qs);
            !s)
            return s;
        auto resolve = [&]() -> Status {
            QList<qint64> rids;
            rids.reserve(hits.size() * 2);
            for (const Hit &h : std::as_const(hits))
                rids << h.x << h.y;
            std::sort(rids.begin(), rids.end());
            rids.erase(std::unique(rids.begin(), rids.end()), rids.end());
            QHash<qint64, Person> rec;
            rec.reserve(rids.size());
            for (qint64 rid : std::as_const(rids)) {
                byRid.bindInt(1, rid);
                auto row = byRid.next(QStringLiteral("looking for similar names"));
                if (!row)
                    return row.error();
                if (*row) {
                    Person p;
                    p.id = byRid.columnBlob(0);
                    p.name = personName(byRid.columnText(1), byRid.columnText(2));
                    rec.insert(rid, p);
                }
                byRid.reset();
            }
            QList<DuplicatePair> batch;
            for (const Hit &h : std::as_const(hits)) {
                const auto px = rec.constFind(h.x);
                const auto py = rec.constFind(h.y);
                if (px == rec.constEnd() || py == rec.constEnd())
                    continue;
                const bool ordered = px->id < py->id;
                const Person &x = ordered ? *px : *py;
                const Person &y = ordered ? *py : *px;
                if (m_evidence.contains(x.id + y.id))
                    continue; // already out with its e-mail or phone
                addPair(&batch, h.ev, x, y);
            }
            hits.clear();
            std::sort(batch.begin(), batch.end(), byScore);
            deliver(batch, out);
            return {};
        };
        auto consider = [&](const Row &x, const Row &y, double score) {
            const Profile *px = profile(x.rid);
            const Profile *py = profile(y.rid);
            if (!px || !py)
                return;
            MatchEvidence ev;
            ev.nameScore = score;
            // If they shared an e-mail or a phone they are in m_evidence (left out on reading).
            ev.differentContacts = (px->email && py->email) || (px->phone && py->phone);
            weighNames(ev, x.first, x.last, y.first, y.last);
            if (px->birthday && py->birthday) {
                ev.sameBirthday = px->birthday == py->birthday;
                ev.birthdaysDiffer = !ev.sameBirthday && !oneBirthday(birthdayText(px->birthday),
                                                                      birthdayText(py->birthday));
            }
            ev.placesDiffer = (px->city && py->city && px->city != py->city) ||
                              (px->street && py->street && px->street != py->street);
            if (ev.confidence() >= m_options.minScore)
                hits.append(Hit{x.rid, y.rid, ev});
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
                            import::NameSimilarity::compareFolded(x.first, x.last, y.first, y.last);
                        if (s >= SimilarName)
                            consider(x, y, s);
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
            block.append(Row{q.columnInt(0), first.simplified(), last.simplified()});
            if (++n % 5000 == 0 && !step(2000 + n))
                return cancelled();
        }
        compareBlock();
        if (auto s = resolve(); !s)
            return s;
        m_profiles = {};
        m_strayProfiles.clear();
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
    std::vector<Profile> m_profiles;             // by rid: the name pass's
    QHash<qint64, Profile> m_strayProfiles;      // rids far past the others
    QHash<char16_t, char16_t> m_baseLetters;     // "ī" -> "i", for streetHash
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
    if (options.kind != RecordKind::Company) {
        // The walk names the key indexes, which a large import builds after its rows.
        auto aside = IndexesAside::aside(db);
        if (!aside)
            return aside.error();
        if (!aside->isEmpty())
            return Error{ErrorCode::Invalid,
                         tr("contacts are being imported; look for duplicates again when the "
                            "import has finished"),
                         {}};
    }
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
