// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/builders.h"
#include "support/testdatabase.h"

#include "common/uuid.h"
#include "demo/demodata.h"
#include "import/columnmapping.h"
#include "import/contactimporter.h"
#include "import/importbatches.h"
#include "import/namesimilarity.h"
#include "import/phonenormalizer.h"
#include "io/textcodec.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/searchservice.h"
#include "storage/indexesaside.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <vector>

using namespace crm::core;
using namespace crm::core::import;
using crm::test::TestDatabase;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

ImportSettings csvSettings(const QString &path, const QString &region = u"LV"_qs)
{
    ImportSettings s;
    s.source.path = path;
    s.region = region;
    return s;
}

// Every live contact's name, e-mails, phones and tags, sorted: the state an undo restores.
QStringList dump(const DatabasePtr &db)
{
    QStringList out;
    ContactRepository repo(db);
    (void)repo.forEach([&](const Contact &c) {
        QStringList emails, phones;
        for (const auto &e : c.emails)
            emails << e.label + u':' + e.address;
        for (const auto &p : c.phones)
            phones << p.label + u':' + p.number;
        out << QStringList{c.firstName,
                           c.lastName,
                           c.title,
                           c.companyName,
                           emails.join(u','),
                           phones.join(u','),
                           c.city,
                           c.tags.join(u','),
                           c.notes,
                           c.birthday.toString(Qt::ISODate)}
                   .join(u'|');
        return true;
    });
    out.sort();
    return out;
}

// Contacts "Esošs Nr<i>" with e-mail e<i>@x.lv, i from 0.
bool addExisting(ContactRepository &repo, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString n = QString::number(i);
        if (!repo.create(crm::test::contact(u"Esošs"_qs, u"Nr" + n, u"e" + n + u"@x.lv")))
            return false;
    }
    return true;
}

// `count` new people "Person Number<i>", e-mail p<i>@x.lv.
QByteArray peopleCsv(int count)
{
    QByteArray csv = "First Name,Last Name,Email\n";
    for (int i = 0; i < count; ++i)
        csv += "Person,Number" + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@x.lv\n";
    return csv;
}

} // namespace

class TestImporter : public QObject
{
    static constexpr int BoundedRows = 12345;
    static constexpr int LargeImport = 20500; // enough for IndexesAside::worthIt

    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void headers_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("target");
        // Google Contacts
        QTest::addRow("google given") << u"Given Name"_qs << u"first_name"_qs;
        QTest::addRow("google family") << u"Family Name"_qs << u"last_name"_qs;
        QTest::addRow("google e-mail type") << u"E-mail 1 - Type"_qs << u"email_label"_qs;
        QTest::addRow("google e-mail value") << u"E-mail 2 - Value"_qs << u"email"_qs;
        QTest::addRow("google phone value") << u"Phone 1 - Value"_qs << u"phone"_qs;
        QTest::addRow("google phone type") << u"Phone 1 - Type"_qs << u"phone_label"_qs;
        QTest::addRow("google org name") << u"Organization 1 - Name"_qs << u"company"_qs;
        QTest::addRow("google org title") << u"Organization 1 - Title"_qs << u"title"_qs;
        QTest::addRow("google address city") << u"Address 1 - City"_qs << u"city"_qs;
        QTest::addRow("google address postal")
            << u"Address 1 - Postal Code"_qs << u"postal_code"_qs;
        QTest::addRow("google labels") << u"Labels"_qs << u"tags"_qs;
        QTest::addRow("google group membership") << u"Group Membership"_qs << u"tags"_qs;
        // Outlook
        QTest::addRow("outlook first") << u"First Name"_qs << u"first_name"_qs;
        QTest::addRow("outlook e-mail") << u"E-mail Address"_qs << u"email"_qs;
        QTest::addRow("outlook e-mail 2") << u"E-mail 2 Address"_qs << u"email"_qs;
        QTest::addRow("outlook business phone") << u"Business Phone"_qs << u"phone:work"_qs;
        QTest::addRow("outlook business phone 2") << u"Business Phone 2"_qs << u"phone:work"_qs;
        QTest::addRow("outlook mobile") << u"Mobile Phone"_qs << u"phone:mobile"_qs;
        QTest::addRow("outlook home phone") << u"Home Phone"_qs << u"phone:home"_qs;
        QTest::addRow("outlook job title") << u"Job Title"_qs << u"title"_qs;
        QTest::addRow("outlook country") << u"Business Country/Region"_qs << u"country"_qs;
        QTest::addRow("outlook categories") << u"Categories"_qs << u"tags"_qs;
        // HubSpot
        QTest::addRow("hubspot email") << u"Email"_qs << u"email"_qs;
        QTest::addRow("hubspot phone") << u"Phone Number"_qs << u"phone"_qs;
        QTest::addRow("hubspot lifecycle") << u"Lifecycle Stage"_qs << u"status"_qs;
        QTest::addRow("hubspot company") << u"Company Name"_qs << u"company"_qs;
        QTest::addRow("hubspot street") << u"Street Address"_qs << u"street"_qs;
        // Salesforce
        QTest::addRow("salesforce account") << u"Account Name"_qs << u"company"_qs;
        QTest::addRow("salesforce mailing city") << u"Mailing City"_qs << u"city"_qs;
        QTest::addRow("salesforce zip") << u"Mailing Zip/Postal Code"_qs << u"postal_code"_qs;
        QTest::addRow("salesforce lead source") << u"Lead Source"_qs << u"source"_qs;
        QTest::addRow("salesforce birthdate") << u"Birthdate"_qs << u"birthday"_qs;
        // Generic and our own export
        QTest::addRow("generic name") << u"Name"_qs << u"full_name"_qs;
        QTest::addRow("generic surname") << u"surname"_qs << u"last_name"_qs;
        QTest::addRow("own e-mail label") << u"E-mail 1 - Label"_qs << u"email_label"_qs;
        QTest::addRow("own notes") << u"Notes"_qs << u"notes"_qs;
        QTest::addRow("unknown") << u"Favourite colour"_qs << QString();
    }
    void headers()
    {
        QFETCH(QString, header);
        QFETCH(QString, target);
        QCOMPARE(ColumnMapping::recognise(header), target);
    }

    void googleRowWithLabels()
    {
        const QStringList headers = {u"Given Name"_qs,      u"Family Name"_qs,
                                     u"E-mail 1 - Type"_qs, u"E-mail 1 - Value"_qs,
                                     u"Phone 1 - Type"_qs,  u"Phone 1 - Value"_qs,
                                     u"Labels"_qs,          u"Birthday"_qs};
        const ColumnMapping m = ColumnMapping::recognised(headers);
        auto c = m.toContact(headers,
                             {u"Anna"_qs, u"Ozola"_qs, u"* Home"_qs,
                              u"anna@x.lv ::: anna@work.lv"_qs, u"Mobile"_qs, u"+371 2000 0001"_qs,
                              u"* myContacts ::: VIP"_qs, u"1990-05-17"_qs});
        QVERIFY(c.ok());
        QCOMPARE(c->emails.size(), 2);
        QCOMPARE(c->emails[0].label, u"home"_qs);
        QCOMPARE(c->phones.value(0).label, u"mobile"_qs);
        QCOMPARE(c->tags, QStringList{u"VIP"_qs});
        QCOMPARE(c->birthday, QDate(1990, 5, 17));
        // A full name alone splits at its last space.
        const ColumnMapping full = ColumnMapping::recognised({u"Name"_qs});
        auto f = full.toContact({u"Name"_qs}, {u"Anna Marija Ozola"_qs});
        QCOMPARE(f->firstName, u"Anna Marija"_qs);
        QCOMPARE(f->lastName, u"Ozola"_qs);
    }

    void phonesAndNames()
    {
        const PhoneNormalizer lv(u"LV"_qs);
        QCOMPARE(lv.e164(u"+371 2912 3456"_qs), u"+37129123456"_qs);
        QCOMPARE(lv.e164(u"29 123 456"_qs), u"+37129123456"_qs);
        QCOMPARE(lv.e164(u"00371-29123456"_qs), u"+37129123456"_qs);
        QCOMPARE(lv.e164(u"(+371) 29.12.34.56"_qs), u"+37129123456"_qs);
        QVERIFY(lv.e164(u"+372 5123 4567"_qs) != lv.e164(u"+371 2912 3456"_qs));
        QCOMPARE(NameSimilarity::compare(u"Jānis"_qs, u"Bērziņš"_qs, u"Janis"_qs, u"Berzins"_qs),
                 1.0);
        QCOMPARE(NameSimilarity::compare(u"Иван"_qs, u"Петров"_qs, u"Ivan"_qs, u"Petrov"_qs), 1.0);
        QVERIFY(NameSimilarity::compare(u"Jon"_qs, u"Smith"_qs, u"John"_qs, u"Smith"_qs) > 0.9);
        QVERIFY(NameSimilarity::compare(u"Anna"_qs, u"Ozola"_qs, u"Pēteris"_qs, u"Kalniņš"_qs) <
                0.6);
    }

    // e164()'s short cut for numbers written in full gives what libphonenumber gives, over
    // the demo data's numbers of the six countries and random numbers in many forms (codes
    // with and without the short cut, trunk prefixes, lengths, punctuation), in every region.
    void phoneShortCutMatchesLibphonenumber()
    {
        QStringList numbers;
        for (const Contact &c : DemoData::makeContactRange(0, 600, 11, {}))
            for (const PhoneNumber &p : c.phones)
                numbers << p.number;
        QRandomGenerator rng(5);
        const QStringList codes = {u"371"_qs, u"372"_qs, u"48"_qs, u"30"_qs, u"44"_qs, u"7"_qs,
                                   u"370"_qs, u"39"_qs,  u"1"_qs,  u"49"_qs, u"380"_qs};
        const QStringList separators = {u" "_qs, u"-"_qs,  u"."_qs, u""_qs,
                                        u"/"_qs, u" ("_qs, u") "_qs};
        for (int i = 0; i < 3000; ++i) {
            QString national;
            const int length = 1 + int(rng.bounded(18));
            for (int d = 0; d < length; ++d) {
                national += QChar(u'0' + int(rng.bounded(10)));
                if (d > 0 && rng.bounded(4) == 0)
                    national += separators[rng.bounded(separators.size())];
            }
            const QString code = codes[rng.bounded(codes.size())];
            const QString prefix =
                QStringList{u"+"_qs, u"00"_qs, u"+ "_qs, u" +"_qs, u"(+"_qs}[rng.bounded(5)];
            numbers << prefix + code + (prefix == u"(+" ? u") "_qs : u" "_qs) + national;
        }
        // Trunk prefixes after the code ("+7 8 495 …", "+44 (0)20 …") at the lengths they
        // are stripped at.
        for (const QString &code : codes) {
            for (QChar trunk : {u'0', u'8'}) {
                for (int length = 8; length <= 12; ++length) {
                    QString national = trunk;
                    while (national.size() < length)
                        national += QChar(u'1' + int(rng.bounded(9)));
                    numbers << u'+' + code + u' ' + national << u"00"_qs + code + national;
                }
            }
        }
        int shortCut = 0;
        for (const QString &region :
             {u"LV"_qs, u"EE"_qs, u"PL"_qs, u"GR"_qs, u"GB"_qs, u"RU"_qs, u"LT"_qs, QString()}) {
            const PhoneNormalizer phones(region);
            for (const QString &n : std::as_const(numbers)) {
                const QString parsed = phones.parsedE164(n);
                QCOMPARE(phones.e164(n), parsed);
                shortCut += parsed.startsWith(u'+') && (n.startsWith(u'+') || n.startsWith(u"00"));
            }
        }
        QVERIFY(shortCut > 10000); // the short cut's numbers are a good part of them
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("city");
        QTest::addRow("windows-1257") << QByteArray("windows-1257") << u"Jānis"_qs << u"Bērziņš"_qs
                                      << u"Rīga, Ķengaraga iela"_qs;
        QTest::addRow("windows-1251") << QByteArray("windows-1251") << u"Иван"_qs << u"Петров"_qs
                                      << u"Москва, улица Пушкина"_qs;
        QTest::addRow("windows-1250") << QByteArray("windows-1250") << u"Łukasz"_qs
                                      << u"Wiśniewski"_qs << u"Łódź, ulica Piotrkowska"_qs;
        QTest::addRow("windows-1253") << QByteArray("windows-1253") << u"Γιώργος"_qs
                                      << u"Παπαδόπουλος"_qs << u"Αθήνα, οδός Ερμού"_qs;
        QTest::addRow("UTF-16LE") << QByteArray("UTF-16LE") << u"Jūratė"_qs << u"Žemaitė"_qs
                                  << u"Vilnius"_qs;
    }
    void encodings()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, city);
        QString text = u"First Name;Last Name;City\r\n"_qs;
        for (int i = 0; i < 8; ++i)
            text += first + u';' + last + QString::number(i) + u";\"" + city + u"\"\r\n";
        QByteArray bytes = io::TextDecoder::encodeAll(encoding, text);
        if (encoding == "UTF-16LE")
            bytes.prepend("\xFF\xFE");
        TestDatabase t;
        const QString path = writeFile(m_dir, QString::fromLatin1(encoding) + u".csv", bytes);
        auto p = ContactImporter(t.db()).preview(csvSettings(path));
        QVERIFY2(p.ok(), qPrintable(p.error().message()));
        QCOMPARE(p->source.encoding, encoding);
        QCOMPARE(p->source.delimiter, QChar(u';'));
        QCOMPARE(p->rowCount(), 8);
        QCOMPARE(p->row(0).contact.firstName, first);
        QCOMPARE(p->row(0).contact.lastName, last + u'0');
        QCOMPARE(p->row(0).contact.city, city);
        QCOMPARE(p->count(RowKind::New), 8);
        // The encoding given wins over the guess.
        auto s = csvSettings(path);
        s.source.encoding = "UTF-8";
        if (encoding != "UTF-16LE") {
            auto wrong = ContactImporter(t.db()).preview(s);
            QVERIFY(wrong.ok());
            QCOMPARE(wrong->count(RowKind::Invalid), 8); // bytes not valid UTF-8, by line
            QVERIFY(wrong->row(0).error.contains(u"UTF-8"));
        }
    }

    void invalidRowsHaveLines()
    {
        TestDatabase t;
        const QByteArray csv = "First Name,Last Name,Email,Birthday,Notes\n"
                               "Anna,Ozola,anna@x.lv,1990-01-02,\"two\nlines\"\n"
                               ",,nobody@x.lv,,\n"                          // line 4: no name
                               "Pēteris,Kalniņš,peteris@x.lv,31.02.1980,\n" // line 5: no date
                               "Līga,Liepa,not-an-address,,\n"              // line 6: bad e-mail
                               "Ilze,Egle,ilze@x.lv,,\n";
        const QString path = writeFile(m_dir, u"invalid.csv"_qs, csv);
        auto p = ContactImporter(t.db()).preview(csvSettings(path));
        QVERIFY2(p.ok(), qPrintable(p.error().message()));
        QCOMPARE(p->rowCount(), 5);
        QCOMPARE(p->count(RowKind::Invalid), 3);
        QCOMPARE(p->row(1).line, 4);
        QCOMPARE(p->row(1).kind, RowKind::Invalid);
        QVERIFY(p->row(1).error.contains(u"name"));
        QCOMPARE(p->row(2).line, 5);
        QVERIFY2(p->row(2).error.contains(u"Birthday"), qPrintable(p->row(2).error));
        QCOMPARE(p->row(3).line, 6);
        QCOMPARE(p->row(3).kind, RowKind::Invalid);
        // An unclosed quote is an error of the whole file that names its line, and nothing
        // is read.
        const QString broken =
            writeFile(m_dir, u"broken.csv"_qs, "First Name,Last Name\nA,B\n\"C,D\nE,F\n");
        auto b = ContactImporter(t.db()).preview(csvSettings(broken));
        QVERIFY(!b.ok());
        QVERIFY2(b.error().message().contains(u"broken.csv") && b.error().message().contains(u"3"),
                 qPrintable(b.error().message()));
    }

    void duplicates()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        auto anna = repo.create(crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"Anna@Example.LV"_qs));
        auto janis =
            repo.create(crm::test::contact(u"Jānis"_qs, u"Bērziņš"_qs, {}, u"+371 2912 3456"_qs));
        auto ivan = repo.create(crm::test::contact(u"Иван"_qs, u"Петров"_qs));
        QVERIFY(anna && janis && ivan);
        const QByteArray csv = "First Name,Last Name,E-mail Address,Mobile Phone\n"
                               "Anna,Ozoliņa, anna@example.lv ,\n"       // DB: e-mail case
                               "Janis,Berzins,,29-123-456\n"             // DB: phone + name
                               "Ivan,Petrov,,\n"                         // DB: Cyrillic name
                               "Marta,Kalna,marta@x.lv,+371 2000 0001\n" // new
                               "Marta,Kalna,MARTA@x.lv,\n"               // file: e-mail
                               "Mārta,Kalna,,\n"                         // file: name
                               "Other,Person,,0037120000001\n";          // file: phone
        const QString path = writeFile(m_dir, u"dups.csv"_qs, csv);
        auto p = ContactImporter(t.db()).preview(csvSettings(path));
        QVERIFY2(p.ok(), qPrintable(p.error().message()));
        const auto all = p->page(PreviewFilter::All, -1, 100000);
        QVERIFY(all.ok());
        const QList<PreviewRow> &r = all.value();
        QCOMPARE(r.size(), 7);
        QCOMPARE(r[0].kind, RowKind::Update);
        QCOMPARE(r[0].match.contactId, anna.value());
        QVERIFY(r[0].match.reason.contains(u"e-mail"));
        QCOMPARE(r[1].kind, RowKind::Update);
        QCOMPARE(r[1].match.contactId, janis.value());
        QVERIFY2(r[1].match.reason.contains(u"phone") && r[1].match.reason.contains(u"name"),
                 qPrintable(r[1].match.reason));
        QVERIFY(r[1].match.confidence > r[2].match.confidence);
        QCOMPARE(r[2].kind, RowKind::Update);
        QCOMPARE(r[2].match.contactId, ivan.value());
        QCOMPARE(r[3].kind, RowKind::New);
        QCOMPARE(r[4].kind, RowKind::Duplicate);
        QCOMPARE(r[4].match.row, 3);
        QCOMPARE(r[5].kind, RowKind::Duplicate);
        QCOMPARE(r[5].match.row, 3);
        QCOMPARE(r[6].kind, RowKind::Duplicate);
        QCOMPARE(r[6].match.row, 3);
        QVERIFY(r[6].match.reason.contains(u"line 5"));
        for (const PreviewRow &row : r)
            QVERIFY(row.match.confidence >= 0 && row.match.confidence <= 1);
    }

    void updateCreateSkipAndUndo()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        Contact existing = crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs);
        existing.tags = {u"Old"_qs};
        auto annaId = repo.create(existing);
        auto bId = repo.create(crm::test::contact(u"Būvnieks"_qs, u"Koks"_qs, u"b@x.lv"_qs));
        QVERIFY(annaId && bId);
        const QStringList before = dump(t.db());
        const int changesBefore = t.changeCount();

        const QByteArray csv = "First Name,Last Name,Email,Phone,City,Company,Tags\n"
                               "Anna,Ozola,ANNA@x.lv,+371 2000 0002,Rīga,SIA Jauns,New\n"
                               "Buvnieks,Koks,b@x.lv,,Cēsis,,\n"
                               "Zane,Bērza,zane@x.lv,,Valmiera,SIA Jauns,\n";
        const QString path = writeFile(m_dir, u"apply.csv"_qs, csv);
        ContactImporter importer(t.db());
        auto p = importer.preview(csvSettings(path));
        QVERIFY(p.ok());
        QCOMPARE(p->count(RowKind::Update), 2);
        QCOMPARE(p->count(RowKind::New), 1);
        QVERIFY(p.value().setChoice(1, DuplicateChoice::Skip).ok());
        auto done = importer.apply(p.value());
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->created, 1);
        QCOMPARE(done->updated, 1);
        QCOMPARE(done->skipped, 1);
        QVERIFY(t.changeCount() > changesBefore); // captured like any edit

        auto anna = repo.get(annaId.value());
        QCOMPARE(anna->emails.size(), 1); // the same address, other case: not added
        QCOMPARE(anna->phones.size(), 1);
        QCOMPARE(anna->city, u"Rīga"_qs);
        QCOMPARE(anna->companyName, u"SIA Jauns"_qs);
        QStringList tags = anna->tags;
        tags.sort();
        QCOMPARE(tags, QStringList({u"New"_qs, u"Old"_qs}));
        QCOMPARE(repo.get(bId.value())->city, QString()); // skipped
        QCOMPARE(repo.count().value(), 3);
        auto company = CompanyRepository(t.db()).findByName(u"SIA Jauns"_qs);
        QVERIFY(!company->isEmpty());

        auto list = ImportBatches(t.db()).list();
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().state, u"applied"_qs);
        QCOMPARE(list->first().created, 1);

        // Undo after reopening the database: the created contact and company go, Anna's
        // fields come back.
        const QString dbPath = t.path();
        {
            auto reopened = Database::open(dbPath);
            QVERIFY(reopened.ok());
            auto st = ImportBatches(reopened.value()).undo(done->batchId);
            QVERIFY2(st.ok(), qPrintable(st.error().message()));
            QCOMPARE(dump(reopened.value()), before);
            QVERIFY(CompanyRepository(reopened.value()).findByName(u"SIA Jauns"_qs)->isEmpty());
            QCOMPARE(ImportBatches(reopened.value()).get(done->batchId)->state, u"undone"_qs);
            reopened.value()->closeConnection();
        }
        QVERIFY(!ImportBatches(t.db()).undo(done->batchId).ok()); // only once
    }

    // The apply leaves alone the matches that bring nothing new without loading them, judged
    // by the contacts as they are at the apply: one edited after the preview so that the row
    // now brings something is still updated (and undone), one edited so that the row brings
    // nothing any more is not written, and a repeat that brings nothing writes nothing.
    void updatesJudgedAtApply()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        Contact anna = crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs);
        anna.city = u"Rīga"_qs;
        anna.phones << PhoneNumber{{}, u"mobile"_qs, u"+371 2000 0001"_qs};
        anna.tags = {u"VIP"_qs};
        Contact berta = crm::test::contact(u"Berta"_qs, u"Koka"_qs, u"berta@x.lv"_qs);
        Contact cilda = crm::test::contact(u"Cilda"_qs, u"Lapa"_qs, u"cilda@x.lv"_qs);
        cilda.city = u"Ogre"_qs;
        auto annaId = repo.create(anna);
        auto bertaId = repo.create(berta);
        auto cildaId = repo.create(cilda);
        QVERIFY(annaId && bertaId && cildaId);
        const QByteArray csv = "First Name,Last Name,Email,Phone,City,Tags\n"
                               "Anna,Ozola,anna@x.lv,0037120000001,Rīga,vip\n"
                               "Berta,Koka,BERTA@x.lv,,Cēsis,\n"
                               "Cilda,Lapa,cilda@x.lv,,Ogre,\n";
        const QString path = writeFile(m_dir, u"judged.csv"_qs, csv);
        ContactImporter importer(t.db());
        auto p = importer.preview(csvSettings(path));
        QVERIFY(p.ok());
        QCOMPARE(p->count(RowKind::Update), 3);

        // After the preview: Anna loses her city and phone (the row brings them back), Berta
        // gets the city the row brings (nothing new any more), Cilda stays as she was.
        Contact a = repo.get(annaId.value()).value();
        a.city.clear();
        a.phones.clear();
        QVERIFY(repo.update(a).ok());
        Contact b = repo.get(bertaId.value()).value();
        b.city = u"Cēsis"_qs;
        QVERIFY(repo.update(b).ok());
        const QStringList before = dump(t.db());
        const int changesBefore = t.changeCount();

        auto done = importer.apply(p.value());
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->updated, 1);
        a = repo.get(annaId.value()).value();
        QCOMPARE(a.city, u"Rīga"_qs);
        QCOMPARE(a.phones.size(), 1);
        QCOMPARE(a.phones.first().number, u"0037120000001"_qs);
        QCOMPARE(a.tags, QStringList{u"VIP"_qs});
        QCOMPARE(repo.get(bertaId.value())->city, u"Cēsis"_qs);
        QVERIFY(t.changeCount() > changesBefore);
        const QStringList after = dump(t.db());
        QCOMPARE(after.size(), before.size());
        int differing = 0;
        for (int i = 0; i < after.size(); ++i)
            differing += after[i] != before[i];
        QCOMPARE(differing, 1); // Anna only

        auto undone = ImportBatches(t.db()).undo(done->batchId);
        QVERIFY2(undone.ok(), qPrintable(undone.error().message()));
        QCOMPARE(dump(t.db()), before);
    }

    void createChoiceAndWithinFileMerge()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        QVERIFY(repo.create(crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs)));
        const QByteArray csv = "First Name,Last Name,Email,Phone\n"
                               "Anna,Ozola,anna@x.lv,\n"
                               "Marta,Kalna,marta@x.lv,\n"
                               "Marta,Kalna,marta@x.lv,+371 2000 0003\n";
        const QString path = writeFile(m_dir, u"create.csv"_qs, csv);
        auto s = csvSettings(path);
        s.onDuplicate = DuplicateChoice::Create;
        auto p = ContactImporter(t.db()).preview(s);
        QVERIFY(p.ok());
        QVERIFY(
            p.value().setChoice(2, DuplicateChoice::Update).ok()); // merge into the row it repeats
        auto done = ContactImporter(t.db()).apply(p.value());
        QVERIFY(done.ok());
        QCOMPARE(done->created, 2);
        QCOMPARE(repo.count().value(), 3);
        const auto all = repo.list().value();
        const auto marta = std::find_if(all.cbegin(), all.cend(),
                                        [](const Contact &c) { return c.firstName == u"Marta"; });
        QCOMPARE(marta->phones.size(), 1);
    }

    void undoRefusedAfterLaterEdit()
    {
        TestDatabase t;
        const QByteArray csv = "First Name,Last Name,Email\nAnna,Ozola,anna@x.lv\n"
                               "Marta,Kalna,marta@x.lv\n";
        const QString path = writeFile(m_dir, u"edit.csv"_qs, csv);
        ContactImporter importer(t.db());
        auto p = importer.preview(csvSettings(path));
        auto done = importer.apply(p.value());
        QVERIFY(done.ok());
        ContactRepository repo(t.db());
        auto all = repo.list().value();
        Contact marta = all[0].firstName == u"Marta" ? all[0] : all[1];
        marta.phones << PhoneNumber{{}, u"mobile"_qs, u"+371 2000 0009"_qs}; // a child row
        QVERIFY(repo.update(marta).ok());
        const QStringList state = dump(t.db());
        auto st = ImportBatches(t.db()).undo(done->batchId);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message().contains(u"Marta Kalna"), qPrintable(st.error().message()));
        QCOMPARE(dump(t.db()), state); // nothing undone
        QCOMPARE(ImportBatches(t.db()).get(done->batchId)->state, u"applied"_qs);
    }

    // Updates go 5,000 contacts to a transaction, read for the merge 500 at a time: 1,200
    // matches (every third bringing nothing new) update exactly the 800 that change, and the
    // undo gives back the earlier state.
    void manyUpdatesInOneTransaction()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        QList<Contact> existing;
        for (int i = 0; i < 1200; ++i)
            existing << crm::test::contact(u"Māra"_qs, u"Kalna " + QString::number(i),
                                           u"m" + QString::number(i) + u"@x.lv");
        QVERIFY(repo.createMany(existing).ok());
        const QStringList before = dump(t.db());
        QByteArray csv = "First Name,Last Name,Email,City\n";
        for (int i = 0; i < 1200; ++i)
            csv += "Māra,Kalna " + QByteArray::number(i) + ",m" + QByteArray::number(i) + "@x.lv," +
                   (i % 3 == 0 ? "" : "Cēsis") + "\n";
        const QString path = writeFile(m_dir, u"updates.csv"_qs, csv);
        ContactImporter importer(t.db());
        auto p = importer.preview(csvSettings(path));
        QVERIFY(p.ok());
        auto done = importer.apply(p.value());
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->created, 0);
        QCOMPARE(done->updated, 800);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts WHERE city = 'Cēsis'"_qs).toInt(), 800);
        QCOMPARE(SearchService(t.db()).search(u"kalna 1199 cesis"_qs)->size(), 1);
        QCOMPARE(SearchService(t.db()).search(u"kalna 1197 cesis"_qs)->size(), 0); // nothing new
        auto st = ImportBatches(t.db()).undo(done->batchId);
        QVERIFY2(st.ok(), qPrintable(st.error().message()));
        QCOMPARE(dump(t.db()), before);
    }

    // The apply reads the next chunk of updates on another thread while it writes one. A
    // contact edited between the two transactions — by another connection (a colleague's
    // sync, the window) or by this one — is read again: the import fills only empty fields,
    // so the edit stays and the import leaves that contact alone.
    void updatesEditedWhileTheChunkBeforeIsWrittenAreReadAgain_data()
    {
        QTest::addColumn<bool>("otherConnection");
        QTest::newRow("another connection") << true;
        QTest::newRow("this connection") << false;
    }
    void updatesEditedWhileTheChunkBeforeIsWrittenAreReadAgain()
    {
        QFETCH(bool, otherConnection);
        constexpr int Count = 6000; // two chunks of updates: 5,000 and 1,000
        TestDatabase t;
        ContactRepository repo(t.db());
        QList<Contact> existing;
        for (int i = 0; i < Count; ++i)
            existing << crm::test::contact(u"Person"_qs, u"Number" + QString::number(i),
                                           u"p" + QString::number(i) + u"@x.lv");
        QVERIFY(repo.createMany(existing).ok());
        // The chunks follow the contacts' ids, which grow as they were created: the last
        // contact is in the second chunk.
        auto last = t.scalar(u"SELECT id FROM contacts ORDER BY id DESC LIMIT 1"_qs).toByteArray();
        QCOMPARE(repo.get(last)->lastName, u"Number5999"_qs);
        QByteArray csv = "First Name,Last Name,Email,Title\n";
        for (int i = 0; i < Count; ++i)
            csv += "Person,Number" + QByteArray::number(i) + ",p" + QByteArray::number(i) +
                   "@x.lv,Imported\n";
        const QString path = writeFile(m_dir, u"readagain.csv"_qs, csv);
        ContactImporter importer(t.db());
        auto p = importer.preview(csvSettings(path));
        QVERIFY(p.ok());
        QCOMPARE(p->count(RowKind::Update), Count);

        DatabasePtr other;
        if (otherConnection) {
            auto opened = Database::open(t.path());
            QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
            other = opened.value();
        }
        bool edited = false;
        Status edit;
        auto done = importer.apply(p.value(), [&](qint64 d, qint64) {
            if (d > Count && !edited) { // the first chunk of updates is written
                edited = true;
                ContactRepository editor(otherConnection ? other : t.db());
                Contact c = editor.get(last).value();
                c.title = u"Edited meanwhile"_qs;
                edit = editor.update(c);
            }
            return true;
        });
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QVERIFY(edited);
        QVERIFY2(edit.ok(), qPrintable(edit.error().message()));
        QCOMPARE(repo.get(last)->title, u"Edited meanwhile"_qs);
        QCOMPARE(done->updated, Count - 1);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts WHERE title = 'Imported'"_qs).toInt(),
                 Count - 1);

        auto undone = ImportBatches(t.db()).undo(done->batchId);
        QVERIFY2(undone.ok(), qPrintable(undone.error().message()));
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts WHERE title = 'Imported'"_qs).toInt(), 0);
        QCOMPARE(repo.get(last)->title, u"Edited meanwhile"_qs);
    }

    // More created contacts than one undo set: stopped after the first set, the undo keeps
    // what it did and finishes later; search forgets the contacts, the update is restored.
    void undoStoppedBetweenSetsFinishesLater()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        QVERIFY(repo.create(crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs)));
        const QStringList before = dump(t.db());
        QByteArray csv = "First Name,Last Name,Email,City\nAnna,Ozola,anna@x.lv,Liepāja\n";
        for (int i = 0; i < 6000; ++i)
            csv += "Persona,Zvaigzne" + QByteArray::number(i) + ",z" + QByteArray::number(i) +
                   "@x.lv,\n";
        const QString path = writeFile(m_dir, u"sets.csv"_qs, csv);
        ContactImporter importer(t.db());
        auto p = importer.preview(csvSettings(path));
        QVERIFY(p.ok());
        auto done = importer.apply(p.value());
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->created, 6000);
        QCOMPARE(done->updated, 1);
        QCOMPARE(repo.count().value(), 6001);
        QVERIFY(!SearchService(t.db()).search(u"zvaigzne5999"_qs)->isEmpty());
        // A created contact deleted since is not a later edit that blocks the undo.
        const auto victim = SearchService(t.db()).search(u"zvaigzne5998"_qs);
        QCOMPARE(victim->size(), 1);
        QVERIFY(repo.remove(victim->first().id).ok());

        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        auto st = ImportBatches(t.db()).undo(done->batchId, [&](qint64 d, qint64 total) {
            lastDone = d;
            lastTotal = total;
            return false;
        });
        QCOMPARE(st.error().code, ErrorCode::Cancelled);
        QCOMPARE(lastTotal, 6001);
        QVERIFY(lastDone > 0 && lastDone < 6000);
        QCOMPARE(repo.count().value(), 6000 - lastDone);
        QCOMPARE(ImportBatches(t.db()).get(done->batchId)->state, u"applied"_qs);

        qint64 calls = 0;
        st = ImportBatches(t.db()).undo(done->batchId, [&](qint64 d, qint64 total) {
            ++calls;
            lastDone = d;
            lastTotal = total;
            return true;
        });
        QVERIFY2(st.ok(), qPrintable(st.error().message()));
        QVERIFY(calls >= 2);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(dump(t.db()), before);
        QVERIFY(SearchService(t.db()).search(u"zvaigzne"_qs)->isEmpty());
        QSqlQuery indexed(t.db()->connection()); // and the index keeps no stale entries
        QVERIFY(indexed.exec(u"SELECT count(*) FROM contacts_fts"_qs) && indexed.next());
        QCOMPARE(indexed.value(0).toInt(), 1);
        QCOMPARE(SearchService(t.db()).search(u"ozola"_qs)->size(), 1);
        QCOMPARE(ImportBatches(t.db()).get(done->batchId)->state, u"undone"_qs);
    }

    void cancelLeavesNothing()
    {
        TestDatabase t;
        const QString path = writeFile(m_dir, u"cancel.csv"_qs, peopleCsv(12000));
        ContactImporter importer(t.db());
        auto p = importer.preview(csvSettings(path));
        QVERIFY(p.ok());
        QCOMPARE(p->count(RowKind::New), 12000);
        int calls = 0;
        auto done = importer.apply(p.value(), [&](qint64 d, qint64) {
            ++calls;
            return d < 10000; // cancel after the second chunk (5,000 rows each) is written
        });
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, ErrorCode::Cancelled);
        QVERIFY(calls >= 2);
        QCOMPARE(ContactRepository(t.db()).count().value(), 0);
        QCOMPARE(ImportBatches(t.db()).list()->first().state, u"cancelled"_qs);
        // Cancel during the preview too.
        auto q = importer.preview(csvSettings(path), [](qint64, qint64) { return false; });
        QVERIFY(!q.ok());
        QCOMPARE(q.error().code, ErrorCode::Cancelled);
    }

    // The update path compares a matched contact before and after its merge field by field
    // (sameRecord) instead of writing both as the undo record's JSON: the same answer for a
    // change of every recorded field, and for what the record leaves out or writes alike.
    void sameRecordMeansTheSameUndoRecord()
    {
        Contact base =
            crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs, u"+37120000001"_qs);
        base.emails.first().id = Uuid::createV7();
        base.phones.first().id = Uuid::createV7();
        base.title = u""_qs;
        base.companyId = Uuid::createV7();
        base.street = u"Brīvības 1"_qs;
        base.city = u"Rīga"_qs;
        base.birthday = QDate(1980, 2, 29);
        base.tags = {u"VIP"_qs, u"Rīga"_qs};
        base.custom.insert(u"f1"_qs, u"1"_qs);
        base.photo = ContactPhoto{QByteArray("\x89PNG"), u"image/png"_qs};
        const std::vector<std::pair<const char *, std::function<void(Contact &)>>> changes = {
            {"nothing", [](Contact &) {}},
            {"first name", [](Contact &c) { c.firstName += u'x'; }},
            {"last name", [](Contact &c) { c.lastName.clear(); }},
            {"title", [](Contact &c) { c.title = u"CEO"_qs; }},
            {"title null for empty", [](Contact &c) { c.title = QString(); }},
            {"company", [](Contact &c) { c.companyId.clear(); }},
            {"street", [](Contact &c) { c.street += u'x'; }},
            {"postal code", [](Contact &c) { c.postalCode = u"LV-1010"_qs; }},
            {"city", [](Contact &c) { c.city = u"Cēsis"_qs; }},
            {"country", [](Contact &c) { c.country = u"LV"_qs; }},
            {"birthday", [](Contact &c) { c.birthday = c.birthday.addDays(1); }},
            {"no birthday", [](Contact &c) { c.birthday = QDate(); }},
            {"source", [](Contact &c) { c.source = u"fair"_qs; }},
            {"status", [](Contact &c) { c.status = LifecycleStatus::Customer; }},
            {"notes", [](Contact &c) { c.notes = u"x"_qs; }},
            {"owner, not recorded", [](Contact &c) { c.owner = u"someone"_qs; }},
            {"visibility, not recorded", [](Contact &c) { c.visibility = u"private"_qs; }},
            {"tag order", [](Contact &c) { std::swap(c.tags[0], c.tags[1]); }},
            {"tag added", [](Contact &c) { c.tags << u"new"_qs; }},
            {"e-mail added",
             [](Contact &c) {
                 c.emails << EmailAddress{{}, u"home"_qs, u"a@b.lv"_qs};
             }},
            {"e-mail label", [](Contact &c) { c.emails[0].label = u"other"_qs; }},
            {"e-mail id", [](Contact &c) { c.emails[0].id = Uuid::createV7(); }},
            {"phone number", [](Contact &c) { c.phones[0].number += u'9'; }},
            {"phone removed", [](Contact &c) { c.phones.clear(); }},
            {"custom value", [](Contact &c) { c.custom[u"f1"_qs] = u"2"_qs; }},
            {"custom added", [](Contact &c) { c.custom.insert(u"f2"_qs, u"x"_qs); }},
            {"photo bytes, only its presence recorded",
             [](Contact &c) { c.photo->data += "more"; }},
            {"photo emptied", [](Contact &c) { c.photo->data.clear(); }},
            {"no photo", [](Contact &c) { c.photo.reset(); }},
        };
        int same = 0;
        for (const auto &[what, change] : changes) {
            Contact other = base;
            change(other);
            const bool json =
                ImportBatches::contactToJson(base) == ImportBatches::contactToJson(other);
            QVERIFY2(ImportBatches::sameRecord(base, other) == json, what);
            QVERIFY2(ImportBatches::sameRecord(other, base) == json, what);
            same += json ? 1 : 0;
        }
        QCOMPARE(same, 5); // nothing, null title, owner, visibility, photo bytes
    }

    // The undo record is written by hand (json::Writer), not by QJsonObject: whatever the text
    // holds — quotes, backslashes, control characters, any script, keys of custom fields
    // with quotes — it is valid JSON and reads back as what was written.
    void undoRecordReadsBackWhatWasWritten()
    {
        Contact c = crm::test::contact(u"An\"na\\"_qs, u"Ozola\tŁ\u0001"_qs, u"a@x.lv"_qs,
                                       u"+37120000001"_qs);
        c.emails.first().id = Uuid::createV7();
        c.emails.first().label = u"wo\"rk"_qs;
        c.phones.first().id = Uuid::createV7();
        c.phones << PhoneNumber{Uuid::createV7(), u"home"_qs, u"+30 210 1234567"_qs};
        c.companyId = Uuid::createV7();
        c.street = u"Line 1\nLine 2\r\n\f\b"_qs;
        c.city = u"Αθήνα"_qs;
        c.country = u"Россия"_qs;
        c.birthday = QDate(1980, 2, 29);
        c.notes = u"</script> {\"x\": [1]} \u001f 😀"_qs;
        c.tags = {u"V\"IP"_qs, u"Rīga"_qs, u""_qs};
        c.custom.insert(u"k\"ey"_qs, u"va\\lue"_qs);
        c.custom.insert(u"plain"_qs, u""_qs);
        c.status = LifecycleStatus::Customer;
        c.photo = ContactPhoto{};
        const QString json = ImportBatches::contactToJson(c);
        QJsonParseError error;
        QJsonDocument::fromJson(json.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const Contact back = ImportBatches::contactFromJson(json);
        QVERIFY(ImportBatches::sameRecord(c, back));
        QCOMPARE(back.firstName, c.firstName);
        QCOMPARE(back.lastName, c.lastName);
        QCOMPARE(back.notes, c.notes);
        QCOMPARE(back.emails, c.emails);
        QCOMPARE(back.phones, c.phones);
        QCOMPARE(back.custom, c.custom);
        QCOMPARE(back.companyId, c.companyId);
        QVERIFY(back.photo.has_value()); // "no photo before" is recorded
        c.photo.reset();
        QVERIFY(!ImportBatches::contactFromJson(ImportBatches::contactToJson(c)).photo);
        c.emails.clear();
        c.phones.clear();
        c.tags.clear();
        c.custom.clear();
        QVERIFY(ImportBatches::sameRecord(
            c, ImportBatches::contactFromJson(ImportBatches::contactToJson(c))));
    }

    // An import large against the file builds the contacts' random-order indexes after its
    // rows (IndexesAside): aside while it creates, all back before it ends, the same as
    // before; the progress still reaches its total; undo is exact.
    void aLargeImportBuildsItsIndexesAfterItsRows()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        QVERIFY(addExisting(repo, 5));
        const QStringList before = dump(t.db());
        QSqlDatabase c = t.db()->connection();
        auto indexNames = [&] {
            QStringList names;
            QSqlQuery q(c);
            q.exec(
                u"SELECT name || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"_qs);
            while (q.next())
                names << q.value(0).toString();
            names.sort();
            return names;
        };
        const QStringList indexesBefore = indexNames();
        QByteArray csv = "First Name,Last Name,Email,City,Company\n";
        for (int i = 0; i < LargeImport; ++i)
            csv += "Person" + QByteArray::number(i) + ",Nr" + QByteArray::number(i % 977) + ",p" +
                   QByteArray::number(i) + "@x.lv,Rīga," +
                   (i % 1000 == 0 ? "Firma " + QByteArray::number(i / 1000) : QByteArray()) + "\n";
        csv += "Esošs,Nr3,e3@x.lv,Cēsis,\n"; // an update, made while they are aside too
        const int companiesBefore =
            t.scalar(u"SELECT count(*) FROM companies WHERE deleted = 0"_qs).toInt();
        const QString path = writeFile(m_dir, u"large.csv"_qs, csv);
        ContactImporter importer(t.db());
        auto p = importer.preview(csvSettings(path));
        QVERIFY(p.ok());
        QCOMPARE(p->count(RowKind::New), LargeImport);
        QCOMPARE(p->count(RowKind::Update), 1);
        int asideSeen = 0;
        qint64 last = 0;
        qint64 reportedTotal = 0;
        auto done = importer.apply(p.value(), [&](qint64 d, qint64 total) {
            if (!IndexesAside::aside(c).value().isEmpty())
                ++asideSeen;
            last = d;
            reportedTotal = total;
            return true;
        });
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->created, LargeImport);
        QCOMPARE(done->updated, 1);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM companies WHERE deleted = 0"_qs).toInt(),
                 companiesBefore + 21);
        QVERIFY(asideSeen >= 4); // each 5,000-row chunk reported with the indexes aside
        QCOMPARE(last, reportedTotal);
        QVERIFY(IndexesAside::aside(c).value().isEmpty());
        QCOMPARE(indexNames(), indexesBefore);
        QCOMPARE(t.scalar(u"PRAGMA integrity_check"_qs).toString(), u"ok"_qs);
        // The lists and the matching use them again.
        QSqlQuery plan(c);
        QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT rid FROM contacts WHERE deleted = 0 "
                          u"ORDER BY local_sort_name, rid LIMIT 5"_qs));
        QVERIFY(plan.next());
        QVERIFY2(plan.value(3).toString().contains(u"contacts_by_name"),
                 qPrintable(plan.value(3).toString()));
        plan.finish(); // a statement open on the connection would keep DROP INDEX from it
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts WHERE city = 'Cēsis'"_qs).toInt(), 1);
        // Undoing it deletes as many: the same way round.
        asideSeen = 0;
        auto undone = ImportBatches(t.db()).undo(done->batchId, [&](qint64, qint64) {
            if (!IndexesAside::aside(c).value().isEmpty())
                ++asideSeen;
            return true;
        });
        QVERIFY2(undone.ok(), qPrintable(undone.error().message()));
        QVERIFY(asideSeen >= 4);
        QCOMPARE(dump(t.db()), before);
        // The companies it made go too (checked with contacts_company back).
        QCOMPARE(t.scalar(u"SELECT count(*) FROM companies WHERE deleted = 0"_qs).toInt(),
                 companiesBefore);
        QVERIFY(IndexesAside::aside(c).value().isEmpty());
        QCOMPARE(indexNames(), indexesBefore);
    }

    // Cancelled while the indexes are aside: nothing of the import kept, the indexes back.
    void cancelWhileIndexesAreAsideLeavesNothing()
    {
        TestDatabase t;
        QSqlDatabase c = t.db()->connection();
        const QVariant indexCount =
            t.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'index'"_qs);
        const QString path = writeFile(m_dir, u"largecancel.csv"_qs, peopleCsv(LargeImport));
        ContactImporter importer(t.db());
        auto p = importer.preview(csvSettings(path));
        QVERIFY(p.ok());
        bool aside = false;
        auto done = importer.apply(p.value(), [&](qint64 d, qint64) {
            aside = !IndexesAside::aside(c).value().isEmpty();
            return d < 10000;
        });
        QVERIFY(aside);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, ErrorCode::Cancelled);
        QCOMPARE(ContactRepository(t.db()).count().value(), 0);
        QVERIFY(IndexesAside::aside(c).value().isEmpty());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'index'"_qs),
                 indexCount);
    }

    // A file longer than the preview's in-memory bound (5,000 rows are read and matched at a
    // time — the database's side on another thread while the chunk before is filed — the rest
    // lives in its store): exact counts, every invalid row's line on paging, matches in the
    // database from every chunk, per-match choices and a repeat of a row a chunk back
    // applied, undo exact.
    void boundedPreview()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        QVERIFY(addExisting(repo, 10));
        for (int i = 0; i <= BoundedRows / 1000; ++i) { // one matched in each 1,000 rows
            const QString n = QString::number(i);
            QVERIFY(repo.create(crm::test::contact(u"Vecs"_qs, u"Nr" + n, u"v" + n + u"@x.lv")));
        }
        const int existing = 10 + BoundedRows / 1000 + 1;
        const QStringList before = dump(t.db());
        auto writeCsv = [&](const QString &name) {
            QByteArray csv = "First Name,Last Name,Email,City,Job Title\n";
            for (int k = 0; k < BoundedRows; ++k) {
                const QByteArray n = QByteArray::number(k);
                if (k % 100 == 7)
                    csv += ",,nobody" + n + "@x.lv,,\n";
                else if (k % 1000 == 321)
                    csv += "Vecs,Nr" + QByteArray::number(k / 1000) + ",V" +
                           QByteArray::number(k / 1000) + "@x.lv,Cēsis,\n";
                else if (k % 100 == 50)
                    csv += "Esošs,Nr" + QByteArray::number(k / 100 % 10) + ",E" +
                           QByteArray::number(k / 100 % 10) + "@X.LV,Rīga,\n";
                else if (k % 100 == 99 && k >= 6000) // the person of row k - 6000
                    csv += "Person" + QByteArray::number(k - 6000) + ",Number,p" +
                           QByteArray::number(k - 6000) + "@x.lv,,Dup" + n + "\n";
                else
                    csv += "Person" + n + ",Number,p" + n + "@x.lv,,\n";
            }
            return writeFile(m_dir, name, csv);
        };
        const QString path = writeCsv(u"bounded.csv"_qs);
        ContactImporter importer(t.db());
        auto p = importer.preview(csvSettings(path));
        QVERIFY2(p.ok(), qPrintable(p.error().message()));
        QCOMPARE(p->rowCount(), BoundedRows);
        QCOMPARE(p->count(RowKind::Invalid), 124);
        // Rows 50 … 950 update the ten contacts; the 113 rows like them after (1050 …) repeat
        // those rows (in the file first), 60 rows a row 6,000 back (the three from 12099 on
        // repeat rows that are not there).
        // Rows 321, 1321 … 12321 update the Vecs contacts, in every chunk.
        QCOMPARE(p->count(RowKind::Update), 10 + 13);
        QCOMPARE(p->count(RowKind::Duplicate), 113 + 60);
        QCOMPARE(p->count(RowKind::New), BoundedRows - 124 - 23 - 173);

        // Paged five at a time: every invalid row once, in order, with its line.
        QList<qint64> lines;
        for (qint64 after = -1;;) {
            auto page = p->page(PreviewFilter::Invalid, after, 5);
            QVERIFY(page.ok());
            if (page->isEmpty())
                break;
            for (const PreviewRow &r : page.value()) {
                QCOMPARE(r.kind, RowKind::Invalid);
                QVERIFY(r.error.contains(u"name"));
                lines << r.line;
            }
            after = page->constLast().index;
        }
        QList<qint64> expected;
        for (int k = 7; k < BoundedRows; k += 100)
            expected << k + 2; // the header is line 1
        QCOMPARE(lines, expected);
        auto matches = p->page(PreviewFilter::Matches, -1, 1000);
        QVERIFY(matches.ok());
        QCOMPARE(matches->size(), 23 + 173);
        const PreviewRow repeat = p->row(6199);
        QCOMPARE(repeat.kind, RowKind::Duplicate);
        QCOMPARE(repeat.match.row, 199);
        QVERIFY2(repeat.match.reason.startsWith(u"line 201: "), qPrintable(repeat.match.reason));
        for (int k = 50; k < 1000; k += 100) {
            const PreviewRow update = p->row(k);
            QCOMPARE(update.kind, RowKind::Update);
            QCOMPARE(update.match.name, u"Esošs Nr"_qs + QString::number(k / 100));
        }
        for (int k = 321; k < BoundedRows; k += 1000) { // each chunk's matches are its own
            const PreviewRow update = p->row(k);
            QCOMPARE(update.kind, RowKind::Update);
            QCOMPARE(update.match.name, u"Vecs Nr"_qs + QString::number(k / 1000));
            QVERIFY2(update.match.reason.contains(u"v"_qs + QString::number(k / 1000) + u"@x.lv"),
                     qPrintable(update.match.reason));
        }
        const PreviewRow late = p->row(12250); // the last chunk: a repeat of row 250
        QCOMPARE(late.kind, RowKind::Duplicate);
        QCOMPARE(late.match.row, 250);

        p.value().setChoiceForAll(DuplicateChoice::Create);
        p.value().setChoiceForAll(DuplicateChoice::Update);
        QVERIFY(p.value().setChoice(50, DuplicateChoice::Skip).ok()); // e0 is updated by row 1050
        QVERIFY(p.value().setChoice(6099, DuplicateChoice::Create).ok()); // a contact of its own
        QCOMPARE(p->row(50).choice, DuplicateChoice::Skip);
        QCOMPARE(p->row(150).choice, DuplicateChoice::Update);
        auto done = importer.apply(p.value());
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->created, BoundedRows - 124 - 23 - 173 + 1);
        // Row 50 is skipped, and so are the twelve rows that repeat it (1050 … 12050).
        QCOMPARE(done->updated, 9 + 13);
        QCOMPARE(done->skipped, 1 + 12);
        QCOMPARE(done->invalid, 124);
        QCOMPARE(repo.count().value(), existing + done->created);
        int titled = 0;
        int person99 = 0;
        int riga = 0;
        int cesis = 0;
        (void)repo.forEach([&](const Contact &c) {
            riga += c.firstName == u"Esošs" && c.city == u"Rīga";
            cesis += c.firstName == u"Vecs" && c.city == u"Cēsis";
            if (c.firstName == u"Person199")
                titled += c.title == u"Dup6199";
            person99 += c.firstName == u"Person99";
            return true;
        });
        QCOMPARE(riga, 9); // all but the skipped one
        QCOMPARE(cesis, 13);
        QCOMPARE(titled, 1);   // the repeat merged into the row it repeats
        QCOMPARE(person99, 2); // the row and its repeat chosen to be created

        // Undo after reopening: the exact earlier state.
        {
            auto reopened = Database::open(t.path());
            QVERIFY(reopened.ok());
            auto st = ImportBatches(reopened.value()).undo(done->batchId);
            QVERIFY2(st.ok(), qPrintable(st.error().message()));
            QCOMPARE(dump(reopened.value()), before);
            reopened.value()->closeConnection();
        }
    }

    // A cancel while the updates are written (after every new contact is): nothing of the
    // import is kept — the created contacts and the updates are undone.
    void cancelDuringUpdatesLeavesNothing()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        QVERIFY(addExisting(repo, 600));
        const QStringList before = dump(t.db());
        QByteArray csv = "First Name,Last Name,Email,City\n";
        for (int k = 0; k < 1800; ++k) {
            const QByteArray n = QByteArray::number(k);
            csv += k < 600 ? QByteArray("Esošs,Nr" + n + ",e" + n + "@x.lv,Rīga\n")
                           : QByteArray("Person" + n + ",Number,p" + n + "@x.lv,Cēsis\n");
        }
        const QString path = writeFile(m_dir, u"cancelupdates.csv"_qs, csv);
        ContactImporter importer(t.db());
        auto p = importer.preview(csvSettings(path));
        QVERIFY(p.ok());
        QCOMPARE(p->count(RowKind::Update), 600);
        bool updating = false;
        auto done = importer.apply(p.value(), [&](qint64 d, qint64) {
            updating = d > 1800; // 500 contacts updated: more than the file's rows done
            return !updating;
        });
        QVERIFY(updating);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, ErrorCode::Cancelled);
        QCOMPARE(dump(t.db()), before);
        QCOMPARE(ImportBatches(t.db()).list()->first().state, u"cancelled"_qs);
    }

    void rememberedMapping()
    {
        TestDatabase t;
        const QByteArray csv = "Vārds,Uzvārds\nAnna,Ozola\n";
        const QString path = writeFile(m_dir, u"lv.csv"_qs, csv);
        auto unmapped = ContactImporter(t.db()).preview(csvSettings(path));
        QVERIFY(!unmapped.ok()); // nothing recognised: a clear error
        QVERIFY(unmapped.error().message().contains(u"Vārds"));
        auto s = csvSettings(path);
        s.source.mapping = ColumnMapping({u"first_name"_qs, u"last_name"_qs});
        auto p = ContactImporter(t.db()).preview(s);
        QVERIFY(p.ok());
        QVERIFY(ContactImporter(t.db()).apply(p.value()).ok());
        // Next time the same headers come with that mapping.
        auto again = ContactImporter(t.db()).preview(csvSettings(path));
        QVERIFY2(again.ok(), qPrintable(again.error().message()));
        QCOMPARE(again->row(0).kind, RowKind::Update);
    }

    void vcard()
    {
        TestDatabase t;
        const QByteArray vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bērziņš;Jānis;;;\r\n"
                               "ORG:SIA Koks\r\nEMAIL;TYPE=WORK:janis@koks.lv\r\n"
                               "CATEGORIES:VIP\r\nEND:VCARD\r\n"
                               "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nEND:VCARD\r\n";
        const QString path = writeFile(m_dir, u"cards.vcf"_qs, vcf);
        auto p = ContactImporter(t.db()).preview(csvSettings(path));
        QVERIFY2(p.ok(), qPrintable(p.error().message()));
        QCOMPARE(p->format, ImportFormat::VCard);
        QCOMPARE(p->rowCount(), 2);
        QCOMPARE(p->row(1).kind, RowKind::Invalid);
        QCOMPARE(p->row(1).line, 8);
        auto done = ContactImporter(t.db()).apply(p.value());
        QVERIFY(done.ok());
        auto all = ContactRepository(t.db()).list().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].companyName, u"SIA Koks"_qs);
        QCOMPARE(all[0].tags, QStringList{u"VIP"_qs});
        // A truncated card: an error with a line, nothing stored.
        const QString bad = writeFile(m_dir, u"bad.vcf"_qs, vcf.left(60));
        auto b = ContactImporter(t.db()).preview(csvSettings(bad));
        QVERIFY(!b.ok());
        QVERIFY(b.error().message().contains(u"bad.vcf"));
    }

    // Photos kept by choice: one that cannot be kept is a warning with its line and reason,
    // and its contact is imported without it; photos skipped by choice warn of nothing.
    void photoWarnings()
    {
        TestDatabase t;
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
        QByteArray large = png;
        large.append(QByteArray(600 * 1024, 'x'));
        const QByteArray vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:One;Anna;;;\r\n"
                               "PHOTO;ENCODING=b;TYPE=PNG:@@not base64@@\r\nEND:VCARD\r\n"
                               "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Two;Berta;;;\r\n"
                               "PHOTO:data:image/png;base64," +
                               QByteArray("hello").toBase64() +
                               "\r\nEND:VCARD\r\n"
                               "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Three;Cita;;;\r\n"
                               "PHOTO:data:image/png;base64," +
                               large.toBase64() +
                               "\r\nEND:VCARD\r\n"
                               "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Four;Dace;;;\r\n"
                               "PHOTO;MEDIATYPE=image/jpeg:https://example.com/dace.jpg\r\n"
                               "END:VCARD\r\n"
                               "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Five;Elza;;;\r\n"
                               "PHOTO:data:image/png;base64," +
                               png.toBase64() + "\r\nEND:VCARD\r\n";
        const QString path = writeFile(m_dir, u"photos.vcf"_qs, vcf);
        auto s = csvSettings(path);
        s.source.keepPhotos = true;
        auto p = ContactImporter(t.db()).preview(s);
        QVERIFY2(p.ok(), qPrintable(p.error().message()));
        QCOMPARE(p->rowCount(), 5);
        QCOMPARE(p->count(RowKind::New), 5);
        QCOMPARE(p->warningCount(), 4);
        QCOMPARE(p->row(0).warnings,
                 QStringList{u"line 4: the photo is not valid base64; skipped"_qs});
        QCOMPARE(
            p->row(1).warnings,
            QStringList{u"line 9: the photo is not a JPEG, PNG, GIF or WebP image; skipped"_qs});
        QCOMPARE(p->row(2).warnings,
                 QStringList{u"line 14: the photo is 601 KB; at most 512 KB are kept; skipped"_qs});
        QCOMPARE(p->row(3).warnings,
                 QStringList{u"line 19: the photo is a link to elsewhere "
                             u"(“https://example.com/dace.jpg”), not a picture in the file; "
                             u"skipped"_qs});
        QVERIFY(p->row(4).warnings.isEmpty());
        QVERIFY(p->row(4).contact.photo.has_value());
        auto done = ContactImporter(t.db()).apply(p.value());
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->created, 5);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contact_photos WHERE deleted = 0"_qs).toInt(), 1);

        s.source.keepPhotos = false;
        auto skipped = ContactImporter(t.db()).preview(s);
        QVERIFY(skipped.ok());
        QCOMPARE(skipped->warningCount(), 0);
    }

    // Random bytes: never a crash; either a clear error or rows (mostly invalid).
    void fuzz()
    {
        TestDatabase t;
        QRandomGenerator rng(20261201);
        for (int round = 0; round < 200; ++round) {
            QByteArray junk(int(rng.bounded(1, 4096)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng.bounded(256));
            if (round % 3 == 0) // text-like: delimiters, quotes, line breaks
                for (char &c : junk)
                    c = ",;\"\n\rabcAZ09@.\xC4\x81 "[rng.bounded(18)];
            if (round % 7 == 0)
                junk.prepend("BEGIN:VCARD\r\n");
            const QString path = writeFile(m_dir, u"fuzz.dat"_qs, junk);
            auto s = csvSettings(path);
            auto p = ContactImporter(t.db()).preview(s);
            if (!p.ok()) {
                QVERIFY(!p.error().message().isEmpty());
                continue;
            }
            const auto all = p->page(PreviewFilter::All, -1, 100000);
            QVERIFY(all.ok());
            for (const PreviewRow &r : all.value())
                QVERIFY(r.kind != RowKind::Invalid || !r.error.isEmpty());
        }
        QCOMPARE(ContactRepository(t.db()).count().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
