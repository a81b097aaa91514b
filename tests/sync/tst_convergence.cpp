// SPDX-License-Identifier: GPL-3.0-or-later
// A seeded, deterministic convergence simulator: 3–8 laptops (each its own SQLite file,
// author and wall clock skewed by hours) and one crm-server (SQLite, driven in-process
// without HTTP) go through random creates, edits, deletes, restores, e-mail and phone
// changes, tags added and removed, custom values and conflict resolutions, while partitions, lost
// push answers, duplicated and late requests, a server that dies before its commit and laptops
// killed in the middle of an apply get in the way. After healing, every laptop must equal the
// server, every acknowledged write must have survived or be kept in a conflict record, and nothing
// may be applied twice.
//
// CRM_SIM_SEEDS=N runs seeds 1..N (default 200), CRM_SIM_SEED=S runs seed S alone,
// CRM_SIM_STEPS=K changes the number of steps per seed. A failing seed prints its seed, the
// trace of its steps and the first difference; the same seed replays the same steps (row ids
// are random UUIDs, so the trace names records by the order they were made: contact#3).
#include "domain/pipeline.h"
#include "serverstore.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "support/builders.h"
#include "sync/conflictservice.h"
#include "sync/localreplica.h"
#include "syncservice.h"

#include <QCborMap>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHashSeed>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <optional>
#include <set>

using namespace crm::core;
using namespace crm::core::sync;
using crm::server::ServerStore;
using crm::server::Session;
using crm::server::SyncService;

namespace {

constexpr qint64 Epoch = 1'780'000'000'000; // the simulated wall clock starts here
constexpr qint64 HourMs = 3600 * 1000;

// A value as SQLite's quote() writes it, so a laptop's column and the server's CBOR compare
// as text: 'text', 42, X'0A1B', NULL.
QString quoteCbor(const QCborValue &v)
{
    switch (v.type()) {
    case QCborValue::Integer:
        return QString::number(v.toInteger());
    case QCborValue::False:
        return QStringLiteral("0");
    case QCborValue::True:
        return QStringLiteral("1");
    case QCborValue::String:
        return u'\'' + v.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
    case QCborValue::ByteArray:
        return u"X'" + QString::fromLatin1(v.toByteArray().toHex().toUpper()) + u'\'';
    case QCborValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    default:
        return QStringLiteral("NULL");
    }
}

QString hex8(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex().left(8));
}

bool newer(quint64 hlcA, const QByteArray &devA, quint64 hlcB, const QByteArray &devB)
{
    return hlcA != hlcB ? hlcA > hlcB : devA > devB;
}

// What the seeds went through, summed up for the closing line.
struct Stats
{
    int seeds = 0, laptops = 0, steps = 0, conflicts = 0, resolutions = 0, lostAnswers = 0,
        serverDeaths = 0, kills = 0, repeatedPushes = 0, latePages = 0, partitions = 0,
        tagChanges = 0, customValueChanges = 0; // the server's log entries of those tables
};

struct Laptop
{
    int index = 0;
    QString user;
    QString team;
    qint64 skewMs = 0;
    QByteArray device;
    QString path;
    DatabasePtr db;
    std::unique_ptr<LocalReplica> replica;
    int offlineUntil = -1;               // partitioned while step < offlineUntil
    std::optional<PushRequest> oldPush;  // a request sent before, for late re-delivery
    std::optional<PullResponse> oldPage; // a page applied before, for late re-delivery
    QString name() const { return QStringLiteral("r%1(%2)").arg(index).arg(user); }
};

// One simulated world: the laptops, the server, the clock and the trace, for one seed.
class World
{
public:
    World(quint32 seed, int steps, const QString &dir, const QString &templatePath)
        : m_seed(seed)
        , m_steps(steps)
        , m_dir(dir)
        , m_template(templatePath)
        , m_rng(seed)
    {}
    ~World();

    // Runs the seed; an empty string when every check held, else what failed.
    QString run();
    const QStringList &trace() const { return m_trace; }
    void addTo(Stats &stats) const;

private:
    // Setup.
    bool setUp();
    bool openLaptop(Laptop &l);
    bool openServer();
    void restartServer(const QString &why);

    // Random choices: everything comes from m_rng, nothing from the real clock.
    int pick(int n) { return n <= 0 ? 0 : int(m_rng.bounded(n)); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template <typename T> const T &oneOf(const QList<T> &list)
    {
        return list.at(pick(list.size()));
    }
    qint64 now() const { return m_now; }

    void log(const QString &line) { m_trace << QStringLiteral("%1: %2").arg(m_step).arg(line); }
    void failWith(const QString &what)
    {
        if (m_failure.isEmpty())
            m_failure = what;
    }
    bool failed() const { return !m_failure.isEmpty(); }

    // Steps.
    void step();
    void createContact(Laptop &l);
    void createCompany(Laptop &l);
    void editContact(Laptop &l);
    void editCompany(Laptop &l);
    void deleteOrRestore(Laptop &l, bool contact);
    bool resolveConflict(Laptop &l); // false: none open
    void killLaptop(Laptop &l, const QString &why);
    // A sync round of `l`: push the outbox in batches, then pull pages; with faults when
    // `faults` is set. Returns how many changes moved (pushed new + pulled).
    int sync(Laptop &l, bool faults);

    // Records that exist on a laptop (in the order the world made them).
    QList<int> present(Laptop &l, const QString &table, std::optional<bool> deleted);
    QString label(const QByteArray &id) const { return m_labels.value(id, hex8(id)); }

    // Checks after healing.
    void checkConverged();
    void checkNothingTwice();
    void checkAcknowledgedWrites();
    std::map<QString, QString> laptopState(Laptop &l);
    std::map<QString, QString> serverState(const QString &user, const QString &team);
    QSqlDatabase serverReader();

    quint32 m_seed;
    int m_steps;
    QString m_dir;
    QString m_template;
    QRandomGenerator m_rng;
    qint64 m_now = Epoch;
    int m_step = 0;
    QStringList m_trace;
    QString m_failure;

    QList<Laptop *> m_laptops;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<SyncService> m_sync;
    QString m_readerName;

    struct Record
    {
        QString table;
        QByteArray id;
    };
    QList<Record> m_records;             // every root record made, in order
    QHash<QByteArray, QString> m_labels; // id -> "contact#3"
    Stats m_stats;
};

void World::addTo(Stats &stats) const
{
    stats.seeds += 1;
    stats.laptops += m_laptops.size();
    stats.steps += m_steps;
    stats.resolutions += m_stats.resolutions;
    stats.lostAnswers += m_stats.lostAnswers;
    stats.serverDeaths += m_stats.serverDeaths;
    stats.kills += m_stats.kills;
    stats.repeatedPushes += m_stats.repeatedPushes;
    stats.latePages += m_stats.latePages;
    stats.partitions += m_stats.partitions;
    stats.conflicts += m_stats.conflicts;
    stats.tagChanges += m_stats.tagChanges;
    stats.customValueChanges += m_stats.customValueChanges;
}

World::~World()
{
    for (Laptop *l : std::as_const(m_laptops)) {
        l->replica.reset();
        l->db.reset();
        delete l;
    }
    m_sync.reset();
    m_store.reset();
    if (!m_readerName.isEmpty())
        QSqlDatabase::removeDatabase(m_readerName);
}

bool World::openLaptop(Laptop &l)
{
    Database::Options options;
    options.localUser = l.user;
    const qint64 skew = l.skewMs;
    const qint64 *now = &m_now;
    options.wallClock = [now, skew] { return *now + skew; };
    auto db = Database::open(l.path, options);
    if (!db) {
        failWith(l.name() + u": cannot open: " + db.error().message());
        return false;
    }
    l.db = *db;
    l.replica = std::make_unique<LocalReplica>(l.db);
    if (l.db->deviceId() != l.device) {
        failWith(l.name() + QStringLiteral(": the device id did not take"));
        return false;
    }
    return true;
}

bool World::openServer()
{
    auto store = ServerStore::open(u"sqlite:" + m_dir + u"/server.sqlite");
    if (!store) {
        failWith(u"server: " + store.error().message());
        return false;
    }
    m_store = std::move(store).value();
    const qint64 *now = &m_now;
    m_sync = std::make_unique<SyncService>(*m_store, [now] { return *now; });
    return true;
}

void World::restartServer(const QString &why)
{
    m_sync.reset();
    m_store.reset();
    log(u"server restarts (" + why + u')');
    openServer();
}

bool World::setUp()
{
    // Users: a team of up to four (some with two laptops) and sometimes one user of another
    // team with records of their own.
    const QStringList red = {QStringLiteral("anna"), QStringLiteral("bob"), QStringLiteral("carl"),
                             QStringLiteral("dana")};
    const int laptops = 3 + pick(6);
    const bool outsider = chance(0.3);
    if (!openServer())
        return false;
    for (const QString &u : red) {
        if (auto s = m_store->insertUser({u, QStringLiteral("red"), QStringLiteral("-"), false, 0});
            !s)
            return failWith(s.error().message()), false;
    }
    if (auto s = m_store->insertUser(
            {QStringLiteral("erik"), QStringLiteral("blue"), QStringLiteral("-"), false, 0});
        !s)
        return failWith(s.error().message()), false;

    QStringList setup;
    for (int i = 0; i < laptops; ++i) {
        auto *l = new Laptop;
        m_laptops << l;
        l->index = i;
        if (outsider && i == laptops - 1) {
            l->user = QStringLiteral("erik");
            l->team = QStringLiteral("blue");
        } else {
            l->user = i < 2 ? red.at(i) : oneOf(red); // anna and bob, then anyone (2nd laptops)
            l->team = QStringLiteral("red");
        }
        // Skew of up to ± 5 hours; a third of the laptops keep good time.
        l->skewMs =
            chance(0.33) ? qint64(pick(2000)) - 1000 : (qint64(pick(10 * 3600)) - 5 * 3600) * 1000;
        l->device = QByteArray(16, 0);
        for (int b = 0; b < 16; ++b)
            l->device[b] = char(m_rng.bounded(256));
        l->path = m_dir + QStringLiteral("/laptop%1.sqlite").arg(i);
        if (!QFile::copy(m_template, l->path))
            return failWith(u"cannot copy the template to " + l->path), false;
        {
            const QString name = QStringLiteral("sim-setup-%1").arg(l->path);
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(l->path);
                if (!raw.open())
                    return failWith(u"cannot open " + l->path), false;
                QSqlQuery q(raw);
                q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'device_id'"));
                q.addBindValue(l->device);
                if (!q.exec())
                    return failWith(q.lastError().text()), false;
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        if (!openLaptop(*l))
            return false;
        setup << QStringLiteral("%1 device %2 skew %3 min")
                     .arg(l->name(), hex8(l->device))
                     .arg(double(l->skewMs) / 60000.0, 0, 'f', 1);
    }
    log(QStringLiteral("seed %1: %2 laptops: ").arg(m_seed).arg(laptops) + setup.join(u", "));
    return true;
}

QSqlDatabase World::serverReader()
{
    if (m_readerName.isEmpty()) {
        m_readerName = QStringLiteral("sim-server-reader-%1").arg(m_seed);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_readerName);
        db.setDatabaseName(m_dir + u"/server.sqlite");
        db.open();
    }
    return QSqlDatabase::database(m_readerName);
}

QList<int> World::present(Laptop &l, const QString &table, std::optional<bool> deleted)
{
    QList<int> out;
    QSqlDatabase db = l.db->connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT deleted FROM " + table + u" WHERE id = ?");
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records[i].table != table)
            continue;
        q.addBindValue(m_records[i].id);
        q.exec();
        if (q.next() && (!deleted || q.value(0).toBool() == *deleted))
            out << i;
        q.finish();
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// Local edits

const QStringList FirstNames = {QStringLiteral("Anna"), QStringLiteral("Jānis"),
                                QStringLiteral("Ελένη"), QStringLiteral("Ирина")};
const QStringList LastNames = {QStringLiteral("Bērziņš"), QStringLiteral("Kowalska"),
                               QStringLiteral("Tamm"), QStringLiteral("O'Brien")};
const QStringList Cities = {QStringLiteral("Rīga"), QStringLiteral("Tallinn"),
                            QStringLiteral("Łódź"), QStringLiteral("")};
const QStringList Titles = {QStringLiteral("CEO"), QStringLiteral("Engineer"), QStringLiteral(""),
                            QStringLiteral("Директор")};
const QStringList Notes = {QStringLiteral("call back"), QStringLiteral("met at the fair"),
                           QStringLiteral(""), QStringLiteral("VIP")};
const QStringList Emails = {QStringLiteral("a@example.lv"), QStringLiteral("b@example.pl"),
                            QStringLiteral("c@example.ee"), QStringLiteral("d@example.gr")};
const QStringList Phones = {QStringLiteral("+371 2000 0001"), QStringLiteral("+48 600 000 002"),
                            QStringLiteral("+372 5000 0003")};
const QStringList Companies = {QStringLiteral("Łódzka Sp. z o.o."), QStringLiteral("Baltic AS"),
                               QStringLiteral("Nordic Oy")};
const QStringList Industries = {QStringLiteral("Retail"), QStringLiteral("IT"), QStringLiteral("")};
const QStringList Tags = {QStringLiteral("VIP"), QStringLiteral("Partner"),
                          QStringLiteral("Ģimene")};
const QStringList Ratings = {QStringLiteral("gold"), QStringLiteral("silver"), QStringLiteral("")};

void World::createContact(Laptop &l)
{
    Contact c = crm::test::contact(oneOf(FirstNames), oneOf(LastNames),
                                   chance(0.6) ? oneOf(Emails) : QString(),
                                   chance(0.4) ? oneOf(Phones) : QString());
    c.city = oneOf(Cities);
    if (chance(0.12))
        c.visibility = QStringLiteral("private");
    const QList<int> companies = present(l, QStringLiteral("companies"), false);
    if (!companies.isEmpty() && chance(0.5))
        c.companyId = m_records[oneOf(companies)].id;
    auto id = ContactRepository(l.db).create(c);
    if (!id) {
        log(l.name() + u" cannot create a contact: " + id.error().message());
        return;
    }
    const QString name = QStringLiteral("contact#%1").arg(m_records.size());
    m_records << Record{QStringLiteral("contacts"), *id};
    m_labels.insert(*id, name);
    log(QStringLiteral("%1 creates %2 %3 %4, %5 e-mail(s), %6 phone(s)%7")
            .arg(l.name(), name, c.firstName, c.lastName)
            .arg(c.emails.size())
            .arg(c.phones.size())
            .arg(c.visibility == u"private" ? QStringLiteral(", private") : QString()));
}

void World::createCompany(Laptop &l)
{
    Company c = crm::test::company(oneOf(Companies), oneOf(Cities));
    if (chance(0.1))
        c.visibility = QStringLiteral("private");
    auto id = CompanyRepository(l.db).create(c);
    if (!id) {
        log(l.name() + u" cannot create a company: " + id.error().message());
        return;
    }
    const QString name = QStringLiteral("company#%1").arg(m_records.size());
    m_records << Record{QStringLiteral("companies"), *id};
    m_labels.insert(*id, name);
    log(QStringLiteral("%1 creates %2 %3%4")
            .arg(l.name(), name, c.name,
                 c.visibility == u"private" ? QStringLiteral(", private") : QString()));
}

void World::editContact(Laptop &l)
{
    const QList<int> live = present(l, QStringLiteral("contacts"), false);
    if (live.isEmpty())
        return createContact(l);
    // Most edits go to the first few contacts, so laptops often edit the same fields.
    const int which = chance(0.8) ? live.at(pick(std::min<int>(live.size(), 2))) : oneOf(live);
    const QByteArray id = m_records[which].id;
    ContactRepository repo(l.db);
    auto got = repo.get(id);
    if (!got) {
        log(l.name() + u" cannot load " + label(id) + u": " + got.error().message());
        return;
    }
    Contact c = *got;
    QStringList what;
    const int edits = 1 + pick(2);
    for (int e = 0; e < edits; ++e) {
        switch (pick(11)) {
        case 0:
            c.city = oneOf(Cities);
            what << u"city='" + c.city + u'\'';
            break;
        case 1:
            c.title = oneOf(Titles);
            what << u"title='" + c.title + u'\'';
            break;
        case 2:
            c.notes = oneOf(Notes);
            what << u"notes='" + c.notes + u'\'';
            break;
        case 3: {
            static const QList<LifecycleStatus> all = {
                LifecycleStatus::Lead, LifecycleStatus::Prospect, LifecycleStatus::Customer};
            c.status = oneOf(all);
            what << u"status=" + lifecycleKey(c.status);
            break;
        }
        case 4:
            c.firstName = oneOf(FirstNames);
            what << u"first_name='" + c.firstName + u'\'';
            break;
        case 5: // add an e-mail, or change one
            if (!c.emails.isEmpty() && chance(0.5)) {
                EmailAddress &m = c.emails[pick(c.emails.size())];
                m.address = oneOf(Emails);
                what << u"an e-mail := " + m.address;
            } else {
                c.emails << EmailAddress{{}, QStringLiteral("work"), oneOf(Emails)};
                what << u"+e-mail " + c.emails.last().address;
            }
            break;
        case 6: // remove an e-mail
            if (!c.emails.isEmpty()) {
                what << u"-e-mail " + c.emails.takeAt(pick(c.emails.size())).address;
            }
            break;
        case 7: // a phone: add, change or remove
            if (!c.phones.isEmpty() && chance(0.35)) {
                what << u"-phone " + c.phones.takeAt(pick(c.phones.size())).number;
            } else if (!c.phones.isEmpty() && chance(0.5)) {
                PhoneNumber &p = c.phones[pick(c.phones.size())];
                p.number = oneOf(Phones);
                what << u"a phone := " + p.number;
            } else {
                c.phones << PhoneNumber{{}, QStringLiteral("mobile"), oneOf(Phones)};
                what << u"+phone " + c.phones.last().number;
            }
            break;
        case 8: {
            const QList<int> companies = present(l, QStringLiteral("companies"), false);
            if (companies.isEmpty() || chance(0.2)) {
                c.companyId.clear();
                what << QStringLiteral("no company");
            } else {
                c.companyId = m_records[oneOf(companies)].id;
                what << u"company " + label(c.companyId);
            }
            break;
        }
        case 9: { // a tag: add or remove (contact_tags, and a tag row the first time)
            const QString tag = oneOf(Tags);
            if (c.tags.removeAll(tag) > 0) {
                what << u"-tag " + tag;
            } else {
                c.tags << tag;
                what << u"+tag " + tag;
            }
            break;
        }
        case 10: { // a custom value (custom_values); the definition's id is the same everywhere
            // A definition is the team's: one of another team with the same key would be
            // refused as theirs, so only the first team uses custom fields here.
            if (l.team != u"red")
                break;
            CustomFieldRepository fields(l.db);
            if (!fields.get(CustomEntity::Contact, QStringLiteral("rating"))) {
                CustomFieldDefinition def;
                def.entity = CustomEntity::Contact;
                def.key = QStringLiteral("rating");
                def.label = QStringLiteral("Rating");
                if (auto added = fields.add(def); !added) {
                    log(l.name() + u" cannot define rating: " + added.error().message());
                    break;
                }
                what << QStringLiteral("defines rating");
            }
            c.custom.insert(QStringLiteral("rating"), oneOf(Ratings));
            what << u"rating='" + c.custom.value(QStringLiteral("rating")) + u'\'';
            break;
        }
        }
    }
    if (auto s = repo.update(c); !s) {
        log(l.name() + u" cannot edit " + label(id) + u": " + s.error().message());
        return;
    }
    log(l.name() + u" edits " + label(id) + u": " + what.join(u", "));
}

void World::editCompany(Laptop &l)
{
    const QList<int> live = present(l, QStringLiteral("companies"), false);
    if (live.isEmpty())
        return createCompany(l);
    const QByteArray id = m_records[oneOf(live)].id;
    CompanyRepository repo(l.db);
    auto got = repo.get(id);
    if (!got) {
        log(l.name() + u" cannot load " + label(id) + u": " + got.error().message());
        return;
    }
    Company c = *got;
    QString what;
    switch (pick(3)) {
    case 0:
        c.city = oneOf(Cities);
        what = u"city='" + c.city + u'\'';
        break;
    case 1:
        c.industry = oneOf(Industries);
        what = u"industry='" + c.industry + u'\'';
        break;
    default:
        c.name = oneOf(Companies);
        what = u"name='" + c.name + u'\'';
        break;
    }
    if (auto s = repo.update(c); !s) {
        log(l.name() + u" cannot edit " + label(id) + u": " + s.error().message());
        return;
    }
    log(l.name() + u" edits " + label(id) + u": " + what);
}

void World::deleteOrRestore(Laptop &l, bool contact)
{
    const QString table = contact ? QStringLiteral("contacts") : QStringLiteral("companies");
    const bool restore = chance(0.4);
    const QList<int> candidates = present(l, table, restore);
    if (candidates.isEmpty())
        return;
    const QByteArray id = m_records[chance(0.6) ? candidates.first() : oneOf(candidates)].id;
    Status s =
        contact
            ? (restore ? ContactRepository(l.db).restore(id) : ContactRepository(l.db).remove(id))
            : (restore ? CompanyRepository(l.db).restore(id) : CompanyRepository(l.db).remove(id));
    log(l.name() + (restore ? u" restores " : u" deletes ") + label(id) +
        (s ? QString() : u" — refused: " + s.error().message()));
}

bool World::resolveConflict(Laptop &l)
{
    ConflictService conflicts(l.db);
    auto open = conflicts.list(true);
    if (!open) {
        failWith(l.name() + u": listing conflicts: " + open.error().message());
        return false;
    }
    if (open->isEmpty())
        return false;
    const Conflict &c = open->at(pick(open->size()));
    const bool bothPossible =
        c.kind == u"value" && ((c.table == u"contact_emails" && c.column == u"email") ||
                               (c.table == u"contact_phones" && c.column == u"phone"));
    ConflictService::Keep keep = ConflictService::Keep::Mine;
    QString how = QStringLiteral("mine");
    if (bothPossible && chance(0.4)) {
        keep = ConflictService::Keep::Both;
        how = QStringLiteral("both");
    } else if (chance(0.5)) {
        keep = ConflictService::Keep::Theirs;
        how = QStringLiteral("theirs");
    }
    const QString what = QStringLiteral("%1 conflict on %2.%3 (%4 %5 vs %6) keeping %7")
                             .arg(c.kind, label(c.row), c.column, c.table, c.winnerValue.toString(),
                                  c.loserValue.toString(), how);
    if (auto s = conflicts.resolve(c.id, keep); !s) {
        log(l.name() + u" cannot resolve " + what + u": " + s.error().message());
        return true;
    }
    ++m_stats.resolutions;
    log(l.name() + u" resolves " + what);
    return true;
}

void World::killLaptop(Laptop &l, const QString &why)
{
    ++m_stats.kills;
    log(l.name() + u" is killed " + why + u" and starts again");
    l.replica.reset();
    l.db.reset();
    openLaptop(l);
}

// ---------------------------------------------------------------------------------------
// Sync

int World::sync(Laptop &l, bool faults)
{
    const Session session{l.user, l.team, l.device};
    int moved = 0;
    auto fault = [&](double p) { return faults && chance(p); };
    SyncReport report;

    // Push, batch by batch, as SyncEngine does; a failure ends the round.
    for (int round = 0; round < 50; ++round) {
        const int limit = faults ? 1 + pick(25) : 500;
        auto batch = l.replica->pending(limit);
        if (!batch) {
            failWith(l.name() + u": pending: " + batch.error().message());
            return moved;
        }
        if (batch->isEmpty())
            break;
        const PushRequest request{l.device, *batch};
        const QString span =
            QStringLiteral("%1..%2").arg(batch->first().counter).arg(batch->last().counter);
        if (fault(0.05)) {
            // The server dies after doing the work, before its commit.
            ++m_stats.serverDeaths;
            m_sync->setFailBeforeCommitForTesting(true);
            auto answer = m_sync->push(session, request);
            if (answer || answer.refusal().status != 503)
                failWith(QStringLiteral("a push that failed before commit answered"));
            restartServer(l.name() + u" pushed " + span + u", the server died before commit");
            return moved;
        }
        auto answer = m_sync->push(session, request);
        if (!answer) {
            failWith(l.name() + u": push refused: " + answer.refusal().reason);
            return moved;
        }
        if (answer->results.size() != batch->size()) {
            failWith(l.name() + u": the server answered a different number of changes");
            return moved;
        }
        PushResponse response = *answer;
        if (fault(0.08)) {
            // The request arrives twice: the second answer is the first one, as Duplicates.
            ++m_stats.repeatedPushes;
            auto again = m_sync->push(session, request);
            if (!again) {
                failWith(l.name() + u": a repeated push was refused: " + again.refusal().reason);
                return moved;
            }
            for (int i = 0; i < response.results.size(); ++i) {
                const PushResult &a = response.results[i], &b = again->results.value(i);
                const bool same =
                    a.counter == b.counter && a.serverSeq == b.serverSeq && a.hlc == b.hlc &&
                    (a.status == PushStatus::Rejected ? b.status == PushStatus::Rejected
                                                      : b.status == PushStatus::Duplicate);
                if (!same) {
                    failWith(QStringLiteral("%1: a repeated push of counter %2 was answered "
                                            "differently (seq %3 vs %4, status %5)")
                                 .arg(l.name())
                                 .arg(a.counter)
                                 .arg(a.serverSeq)
                                 .arg(b.serverSeq)
                                 .arg(int(b.status)));
                    return moved;
                }
            }
            log(l.name() + u" push " + span + u" delivered twice");
            if (chance(0.5))
                response = *again;
        }
        for (const PushResult &r : response.results)
            moved += r.status == PushStatus::Applied;
        if (fault(0.10)) {
            ++m_stats.lostAnswers;
            l.oldPush = request;
            log(l.name() + u" pushed " + span + u", the answer was lost");
            return moved;
        }
        if (auto s = l.replica->acknowledge(*batch, response, report); !s) {
            failWith(l.name() + u": acknowledge: " + s.error().message());
            return moved;
        }
        if (chance(0.3))
            l.oldPush = request;
        log(QStringLiteral("%1 pushed %2").arg(l.name(), span));
    }
    if (l.oldPush && fault(0.1)) {
        // An old request shows up again later, and its late answer reaches the laptop.
        ++m_stats.repeatedPushes;
        auto late = m_sync->push(session, *l.oldPush);
        if (!late) {
            failWith(l.name() + u": a late push was refused: " + late.refusal().reason);
            return moved;
        }
        for (const PushResult &r : late->results) {
            if (r.status == PushStatus::Applied) {
                failWith(QStringLiteral("%1: a late push of counter %2 was applied again")
                             .arg(l.name())
                             .arg(r.counter));
                return moved;
            }
        }
        if (auto s = l.replica->acknowledge(l.oldPush->changes, *late, report); !s) {
            failWith(l.name() + u": acknowledging a late answer: " + s.error().message());
            return moved;
        }
        log(QStringLiteral("%1 push %2..%3 delivered again late and answered")
                .arg(l.name())
                .arg(l.oldPush->changes.first().counter)
                .arg(l.oldPush->changes.last().counter));
        l.oldPush.reset();
    }

    // Pull, page by page.
    auto cursor = l.replica->pullCursor();
    if (!cursor) {
        failWith(l.name() + u": cursor: " + cursor.error().message());
        return moved;
    }
    qint64 since = *cursor;
    for (int pages = 0; pages < 1000; ++pages) {
        const int limit = faults ? 1 + pick(30) : 200;
        auto page = m_sync->pull(session, since, limit);
        if (!page) {
            failWith(l.name() + u": pull refused: " + page.refusal().reason);
            return moved;
        }
        if (fault(0.04)) {
            log(QStringLiteral("%1 pulled since %2, the page was lost").arg(l.name()).arg(since));
            return moved;
        }
        if (fault(0.04)) {
            // Killed in the middle of applying: the transaction never commits.
            Status s;
            {
                QSqlDatabase db = l.db->connection();
                QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
                SyncReport ignored;
                s = l.replica->apply(*page, ignored);
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            }
            if (!s) {
                failWith(l.name() + u": apply: " + s.error().message());
                return moved;
            }
            killLaptop(l, QStringLiteral("while applying %1 changes since %2")
                              .arg(page->changes.size())
                              .arg(since));
            return moved;
        }
        const int before = report.pulled;
        if (auto s = l.replica->apply(*page, report); !s) {
            failWith(l.name() + u": apply: " + s.error().message());
            return moved;
        }
        moved += report.pulled - before;
        if (page->changes.size() > 0 || page->next != since)
            log(QStringLiteral("%1 pulled %2 since %3, next %4%5")
                    .arg(l.name())
                    .arg(page->changes.size())
                    .arg(since)
                    .arg(page->next)
                    .arg(report.pulled - before != page->changes.size()
                             ? QStringLiteral(" (%1 new)").arg(report.pulled - before)
                             : QString()));
        if (l.oldPage && fault(0.1)) {
            // An older page delivered after a newer one: nothing twice, the cursor stays.
            ++m_stats.latePages;
            SyncReport late;
            if (auto s = l.replica->apply(*l.oldPage, late); !s) {
                failWith(l.name() + u": applying a late page: " + s.error().message());
                return moved;
            }
            if (late.pulled != 0)
                failWith(QStringLiteral("%1: a late page applied %2 changes again")
                             .arg(l.name())
                             .arg(late.pulled));
            auto after = l.replica->pullCursor();
            if (!after || *after < page->next)
                failWith(l.name() + u": a late page moved the cursor back");
            log(QStringLiteral("%1 got an old page (next %2) again")
                    .arg(l.name())
                    .arg(l.oldPage->next));
        }
        if (!page->changes.isEmpty() && chance(0.3))
            l.oldPage = *page;
        if (!page->more || page->next <= since)
            break;
        since = page->next;
    }
    return moved;
}

// ---------------------------------------------------------------------------------------
// The run

void World::step()
{
    m_now += 1 + pick(chance(0.1) ? 600'000 : 5'000);
    Laptop &l = *m_laptops[pick(m_laptops.size())];
    const bool online = m_step >= l.offlineUntil;
    // A person with open conflicts often deals with one.
    if (chance(0.2) && resolveConflict(l))
        return;
    const int action = pick(100);
    if (action < 8)
        createContact(l);
    else if (action < 10)
        createCompany(l);
    else if (action < 42)
        editContact(l);
    else if (action < 46)
        editCompany(l);
    else if (action < 52)
        deleteOrRestore(l, true);
    else if (action < 54)
        deleteOrRestore(l, false);
    else if (action < 62)
        (void)resolveConflict(l);
    else if (action < 65) {
        if (online) {
            ++m_stats.partitions;
            l.offlineUntil = m_step + 5 + pick(std::max(10, m_steps / 3));
            log(QStringLiteral("%1 goes offline until step %2").arg(l.name()).arg(l.offlineUntil));
        }
    } else if (action < 66) {
        restartServer(QStringLiteral("idle"));
    } else if (action < 67) {
        killLaptop(l, QStringLiteral("while idle"));
    } else if (online) {
        sync(l, true);
    }
}

QString World::run()
{
    if (!setUp())
        return m_failure;
    for (m_step = 1; m_step <= m_steps && !failed(); ++m_step)
        step();
    if (failed())
        return m_failure;

    // Healing: everyone online, rounds without faults until nothing moves.
    auto heal = [this] {
        log(QStringLiteral("healing"));
        bool quiet = false;
        for (int round = 0; round < 12 && !quiet && !failed(); ++round) {
            quiet = true;
            for (Laptop *l : std::as_const(m_laptops)) {
                m_now += 1000;
                l->offlineUntil = -1;
                if (sync(*l, false) > 0)
                    quiet = false;
            }
        }
        if (!failed() && !quiet)
            failWith(QStringLiteral("sync did not settle after 12 rounds"));
    };
    heal();
    // Then people deal with the conflicts that arrived, each on their own before syncing
    // (two may resolve one conflict differently), and everyone syncs again.
    for (Laptop *l : std::as_const(m_laptops)) {
        for (int i = 0; i < 2 && !failed(); ++i) {
            m_now += 1 + pick(5000);
            if (chance(0.5))
                (void)resolveConflict(*l);
        }
    }
    if (!failed())
        heal();
    if (!failed())
        checkConverged();
    if (!failed())
        checkNothingTwice();
    if (!failed())
        checkAcknowledgedWrites();
    if (!failed()) {
        QSqlQuery n(serverReader());
        n.exec(QStringLiteral("SELECT count(*) FROM log WHERE tbl = 'conflicts' AND col = ''"));
        m_stats.conflicts = n.next() ? n.value(0).toInt() : 0;
        n.exec(QStringLiteral("SELECT count(*) FROM log WHERE tbl = 'contact_tags'"));
        m_stats.tagChanges = n.next() ? n.value(0).toInt() : 0;
        n.exec(QStringLiteral("SELECT count(*) FROM log WHERE tbl = 'custom_values'"));
        m_stats.customValueChanges = n.next() ? n.value(0).toInt() : 0;
    }
    return m_failure;
}

// ---------------------------------------------------------------------------------------
// Checks

// Every synced column of every row of every synced table: "table/id/column" -> quote(value).
std::map<QString, QString> World::laptopState(Laptop &l)
{
    std::map<QString, QString> out;
    QSqlDatabase db = l.db->connection();
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sync_tables ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QStringList cols;
        QSqlQuery info(db);
        info.exec(u"PRAGMA table_info(" + table + u')');
        while (info.next()) {
            const QString c = info.value(1).toString();
            if (c != u"rid" && c != u"id" && !c.startsWith(u"local_"))
                cols << c;
        }
        QStringList quoted;
        for (const QString &c : std::as_const(cols))
            quoted << u"quote(\"" + c + u"\")";
        // The seeded default pipeline is on every laptop by migration, not on the server: a
        // field of it counts once someone wrote it (it then has a field clock).
        QSet<QString> written;
        QSqlQuery clocks(db);
        clocks.prepare(QStringLiteral("SELECT row, col FROM field_clocks WHERE tbl = ?"));
        clocks.addBindValue(table);
        clocks.exec();
        while (clocks.next())
            written.insert(QString::fromLatin1(clocks.value(0).toByteArray().toHex()) + u'/' +
                           clocks.value(1).toString());
        QSqlQuery rows(db);
        rows.exec(u"SELECT id, " + quoted.join(u", ") + u" FROM " + table);
        while (rows.next()) {
            const QByteArray id = rows.value(0).toByteArray();
            const QString row = QString::fromLatin1(id.toHex());
            const bool seeded = DefaultPipeline::isSeeded(id);
            for (int i = 0; i < cols.size(); ++i) {
                if (seeded && !written.contains(row + u'/' + cols[i]))
                    continue;
                out[table + u'/' + row + u'/' + cols[i]] = rows.value(i + 1).toString();
            }
        }
    }
    return out;
}

// The server's field state of every record the user may see.
std::map<QString, QString> World::serverState(const QString &user, const QString &team)
{
    std::map<QString, QString> out;
    QSqlQuery q(serverReader());
    q.prepare(QStringLiteral(
        "SELECT f.tbl, f.row_id, f.col, f.value FROM fields f"
        " JOIN records r ON r.row_id = f.row_id JOIN records root ON root.row_id = r.root"
        " JOIN users u ON u.name = root.owner"
        " WHERE root.owner = ? OR (root.visibility = 'team' AND u.team = ?)"));
    q.addBindValue(user);
    q.addBindValue(team);
    if (!q.exec())
        failWith(u"reading the server: " + q.lastError().text());
    while (q.next())
        out[q.value(0).toString() + u'/' + QString::fromLatin1(q.value(1).toByteArray().toHex()) +
            u'/' + q.value(2).toString()] =
            quoteCbor(QCborValue::fromCbor(q.value(3).toByteArray()));
    return out;
}

void World::checkConverged()
{
    for (Laptop *l : std::as_const(m_laptops)) {
        auto pending = l->replica->pendingCount();
        if (!pending || *pending != 0) {
            failWith(QStringLiteral("%1 still has %2 changes in its outbox")
                         .arg(l->name())
                         .arg(pending ? *pending : -1));
            return;
        }
        QSqlQuery rejected(l->db->connection());
        rejected.exec(QStringLiteral("SELECT tbl, col, reason FROM sync_rejections"));
        if (rejected.next()) {
            failWith(QStringLiteral("%1: the server refused a change of %2.%3: %4")
                         .arg(l->name(), rejected.value(0).toString(), rejected.value(1).toString(),
                              rejected.value(2).toString()));
            return;
        }
        const auto mine = laptopState(*l);
        const auto server = serverState(l->user, l->team);
        auto a = mine.begin();
        auto b = server.begin();
        while (a != mine.end() || b != server.end()) {
            if (a != mine.end() && b != server.end() && a->first == b->first) {
                if (a->second != b->second) {
                    failWith(QStringLiteral("%1 differs from the server at %2: laptop %3, "
                                            "server %4")
                                 .arg(l->name(), a->first, a->second, b->second));
                    return;
                }
                ++a;
                ++b;
            } else if (b == server.end() || (a != mine.end() && a->first < b->first)) {
                failWith(QStringLiteral("%1 has %2 = %3, the server has no such field")
                             .arg(l->name(), a->first, a->second));
                return;
            } else {
                failWith(QStringLiteral("%1 lacks %2 (the server has %3)")
                             .arg(l->name(), b->first, b->second));
                return;
            }
        }
    }
}

void World::checkNothingTwice()
{
    for (Laptop *l : std::as_const(m_laptops)) {
        QSqlDatabase db = l->db->connection();
        QSqlQuery twice(db);
        twice.exec(QStringLiteral("SELECT hex(device), counter, count(*) FROM change_log GROUP BY "
                                  "device, counter HAVING count(*) > 1"));
        if (twice.next()) {
            failWith(QStringLiteral("%1 logged change %2/%3 %4 times")
                         .arg(l->name(), twice.value(0).toString().left(8),
                              twice.value(1).toString(), twice.value(2).toString()));
            return;
        }
        // The laptop's log holds exactly the server's log entries it may see (its own
        // included), each once.
        std::set<std::pair<QByteArray, qint64>> local, server;
        QSqlQuery mine(db);
        mine.exec(QStringLiteral("SELECT device, counter FROM change_log"));
        while (mine.next())
            local.insert({mine.value(0).toByteArray(), mine.value(1).toLongLong()});
        QSqlQuery q(serverReader());
        q.prepare(QStringLiteral(
            "SELECT l.device, l.counter FROM log l JOIN records r ON r.row_id = l.rec"
            " JOIN users u ON u.name = r.owner"
            " WHERE r.owner = ? OR (r.visibility = 'team' AND u.team = ?)"));
        q.addBindValue(l->user);
        q.addBindValue(l->team);
        q.exec();
        while (q.next())
            server.insert({q.value(0).toByteArray(), q.value(1).toLongLong()});
        if (local != server) {
            std::vector<std::pair<QByteArray, qint64>> onlyLocal, onlyServer;
            std::set_difference(local.begin(), local.end(), server.begin(), server.end(),
                                std::back_inserter(onlyLocal));
            std::set_difference(server.begin(), server.end(), local.begin(), local.end(),
                                std::back_inserter(onlyServer));
            failWith(QStringLiteral("%1 logged %2 changes, the server %3 it may see (%4 only on "
                                    "the laptop, e.g. %5; %6 only on the server, e.g. %7)")
                         .arg(l->name())
                         .arg(local.size())
                         .arg(server.size())
                         .arg(onlyLocal.size())
                         .arg(onlyLocal.empty() ? QString()
                                                : hex8(onlyLocal.front().first) + u'/' +
                                                      QString::number(onlyLocal.front().second))
                         .arg(onlyServer.size())
                         .arg(onlyServer.empty() ? QString()
                                                 : hex8(onlyServer.front().first) + u'/' +
                                                       QString::number(onlyServer.front().second)));
            return;
        }
    }
}

// Every acknowledged write survived or is kept. After healing every outbox is empty, so
// every write the laptops made and the server accepted is in the server's log, and was
// acknowledged. For each such field write W — a field edit, or one field of a created row
// — to field f = (table, row, column), with F the final state of f:
//   (1) last writer wins: F is the write to f with the largest (hlc, device), and
//   (2) nothing is lost silently — W survived, that is:
//       (a) W's value is F's value, or a conflict record about f keeps W's value (as winner
//           or loser value, open or resolved); or
//       (b) W was overwritten knowingly: some write W' to f, newer than W by (hlc, device),
//           was made by W's own device or by one that had seen W (W'.base_seq >= W's
//           server_seq); or
//       (c) W lost to a newer concurrent write W' of the same value (so there was nothing
//           to tell apart) and W' survived. Example: bob sets CEO; carl, offline, also
//           sets CEO (newer, equal: no conflict) and then changes his own CEO to Engineer
//           (his device: knowingly). The server compares a write only with the field's
//           current value, so it records no conflict there, and the simulator accepts it.
// Conflict records themselves are exempt from (2): by design the server records no
// conflicts about them (two laptops resolving one conflict at once: last writer wins).
void World::checkAcknowledgedWrites()
{
    struct Write
    {
        QString value;
        quint64 hlc;
        QByteArray device;
        qint64 seq;
        qint64 base;
        QString author;
    };
    std::map<QString, QList<Write>> writes; // "table/row/col" -> writes, server_seq order
    std::map<QString, Write> final;
    std::map<QString, QSet<QString>> kept; // "table/row/col" -> values conflicts keep
    QSqlDatabase db = serverReader();
    QSqlQuery log(db);
    log.exec(QStringLiteral("SELECT tbl, row_id, col, value, hlc, device, server_seq, base_seq, "
                            "author FROM log ORDER BY server_seq"));
    while (log.next()) {
        const QString table = log.value(0).toString();
        const QString row = QString::fromLatin1(log.value(1).toByteArray().toHex());
        const QString col = log.value(2).toString();
        const QCborValue value = QCborValue::fromCbor(log.value(3).toByteArray());
        Write w{{},
                quint64(log.value(4).toLongLong()),
                log.value(5).toByteArray(),
                log.value(6).toLongLong(),
                log.value(7).toLongLong(),
                log.value(8).toString()};
        if (col.isEmpty()) {
            const QCborMap m = value.toMap();
            for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
                w.value = quoteCbor(it.value());
                writes[table + u'/' + row + u'/' + it.key().toString()] << w;
            }
        } else {
            w.value = quoteCbor(value);
            writes[table + u'/' + row + u'/' + col] << w;
        }
    }
    QSqlQuery fields(db);
    fields.exec(QStringLiteral("SELECT tbl, row_id, col, value, hlc, device, server_seq FROM "
                               "fields"));
    while (fields.next()) {
        const QString key = fields.value(0).toString() + u'/' +
                            QString::fromLatin1(fields.value(1).toByteArray().toHex()) + u'/' +
                            fields.value(2).toString();
        final[key] = Write{quoteCbor(QCborValue::fromCbor(fields.value(3).toByteArray())),
                           quint64(fields.value(4).toLongLong()),
                           fields.value(5).toByteArray(),
                           fields.value(6).toLongLong(),
                           0,
                           {}};
    }
    // Conflict records, from their current field values.
    std::map<QString, std::map<QString, QCborValue>> conflicts; // conflict row -> col -> value
    QSqlQuery c(db);
    c.exec(QStringLiteral("SELECT row_id, col, value FROM fields WHERE tbl = 'conflicts'"));
    while (c.next())
        conflicts[QString::fromLatin1(c.value(0).toByteArray().toHex())][c.value(1).toString()] =
            QCborValue::fromCbor(c.value(2).toByteArray());
    for (const auto &[id, cols] : conflicts) {
        const QString key =
            cols.at(QStringLiteral("tbl")).toString() + u'/' +
            QString::fromLatin1(cols.at(QStringLiteral("row")).toByteArray().toHex()) + u'/' +
            cols.at(QStringLiteral("col")).toString();
        kept[key] << quoteCbor(cols.at(QStringLiteral("winner_value")))
                  << quoteCbor(cols.at(QStringLiteral("loser_value")));
    }

    for (const auto &[key, list] : writes) {
        auto f = final.find(key);
        if (f == final.end()) {
            failWith(u"the server has writes to " + key + u" but no field state");
            return;
        }
        const Write *newest = nullptr;
        for (const Write &w : list) {
            if (!newest || newer(w.hlc, w.device, newest->hlc, newest->device))
                newest = &w;
        }
        if (newest->hlc != f->second.hlc || newest->device != f->second.device ||
            newest->value != f->second.value) {
            failWith(QStringLiteral("last writer does not win at %1: the field holds %2 (seq %3) "
                                    "but %4 (seq %5) is newer")
                         .arg(key, f->second.value)
                         .arg(f->second.seq)
                         .arg(newest->value)
                         .arg(newest->seq));
            return;
        }
        if (key.startsWith(u"conflicts/"))
            continue;
        // Newest first, so (2c) can ask whether a newer write of the same value survived.
        QList<const Write *> order;
        for (const Write &w : list)
            order << &w;
        std::sort(order.begin(), order.end(), [](const Write *a, const Write *b) {
            return newer(a->hlc, a->device, b->hlc, b->device);
        });
        QSet<const Write *> survived;
        auto k = kept.find(key);
        for (const Write *wp : std::as_const(order)) {
            const Write &w = *wp;
            bool ok =
                w.value == f->second.value || (k != kept.end() && k->second.contains(w.value));
            for (const Write &o : list) {
                if (ok)
                    break;
                if (newer(o.hlc, o.device, w.hlc, w.device) &&
                    (o.device == w.device || o.base >= w.seq ||
                     (o.value == w.value && survived.contains(&o))))
                    ok = true;
            }
            if (ok) {
                survived.insert(wp);
                continue;
            }
            QStringList history;
            for (const Write &o : list)
                history << QStringLiteral("seq %1 base %2 %3 device %4 hlc %5.%6 %7")
                               .arg(o.seq)
                               .arg(o.base)
                               .arg(o.author, hex8(o.device))
                               .arg(HybridLogicalClock::millis(o.hlc) - Epoch)
                               .arg(HybridLogicalClock::counter(o.hlc))
                               .arg(o.value);
            if (k != kept.end())
                history << u"conflict records keep " + QStringList(k->second.values()).join(u", ");
            failWith(QStringLiteral("the write %1 = %2 by %3 (seq %4, base %5) is lost: the "
                                    "field holds %6 (seq %7) and no conflict record keeps it; "
                                    "writes to the field (hlc in ms since the start):\n    %8")
                         .arg(label(QByteArray::fromHex(key.section(u'/', 1, 1).toLatin1())) +
                                  u'.' + key.section(u'/', 2),
                              w.value, w.author)
                         .arg(w.seq)
                         .arg(w.base)
                         .arg(f->second.value)
                         .arg(f->second.seq)
                         .arg(history.join(QStringLiteral("\n    "))));
            return;
        }
    }
}

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QHashSeed::setDeterministicGlobalSeed();
        // On tmpfs when there is one: the simulator writes many small transactions.
        if (QFileInfo(QStringLiteral("/dev/shm")).isWritable())
            m_dir.emplace(QStringLiteral("/dev/shm/crm-sim-XXXXXX"));
        else
            m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_template = m_dir->filePath(QStringLiteral("template.sqlite"));
        {
            auto db = Database::open(m_template);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        }
        QVERIFY(!QFile::exists(m_template + u"-wal") ||
                QFileInfo(m_template + u"-wal").size() == 0);
    }

    void seeds()
    {
        quint32 first = 1, last = 200;
        bool ok = false;
        if (const int n = qEnvironmentVariableIntValue("CRM_SIM_SEEDS", &ok); ok && n > 0)
            last = quint32(n);
        if (const int s = qEnvironmentVariableIntValue("CRM_SIM_SEED", &ok); ok)
            first = last = quint32(s);
        int steps = 50;
        if (const int n = qEnvironmentVariableIntValue("CRM_SIM_STEPS", &ok); ok && n > 0)
            steps = n;
        QElapsedTimer timer;
        timer.start();
        Stats stats;
        for (quint32 seed = first; seed <= last; ++seed) {
            QTemporaryDir dir(m_dir->filePath(QStringLiteral("seed-XXXXXX")));
            QVERIFY(dir.isValid());
            QString failure;
            QStringList trace;
            {
                World world(seed, steps, dir.path(), m_template);
                failure = world.run();
                trace = world.trace();
                world.addTo(stats);
            }
            if (!failure.isEmpty()) {
                qWarning().noquote() << "convergence simulator: seed" << seed << "failed; trace:";
                for (const QString &line : std::as_const(trace))
                    qWarning().noquote() << "  " << line;
                QFAIL(qPrintable(QStringLiteral("seed %1 (%2 steps): %3\nreproduce with "
                                                "CRM_SIM_SEED=%1 CRM_SIM_STEPS=%2")
                                     .arg(seed)
                                     .arg(steps)
                                     .arg(failure)));
            }
        }
        qInfo().noquote() << QStringLiteral(
                                 "%1 seeds, %2 steps each, %3 laptops in all, in %4 ms: %5 "
                                 "conflict records, %6 resolutions, %7 partitions, "
                                 "%8 push answers lost, %9 repeated or late pushes, %10 late "
                                 "pages, %11 server deaths before commit, %12 laptops killed")
                                 .arg(stats.seeds)
                                 .arg(steps)
                                 .arg(stats.laptops)
                                 .arg(timer.elapsed())
                                 .arg(stats.conflicts)
                                 .arg(stats.resolutions)
                                 .arg(stats.partitions)
                                 .arg(stats.lostAnswers)
                                 .arg(stats.repeatedPushes)
                                 .arg(stats.latePages)
                                 .arg(stats.serverDeaths)
                                 .arg(stats.kills)
                          << QStringLiteral("; %1 tag link and %2 custom value changes")
                                 .arg(stats.tagChanges)
                                 .arg(stats.customValueChanges);
        // Tags and custom values went through sync too, not only the contacts' own fields.
        if (stats.seeds >= 10) {
            QVERIFY(stats.tagChanges > 0);
            QVERIFY(stats.customValueChanges > 0);
        }
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_template;
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
