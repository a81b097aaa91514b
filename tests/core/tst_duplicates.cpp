// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/builders.h"
#include "support/testdatabase.h"

#include "common/uuid.h"
#include "dedup/duplicatefinder.h"
#include "import/contactimporter.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "sync/localreplica.h"

#include <QFile>
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
        // Same phone written differently, different names: phone alone.
        const QByteArray p1 =
            add(repo, crm::test::contact(u"Pēteris"_qs, u"Kalns"_qs, {}, u"+371 2912 3456"_qs));
        const QByteArray p2 =
            add(repo, crm::test::contact(u"Maija"_qs, u"Liepa"_qs, {}, u"0037129123456"_qs));
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

    void deletedAndDismissedAreLeftOut()
    {
        ContactRepository repo(m_db->db());
        const QByteArray a = add(repo, crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"a@x.lv"_qs));
        const QByteArray b = add(repo, crm::test::contact(u"Anita"_qs, u"Kalna"_qs, u"a@x.lv"_qs));
        const QByteArray c = add(repo, crm::test::contact(u"Ance"_qs, u"Liepa"_qs, u"a@x.lv"_qs));
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
            add(repo, crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs));
        const QByteArray b = add(repo, crm::test::contact(u"Zane"_qs, u"Liepa"_qs, u"zane@y.lv"_qs,
                                                          u"+371 2000 0001"_qs));
        const QByteArray c =
            add(repo, crm::test::contact(u"Ilze"_qs, u"Koka"_qs, {}, u"2000 0001"_qs));
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
            add(there, crm::test::contact(u"Ieva"_qs, u"Kalna"_qs, {}, u"+371 2912 3456"_qs));
        qint64 seq = 0;
        syncOnto(other.db(), m_db->db(), &seq);
        QVERIFY(findAll(m_db->db()).isEmpty());

        // On the other laptop: b gets a's address and a's phone; here it arrives by sync.
        const QByteArray c =
            add(there, crm::test::contact(u"Jānis"_qs, u"Kalns"_qs, {}, u"0037129123456"_qs));
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
                "Anita,Ozola,ANNA@x.lv,\n"
                "Pēteris,Kalns,,20000002\n");
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

    // A key shared by more than 50 contacts says little, but deleted ones do not count.
    void aLargeGroupCountsLiveContactsOnly()
    {
        ContactRepository repo(m_db->db());
        QList<QByteArray> ids;
        for (int i = 0; i < 52; ++i)
            ids << add(repo, crm::test::contact(u"Person"_qs,
                                                QString(QChar(u'A' + i % 26)) +
                                                    QChar(u'a' + i / 26) + u"lberg",
                                                u"office@x.lv"_qs)); // no two names alike
        QVERIFY(findAll(m_db->db()).isEmpty());                      // 52: left out
        QVERIFY(repo.remove(ids[0]));
        QVERIFY(repo.remove(ids[40]));
        const QList<DuplicatePair> pairs = findAll(m_db->db());
        QCOMPARE(pairs.size(), 50 * 49 / 2);
        for (const DuplicatePair &p : pairs)
            QVERIFY(p.a != ids[0] && p.b != ids[0] && p.a != ids[40] && p.b != ids[40]);
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
