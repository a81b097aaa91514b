// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/builders.h"
#include "support/testdatabase.h"

#include "common/uuid.h"
#include "dedup/duplicatefinder.h"
#include "import/contactimporter.h"
#include "import/matchevidence.h"
#include "import/namesimilarity.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "storage/indexesaside.h"
#include "sync/localreplica.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace crm::core;
using namespace crm::core::dedup;
using crm::core::sync::Change;
using crm::core::sync::LocalReplica;
using crm::core::sync::PullResponse;
using crm::core::sync::SyncReport;
using crm::test::TestDatabase;

namespace {

QByteArray add(ContactRepository &repo, Contact c)
{
    auto id = repo.create(std::move(c));
    if (!id)
        qFatal("%s", qPrintable(id.error().message()));
    return id.value();
}

const DuplicatePair *pairOf(const QList<DuplicatePair> &pairs, const QByteArray &x,
                            const QByteArray &y)
{
    for (const DuplicatePair &p : pairs) {
        if ((p.a == x && p.b == y) || (p.a == y && p.b == x))
            return &p;
    }
    return nullptr;
}

QList<DuplicatePair> findAll(const DatabasePtr &db)
{
    auto found = DuplicateFinder(db).find(FindOptions{RecordKind::Contact, 0.5, u"LV"_qs});
    if (!found)
        qFatal("%s", qPrintable(found.error().message()));
    return found.value();
}

// Everything replica `from` has not pushed yet, applied on `to` as the server would hand it out.
void syncOnto(const DatabasePtr &from, const DatabasePtr &to, qint64 *seq)
{
    auto pending = LocalReplica(from).pending(1000);
    QVERIFY(pending.ok());
    PullResponse page;
    for (Change c : pending.value()) {
        c.serverSeq = ++*seq;
        page.changes << c;
    }
    page.next = *seq;
    SyncReport report;
    QVERIFY(LocalReplica(to).apply(page, report).ok());
    QVERIFY(report.pulled > 0);
}

} // namespace

class TestDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_db = std::make_unique<TestDatabase>(); }
    void cleanup() { m_db.reset(); }

    void ranksByEvidenceWithReasons()
    {
        ContactRepository repo(m_db->db());
        // Same e-mail (other case) and similar name: the strongest.
        const QByteArray a1 =
            add(repo, crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs));
        const QByteArray a2 =
            add(repo, crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u" ANNA@x.lv"_qs));
        // Same phone written differently, another surname (first names that differ would make
        // it a household's phone, see sharedBetweenOtherFirstNamesIsWeak): phone alone.
        const QByteArray p1 =
            add(repo, crm::test::contact(u"Pēteris"_qs, u"Kalns"_qs, {}, u"+371 2912 3456"_qs));
        const QByteArray p2 =
            add(repo, crm::test::contact(u"Pēteris"_qs, u"Ozols"_qs, {}, u"0037129123456"_qs));
        // Only the name, with diacritics against plain Latin.
        const QByteArray n1 = add(repo, crm::test::contact(u"Jānis"_qs, u"Bērziņš"_qs));
        const QByteArray n2 = add(repo, crm::test::contact(u"Janis"_qs, u"Berzins"_qs));
        // Cyrillic against its transliteration.
        const QByteArray c1 = add(repo, crm::test::contact(u"Иван"_qs, u"Петров"_qs));
        const QByteArray c2 = add(repo, crm::test::contact(u"Ivan"_qs, u"Petrov"_qs));
        // Unrelated people.
        const QByteArray u1 = add(repo, crm::test::contact(u"Kārlis"_qs, u"Zariņš"_qs));
        add(repo, crm::test::contact(u"Līga"_qs, u"Vītola"_qs));

        QList<DuplicatePair> streamed;
        qint64 lastDone = -1, lastTotal = 0;
        auto found = DuplicateFinder(m_db->db())
                         .find(
                             FindOptions{RecordKind::Contact, 0.5, u"LV"_qs},
                             [&](qint64 done, qint64 total) {
                                 lastDone = done;
                                 lastTotal = total;
                                 return true;
                             },
                             [&](const QList<DuplicatePair> &batch) { streamed += batch; });
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message()));
        const QList<DuplicatePair> &pairs = found.value();
        QCOMPARE(streamed.size(), pairs.size());
        QCOMPARE(lastDone, lastTotal);

        const DuplicatePair *email = pairOf(pairs, a1, a2);
        const DuplicatePair *phone = pairOf(pairs, p1, p2);
        const DuplicatePair *latvian = pairOf(pairs, n1, n2);
        const DuplicatePair *cyrillic = pairOf(pairs, c1, c2);
        QVERIFY(email && phone && latvian && cyrillic);
        QVERIFY(!pairOf(pairs, u1, n1));
        QCOMPARE(pairs.size(), 4);
        QVERIFY2(email->reasons.contains(u"same e-mail anna@x.lv"_qs),
                 qPrintable(email->reasons.join(u"; ")));
        QCOMPARE(email->reasons.size(), 2); // and the same name
        QVERIFY2(phone->reasons.join(u";").contains(u"same phone +37129123456"_qs),
                 qPrintable(phone->reasons.join(u"; ")));
        QVERIFY2(latvian->reasons.join(u";").contains(u"Jānis Bērziņš"_qs),
                 qPrintable(latvian->reasons.join(u"; ")));
        // Ranked: e-mail and name above phone above name alone; combined beats single.
        QCOMPARE(pairs.first().a + pairs.first().b, email->a + email->b);
        QVERIFY(email->score > phone->score);
        QVERIFY(phone->score > latvian->score);
        for (qsizetype i = 1; i < pairs.size(); ++i)
            QVERIFY(pairs[i - 1].score >= pairs[i].score);
        QVERIFY(email->a < email->b);
    }

    // While a large import has the key indexes aside, the search says so and waits for it
    // instead of failing on a missing index or reading a half-imported file.
    void waitsForAnImportThatBuildsItsIndexes()
    {
        ContactRepository repo(m_db->db());
        add(repo, crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"a@x.lv"_qs));
        add(repo, crm::test::contact(u"Anna"_qs, u"Kalna"_qs, u"a@x.lv"_qs));
        DuplicateFinder finder(m_db->db());
        {
            IndexesAside aside(m_db->db()->connection(), IndexesAside::contactIndexes());
            QVERIFY(aside.begun().ok());
            auto refused = finder.find(FindOptions{});
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::Invalid);
            QVERIFY2(refused.error().message().contains(u"being imported"),
                     qPrintable(refused.error().message()));
            // Companies have none aside.
            QVERIFY(finder.find(FindOptions{RecordKind::Company, 0.5, {}}).ok());
        }
        auto found = finder.find(FindOptions{});
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
    }

    void deletedAndDismissedAreLeftOut()
    {
        ContactRepository repo(m_db->db());
        const QByteArray a = add(repo, crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"a@x.lv"_qs));
        const QByteArray b = add(repo, crm::test::contact(u"Anna"_qs, u"Kalna"_qs, u"a@x.lv"_qs));
        const QByteArray c = add(repo, crm::test::contact(u"Anna"_qs, u"Liepa"_qs, u"a@x.lv"_qs));
        QVERIFY(repo.remove(c));
        DuplicateFinder finder(m_db->db());
        auto before = finder.find(FindOptions{});
        QVERIFY(before);
        QCOMPARE(before->size(), 1);

        const int changes = m_db->changeCount();
        QVERIFY(finder.dismiss(RecordKind::Contact, b, a));
        QVERIFY(m_db->changeCount() > changes); // captured: it syncs
        QVERIFY(finder.isDismissed(a, b).value());
        QVERIFY(finder.dismiss(RecordKind::Contact, a, b)); // again: nothing new
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM duplicate_dismissals"_qs).toInt(), 1);
        auto after = finder.find(FindOptions{});
        QVERIFY(after);
        QVERIFY(after->isEmpty());
        QVERIFY(!finder.dismiss(RecordKind::Contact, a, a));
    }

    void minScoreFilters()
    {
        ContactRepository repo(m_db->db());
        add(repo, crm::test::contact(u"Jānis"_qs, u"Bērziņš"_qs));
        add(repo, crm::test::contact(u"Janis"_qs, u"Berzins"_qs));
        auto all = DuplicateFinder(m_db->db()).find(FindOptions{RecordKind::Contact, 0.5, {}});
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        auto strict = DuplicateFinder(m_db->db()).find(FindOptions{RecordKind::Contact, 0.9, {}});
        QVERIFY(strict);
        QVERIFY(strict->isEmpty());
    }

    void namesakesWithOtherAddressesCountLess()
    {
        ContactRepository repo(m_db->db());
        add(repo, crm::test::contact(u"Pēteris"_qs, u"Kalns"_qs, u"p1@x.lv"_qs));
        add(repo, crm::test::contact(u"Pēteris"_qs, u"Kalns"_qs, u"p2@y.lv"_qs));
        auto plain = DuplicateFinder(m_db->db()).find(FindOptions{});
        QVERIFY(plain);
        QVERIFY(plain->isEmpty());
        auto low = DuplicateFinder(m_db->db()).find(FindOptions{RecordKind::Contact, 0.3, {}});
        QVERIFY(low);
        QCOMPARE(low->size(), 1);
        QVERIFY(low->first().score < 0.5);
        QVERIFY(low->first().reasons.join(u";").contains(u"different e-mails"));
    }

    // The keys are read from indexes (migration v15), not from columns kept by the program:
    // whatever writes an e-mail or a phone — an edit, sync, an import — is seen at once.
    void foundAfterAnEditOrADelete()
    {
        ContactRepository repo(m_db->db());
        const QByteArray a =
            add(repo, crm::test::contact(u"Zane"_qs, u"Ozola"_qs, u"anna@x.lv"_qs));
        const QByteArray b = add(repo, crm::test::contact(u"Zane"_qs, u"Liepa"_qs, u"zane@y.lv"_qs,
                                                          u"+371 2000 0001"_qs));
        const QByteArray c =
            add(repo, crm::test::contact(u"Zane"_qs, u"Koka"_qs, {}, u"2000 0001"_qs));
        QCOMPARE(findAll(m_db->db()).size(), 1); // b and c: the same phone

        Contact edited = repo.get(b).value();
        edited.emails.first().address = u"Anna@X.lv "_qs;
        QVERIFY(repo.update(edited));
        const QList<DuplicatePair> afterEdit = findAll(m_db->db());
        QCOMPARE(afterEdit.size(), 2);
        const DuplicatePair *email = pairOf(afterEdit, a, b);
        QVERIFY(email);
        QVERIFY2(email->reasons.contains(u"same e-mail anna@x.lv"_qs),
                 qPrintable(email->reasons.join(u"; ")));
        QVERIFY(email->nameA == u"Zane Liepa"_qs || email->nameB == u"Zane Liepa"_qs);

        QVERIFY(repo.remove(b)); // gone from every pair it was in
        QVERIFY(findAll(m_db->db()).isEmpty());
        QVERIFY(pairOf(afterEdit, b, c));
    }

    void foundAfterASyncApply()
    {
        TestDatabase other;
        ContactRepository here(m_db->db());
        ContactRepository there(other.db());
        const QByteArray a =
            add(here, crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs));
        const QByteArray b =
            add(there, crm::test::contact(u"Anna"_qs, u"Kalna"_qs, {}, u"+371 2912 3456"_qs));
        qint64 seq = 0;
        syncOnto(other.db(), m_db->db(), &seq);
        QVERIFY(findAll(m_db->db()).isEmpty());

        // On the other laptop: b gets a's address and a's phone; here it arrives by sync.
        const QByteArray c =
            add(there, crm::test::contact(u"Anna"_qs, u"Kalna"_qs, {}, u"0037129123456"_qs));
        Contact edited = there.get(b).value();
        edited.emails << EmailAddress{{}, u"work"_qs, u"ANNA@x.lv"_qs};
        QVERIFY(there.update(edited));
        syncOnto(other.db(), m_db->db(), &seq);
        const QList<DuplicatePair> pairs = findAll(m_db->db());
        QCOMPARE(pairs.size(), 2);
        const DuplicatePair *email = pairOf(pairs, a, b);
        const DuplicatePair *phone = pairOf(pairs, b, c);
        QVERIFY(email && phone);
        QVERIFY(email->reasons.contains(u"same e-mail anna@x.lv"_qs));
        QVERIFY2(phone->reasons.join(u";").contains(u"same phone +37129123456"_qs),
                 qPrintable(phone->reasons.join(u"; ")));
    }

    void foundAfterAnImport()
    {
        ContactRepository repo(m_db->db());
        const QByteArray a = add(repo, crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs,
                                                          u"+371 2000 0002"_qs));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"people.csv"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("First Name,Last Name,Email,Phone\n"
                "Anna,Ozola,ANNA@x.lv,\n"
                "Anna,Kalna,,20000002\n");
        f.close();
        import::ContactImporter importer(m_db->db());
        import::ImportSettings settings;
        settings.source.path = path;
        settings.region = u"LV"_qs;
        settings.onDuplicate = import::DuplicateChoice::Create;
        auto preview = importer.preview(settings);
        QVERIFY(preview.ok());
        preview.value().setChoiceForAll(import::DuplicateChoice::Create);
        auto done = importer.apply(preview.value());
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->created, 2);
        const QList<DuplicatePair> pairs = findAll(m_db->db());
        QCOMPARE(pairs.size(), 2);
        int withA = 0;
        for (const DuplicatePair &p : pairs)
            withA += p.a == a || p.b == a;
        QCOMPARE(withA, 2);
        QCOMPARE(pairs.first().reasons.first(), u"same e-mail anna@x.lv"_qs);
        QVERIFY(pairs.last().reasons.join(u";").contains(u"same phone +37120000002"_qs));
    }

    // A key shared by more than 50 contacts says little, but deleted ones do not count. (A
    // person's address: an office's, info@ or office@, is weak evidence of its own.)
    void aLargeGroupCountsLiveContactsOnly()
    {
        ContactRepository repo(m_db->db());
        QList<QByteArray> ids;
        for (int i = 0; i < 52; ++i)
            ids << add(repo, crm::test::contact(u"Person"_qs,
                                                QString(QChar(u'A' + i % 26)) +
                                                    QChar(u'a' + i / 26) + u"lberg",
                                                u"person@x.lv"_qs)); // no two names alike
        QVERIFY(findAll(m_db->db()).isEmpty());                      // 52: left out
        QVERIFY(repo.remove(ids[0]));
        QVERIFY(repo.remove(ids[40]));
        const QList<DuplicatePair> pairs = findAll(m_db->db());
        QCOMPARE(pairs.size(), 50 * 49 / 2);
        for (const DuplicatePair &p : pairs)
            QVERIFY(p.a != ids[0] && p.b != ids[0] && p.a != ids[40] && p.b != ids[40]);
    }

    // An address or a phone shared between other first names is a household's or an office's:
    // not reported at the default 0.5, ranked low with the reason when asked for less. One name
    // written as an initial, a short form, with a typo or the other way round still is one.
    void sharedBetweenOtherFirstNamesIsWeak()
    {
        ContactRepository repo(m_db->db());
        const QByteArray dace =
            add(repo, crm::test::contact(u"Dace"_qs, u"Upīte"_qs, u"d.upite@x.lv"_qs));
        const QByteArray darta =
            add(repo, crm::test::contact(u"Dārta"_qs, u"Upīte"_qs, u"D.Upite@x.lv"_qs));
        const QByteArray peteris =
            add(repo, crm::test::contact(u"Pēteris"_qs, u"Kalns"_qs, {}, u"+371 2912 3456"_qs));
        const QByteArray maija =
            add(repo, crm::test::contact(u"Maija"_qs, u"Liepa"_qs, {}, u"29123456"_qs));
        const QByteArray j1 = add(repo, crm::test::contact(u"J."_qs, u"Ozols"_qs, u"jo@y.lv"_qs));
        const QByteArray j2 =
            add(repo, crm::test::contact(u"Jānis"_qs, u"Ozols"_qs, u"jo@y.lv"_qs));
        const QByteArray a1 =
            add(repo, crm::test::contact(u"Alex"_qs, u"Smith"_qs, {}, u"+44 7700 900123"_qs));
        const QByteArray a2 =
            add(repo, crm::test::contact(u"Alexander"_qs, u"Smyth"_qs, {}, u"+447700900123"_qs));
        const QByteArray k1 =
            add(repo, crm::test::contact(u"Katrin"_qs, u"Mänd"_qs, u"km@z.ee"_qs));
        const QByteArray k2 =
            add(repo, crm::test::contact(u"Katlin"_qs, u"Mand"_qs, u"km@z.ee"_qs));
        const QByteArray s1 =
            add(repo, crm::test::contact(u"Ivars"_qs, u"Krūmiņš"_qs, u"ik@q.lv"_qs));
        const QByteArray s2 =
            add(repo, crm::test::contact(u"Krūmiņš"_qs, u"Ivars"_qs, u"ik@q.lv"_qs));

        const QList<DuplicatePair> pairs = findAll(m_db->db());
        QVERIFY(!pairOf(pairs, dace, darta));
        QVERIFY(!pairOf(pairs, peteris, maija));
        for (const auto &[x, y] : {std::pair{j1, j2}, {a1, a2}, {k1, k2}, {s1, s2}}) {
            const DuplicatePair *p = pairOf(pairs, x, y);
            QVERIFY2(p, qPrintable(repo.get(x)->displayName()));
            QVERIFY(p->score >= 0.85);
        }
        QCOMPARE(pairs.size(), 4);

        auto low =
            DuplicateFinder(m_db->db()).find(FindOptions{RecordKind::Contact, 0.3, u"LV"_qs});
        QVERIFY(low);
        const DuplicatePair *family = pairOf(low.value(), dace, darta);
        const DuplicatePair *household = pairOf(low.value(), peteris, maija);
        QVERIFY(family && household);
        QVERIFY(family->score < 0.5 && household->score < 0.5);
        QVERIFY2(family->reasons.contains(u"but different first names"_qs),
                 qPrintable(family->reasons.join(u"; ")));
        QVERIFY(family->reasons.contains(u"same e-mail d.upite@x.lv"_qs));
        QVERIFY(household->reasons.contains(u"but different first names"_qs));
    }

    // info@, sales@ …: an office's address says little about who; the name has to say it.
    void anOfficesAddressIsWeak()
    {
        ContactRepository repo(m_db->db());
        const QByteArray a =
            add(repo, crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"info@x.lv"_qs));
        const QByteArray b =
            add(repo, crm::test::contact(u"Anna"_qs, u"Liepa"_qs, u"INFO@x.lv"_qs));
        const QByteArray c =
            add(repo, crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"Info@x.lv"_qs));
        const QList<DuplicatePair> pairs = findAll(m_db->db());
        QVERIFY(!pairOf(pairs, a, b));
        QVERIFY(!pairOf(pairs, b, c));
        const DuplicatePair *same = pairOf(pairs, a, c); // the office's address and the name
        QVERIFY(same);
        QVERIFY2(same->reasons.contains(u"an office's address"_qs),
                 qPrintable(same->reasons.join(u"; ")));
        QCOMPARE(pairs.size(), 1);
        QVERIFY(import::isRoleAddress(u"sales@firma.lv"));
        QVERIFY(!import::isRoleAddress(u"anna.sales@firma.lv"));
        QVERIFY(!import::isRoleAddress(u"info"));
    }

    // Two people born on other days are two people, whatever they share; a mistyped digit or
    // day and month swapped is one date. The same birthday adds to a name alone.
    void birthdaysSpeak()
    {
        ContactRepository repo(m_db->db());
        auto born = [&](const QString &first, const QString &email, const QString &phone,
                        const QDate &day, const QString &city = {}) {
            Contact c = crm::test::contact(first, u"Purviņš"_qs, email, phone);
            c.birthday = day;
            c.city = city;
            return add(repo, c);
        };
        const QByteArray f1 = born(u"Gatis"_qs, u"gatis@x.lv"_qs, {}, QDate(1975, 3, 31));
        const QByteArray f2 = born(u"Gatis"_qs, u"gatis@x.lv"_qs, {}, QDate(1960, 7, 21));
        const QByteArray t1 = born(u"Jānis"_qs, u"janis@x.lv"_qs, {}, QDate(1975, 3, 4));
        const QByteArray t2 = born(u"Jānis"_qs, u"JANIS@x.lv"_qs, {}, QDate(1975, 4, 3));
        const QByteArray y1 = born(u"Ilmārs"_qs, {}, u"+371 2000 0003"_qs, QDate(1981, 5, 6));
        const QByteArray y2 = born(u"Ilmārs"_qs, {}, u"+371 2000 0003"_qs, QDate(1991, 5, 6));
        // Namesakes with addresses of their own: half a name, unless born on the same day.
        const QByteArray n1 = born(u"Roberts"_qs, u"r1@y.lv"_qs, {}, QDate(1990, 1, 2), u"Rīga"_qs);
        const QByteArray n2 = born(u"Roberts"_qs, u"r2@z.lv"_qs, {}, QDate(1990, 1, 2), u"Riga"_qs);
        const QList<DuplicatePair> pairs = findAll(m_db->db());
        QVERIFY(!pairOf(pairs, f1, f2));
        QVERIFY(pairOf(pairs, t1, t2));
        QVERIFY(pairOf(pairs, y1, y2));
        const DuplicatePair *namesakes = pairOf(pairs, n1, n2);
        QVERIFY(namesakes);
        QVERIFY2(namesakes->reasons.contains(u"same birthday"_qs),
                 qPrintable(namesakes->reasons.join(u"; ")));
        QCOMPARE(pairs.size(), 3);
        auto low =
            DuplicateFinder(m_db->db()).find(FindOptions{RecordKind::Contact, 0.3, u"LV"_qs});
        QVERIFY(low);
        const DuplicatePair *two = pairOf(low.value(), f1, f2);
        QVERIFY(two);
        QVERIFY(two->reasons.contains(u"but different birthdays"_qs));
    }

    // A name alone: namesakes in other towns or streets are left out, and so are surnames
    // alike with other first names (relatives); the same name in one place is still reported.
    void aNameAloneNeedsNothingAgainstIt()
    {
        ContactRepository repo(m_db->db());
        auto person = [&](const QString &first, const QString &last, const QString &city,
                          const QString &street = {}) {
            Contact c = crm::test::contact(first, last);
            c.city = city;
            c.street = street;
            return add(repo, c);
        };
        const QByteArray d1 = person(u"Marek"_qs, u"Duda"_qs, u"Gdynia"_qs);
        const QByteArray d2 = person(u"Marek"_qs, u"Duda"_qs, u"Wrocław"_qs);
        const QByteArray s1 = person(u"Nigel"_qs, u"Brown"_qs, u"Leeds"_qs, u"12 Park Road"_qs);
        const QByteArray s2 = person(u"Nigel"_qs, u"Brown"_qs, u"LEEDS"_qs, u"7 Mill Lane"_qs);
        const QByteArray r1 = person(u"Jadwiga"_qs, u"Chmielewska"_qs, u"Łódź"_qs);
        const QByteArray r2 = person(u"Janina"_qs, u"Chmielewska"_qs, u"Łódź"_qs);
        const QByteArray o1 =
            person(u"Modris"_qs, u"Celmiņš"_qs, u"Rīga"_qs, u"Brīvības iela 5"_qs);
        const QByteArray o2 =
            person(u"Modris"_qs, u"Celmins"_qs, u"Riga"_qs, u"Brivibas iela 5"_qs);
        const QByteArray o3 = person(u"Zuzanna"_qs, u"Marciniak"_qs, u"Toruń"_qs);
        const QByteArray o4 = person(u"Zuzanna"_qs, u"Marciniak"_qs, {});
        const QList<DuplicatePair> pairs = findAll(m_db->db());
        QVERIFY(!pairOf(pairs, d1, d2));
        QVERIFY(!pairOf(pairs, s1, s2));
        QVERIFY(!pairOf(pairs, r1, r2));
        QVERIFY(pairOf(pairs, o1, o2));
        QVERIFY(pairOf(pairs, o3, o4));
        QCOMPARE(pairs.size(), 2);
        auto low =
            DuplicateFinder(m_db->db()).find(FindOptions{RecordKind::Contact, 0.2, u"LV"_qs});
        QVERIFY(low);
        const DuplicatePair *elsewhere = pairOf(low.value(), d1, d2);
        QVERIFY(elsewhere && pairOf(low.value(), s1, s2) && pairOf(low.value(), r1, r2));
        QVERIFY2(elsewhere->reasons.contains(u"but different places"_qs),
                 qPrintable(elsewhere->reasons.join(u"; ")));
    }

    // The name pass keeps profiles by rid; a rid far past the others is still compared.
    void aFarRowIdIsStillCompared()
    {
        ContactRepository repo(m_db->db());
        const QByteArray a = add(repo, crm::test::contact(u"Jānis"_qs, u"Bērziņš"_qs));
        const QByteArray b = add(repo, crm::test::contact(u"Janis"_qs, u"Berzins"_qs));
        QSqlQuery q(m_db->db()->connection());
        QVERIFY(q.exec(u"UPDATE contacts SET rid = 900000000000 WHERE rid = (SELECT max(rid) "
                       u"FROM contacts)"_qs));
        QCOMPARE(m_db->scalar(u"SELECT max(rid) FROM contacts"_qs).toLongLong(), 900000000000);
        const QList<DuplicatePair> pairs = findAll(m_db->db());
        QCOMPARE(pairs.size(), 1);
        QVERIFY(pairOf(pairs, a, b));
    }

    void firstNamesAgree()
    {
        using import::NameSimilarity::firstNamesAgree;
        QVERIFY(firstNamesAgree(u"anna", u"anna"));
        QVERIFY(firstNamesAgree(u"", u"anna"));
        QVERIFY(firstNamesAgree(u"j.", u"janis"));
        QVERIFY(firstNamesAgree(u"j", u"janis"));
        QVERIFY(firstNamesAgree(u"alex", u"alexander"));
        QVERIFY(firstNamesAgree(u"katrin", u"katlin"));        // one letter
        QVERIFY(firstNamesAgree(u"katrin", u"kartin"));        // two swapped
        QVERIFY(firstNamesAgree(u"aleksandra", u"aleksnadr")); // two in a long name
        QVERIFY(!firstNamesAgree(u"dace", u"darta"));
        QVERIFY(!firstNamesAgree(u"anna", u"anita"));
        QVERIFY(!firstNamesAgree(u"k.", u"janis"));
        QVERIFY(!firstNamesAgree(u"kristiina", u"kristo"));
        // compareFolded is compare() on folded names; long strings work past the short path.
        using import::NameSimilarity::compare;
        using import::NameSimilarity::compareFolded;
        QCOMPARE(compareFolded(u"janis", u"berzins", u"janis", u"berzins"),
                 compare(u"Jānis"_qs, u"Bērziņš"_qs, u"Janis"_qs, u"Berzins"_qs));
        QCOMPARE(compareFolded(u"peteris", u"kalns", u"kalns", u"peteris"),
                 compare(u"Pēteris"_qs, u"Kalns"_qs, u"Kalns"_qs, u"Pēteris"_qs));
        QVERIFY(compareFolded(u"peteris", u"kalns", u"kalns", u"peteris") >= 0.9);
        const QString longA = QString(70, u'a') + u'b';
        const QString longB = QString(70, u'a') + u'c';
        const double jw = import::NameSimilarity::jaroWinkler(longA, longB);
        QVERIFY(jw > 0.95 && jw < 1.0);
    }

    // Numbers that end alike by chance are not one number; the same number written with and
    // without its country code is.
    void phonesEndingAlike()
    {
        ContactRepository repo(m_db->db());
        const QByteArray a =
            add(repo, crm::test::contact(u"Eva"_qs, u"Kalna"_qs, {}, u"+371 2506 2436"_qs));
        const QByteArray b =
            add(repo, crm::test::contact(u"Eva"_qs, u"Mets"_qs, {}, u"+372 506 2436"_qs));
        const QByteArray c =
            add(repo, crm::test::contact(u"Eva"_qs, u"Liepa"_qs, {}, u"2506 2436"_qs));
        const QByteArray d =
            add(repo, crm::test::contact(u"Eva"_qs, u"Ozola"_qs, {}, u"00 371 25062436"_qs));
        const QList<DuplicatePair> pairs = findAll(m_db->db());
        QVERIFY(!pairOf(pairs, a, b) && !pairOf(pairs, b, c) && !pairOf(pairs, b, d));
        QVERIFY(pairOf(pairs, a, c) && pairOf(pairs, a, d) && pairOf(pairs, c, d));
        QCOMPARE(pairs.size(), 3);
        QVERIFY(pairOf(pairs, a, d)->reasons.contains(u"same phone +37125062436"_qs));
    }

    void cancelStops()
    {
        ContactRepository repo(m_db->db());
        add(repo, crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"a@x.lv"_qs));
        add(repo, crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"a@x.lv"_qs));
        auto r =
            DuplicateFinder(m_db->db()).find(FindOptions{}, [](qint64, qint64) { return false; });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
    }

    void companies()
    {
        CompanyRepository repo(m_db->db());
        Company a = crm::test::company(u"Mežs SIA"_qs);
        a.website = u"https://www.mezs.lv/par"_qs;
        Company b = crm::test::company(u"MEZS sia"_qs);
        b.website = u"mezs.lv"_qs;
        Company c = crm::test::company(u"Upe"_qs);
        c.phone = u"+371 6700 0000"_qs;
        Company d = crm::test::company(u"Upes serviss"_qs);
        d.phone = u"67000000"_qs;
        Company e = crm::test::company(u"Kalns"_qs);
        QByteArray ids[5];
        int i = 0;
        for (const Company &x : {a, b, c, d, e})
            ids[i++] = repo.create(x).value();
        auto found =
            DuplicateFinder(m_db->db()).find(FindOptions{RecordKind::Company, 0.5, u"LV"_qs});
        QVERIFY(found);
        QCOMPARE(found->size(), 2);
        const DuplicatePair *named = pairOf(found.value(), ids[0], ids[1]);
        const DuplicatePair *phoned = pairOf(found.value(), ids[2], ids[3]);
        QVERIFY(named && phoned);
        QVERIFY2(named->reasons.join(u";").contains(u"same website domain mezs.lv"_qs),
                 qPrintable(named->reasons.join(u"; ")));
        QCOMPARE(named->reasons.size(), 2);
        QVERIFY(named->score > phoned->score);
        QCOMPARE(found->first().kind, RecordKind::Company);
    }

private:
    std::unique_ptr<TestDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
