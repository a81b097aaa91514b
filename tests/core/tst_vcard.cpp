// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/textcodec.h"
#include "io/vcard.h"

#include <QRandomGenerator>
#include <QTest>

using namespace crm::core;
using namespace crm::core::io;

class TestVCard : public QObject
{
    Q_OBJECT

private slots:
    // What Google Contacts and macOS write: 3.0, UTF-8, folded, escaped.
    void version30()
    {
        const QByteArray file = "BEGIN:VCARD\r\n"
                                "VERSION:3.0\r\n"
                                "FN:Jānis Bērziņš\r\n"
                                "N:Bērziņš;Jānis;;;\r\n"
                                "ORG:SIA Koks;Pārdošana\r\n"
                                "TITLE:Valdes loceklis\r\n"
                                "EMAIL;TYPE=INTERNET;TYPE=WORK:janis@koks.lv\r\n"
                                "item1.EMAIL;TYPE=INTERNET,HOME:janis@gmail.com\r\n"
                                "TEL;TYPE=CELL:+371 2612 3456\r\n"
                                "TEL;TYPE=WORK,VOICE:+371 6700 0000\r\n"
                                "ADR;TYPE=WORK:;;Brīvības iela 1;Rīga;;LV-1010;Latvija\r\n"
                                "BDAY:1985-04-12\r\n"
                                "NOTE:Met at the fair\\, Riga.\\nCall in May; he prefers morn\r\n"
                                " ings.\r\n"
                                "CATEGORIES:Customers,VIP\r\n"
                                "END:VCARD\r\n";
        auto cards = parseVCards(file, false);
        QVERIFY2(cards.ok(), qPrintable(cards.error().detail));
        QCOMPARE(cards->size(), 1);
        const VCard &v = cards->first();
        QCOMPARE(v.line, 1);
        QCOMPARE(v.version, u"3.0"_qs);
        QCOMPARE(v.firstName, u"Jānis"_qs);
        QCOMPARE(v.lastName, u"Bērziņš"_qs);
        QCOMPARE(v.organization, u"SIA Koks"_qs);
        QCOMPARE(v.title, u"Valdes loceklis"_qs);
        QCOMPARE(v.emails.size(), 2);
        QCOMPARE(v.emails[0].label, u"work"_qs);
        QCOMPARE(v.emails[1].address, u"janis@gmail.com"_qs);
        QCOMPARE(v.emails[1].label, u"home"_qs);
        QCOMPARE(v.phones.size(), 2);
        QCOMPARE(v.phones[0].label, u"mobile"_qs);
        QCOMPARE(v.phones[1].label, u"work"_qs);
        QCOMPARE(v.addresses.size(), 1);
        QCOMPARE(v.addresses[0].street, u"Brīvības iela 1"_qs);
        QCOMPARE(v.addresses[0].city, u"Rīga"_qs);
        QCOMPARE(v.addresses[0].postalCode, u"LV-1010"_qs);
        QCOMPARE(v.addresses[0].country, u"Latvija"_qs);
        QCOMPARE(v.birthday, QDate(1985, 4, 12));
        QCOMPARE(v.note, u"Met at the fair, Riga.\nCall in May; he prefers mornings."_qs);
        QCOMPARE(v.categories, QStringList({u"Customers"_qs, u"VIP"_qs}));
        QVERIFY(v.warnings.isEmpty());

        const Contact c = toContact(v);
        QCOMPARE(c.city, u"Rīga"_qs);
        QCOMPARE(c.tags, QStringList({u"Customers"_qs, u"VIP"_qs}));
        QCOMPARE(c.primaryEmail(), u"janis@koks.lv"_qs);
    }

    // What Outlook and old phones write: 2.1, a code page named per property, quoted-printable
    // with soft line breaks, bare types.
    void version21()
    {
        QByteArray file = "BEGIN:VCARD\r\nVERSION:2.1\r\n";
        file += "N;CHARSET=windows-1257;ENCODING=QUOTED-PRINTABLE:B=E7rzi=F2=F0;J=E2nis\r\n";
        file += "TEL;CELL;VOICE:+371 2612 3456\r\n";
        file += "TEL;HOME:+371 6711 1111\r\n";
        file += "EMAIL;PREF;INTERNET:janis@koks.lv\r\n";
        file += "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Pirm=C4=81 rinda=0D=0A=\r\n"
                "otr=C4=81 rinda\r\n";
        file += "BDAY:19850412\r\n";
        file += "END:VCARD\r\n";
        auto cards = parseVCards(file, false);
        QVERIFY2(cards.ok(), qPrintable(cards.error().detail));
        const VCard &v = cards->first();
        QCOMPARE(v.lastName, u"Bērziņš"_qs);
        QCOMPARE(v.firstName, u"Jānis"_qs);
        QCOMPARE(v.phones[0].label, u"mobile"_qs);
        QCOMPARE(v.phones[1].label, u"home"_qs);
        QCOMPARE(v.emails[0].address, u"janis@koks.lv"_qs);
        QCOMPARE(v.note, u"Pirmā rinda\r\notrā rinda"_qs);
        QCOMPARE(v.birthday, QDate(1985, 4, 12));
    }

    void version40AndPhotos()
    {
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a");
        const QByteArray file = "BEGIN:VCARD\nVERSION:4.0\nFN:Μαρία Παπαδοπούλου\n"
                                "N:Παπαδοπούλου;Μαρία;;;\n"
                                "TEL;VALUE=uri;TYPE=\"work,voice\":tel:+30-210-1234567\n"
                                "PHOTO:data:image/png;base64," +
                                png.toBase64() + "\nEND:VCARD\n";
        auto kept = parseVCards(file, true);
        QVERIFY2(kept.ok(), qPrintable(kept.error().detail));
        QCOMPARE(kept->first().phones[0].number, u"+30-210-1234567"_qs);
        QCOMPARE(kept->first().phones[0].label, u"work"_qs);
        QCOMPARE(kept->first().photo, png);
        QCOMPARE(kept->first().photoType, u"image/png"_qs);
        auto skipped = parseVCards(file, false);
        QVERIFY(skipped->first().photo.isEmpty());
    }

    void severalCardsAndAByteOrderMark()
    {
        const QByteArray file = "\xEF\xBB\xBF"
                                "BEGIN:VCARD\nVERSION:3.0\nFN:A\nN:A;;;;\nEND:VCARD\n\n"
                                "BEGIN:VCARD\nVERSION:3.0\nFN:B\nN:B;;;;\nEND:VCARD\n";
        auto cards = parseVCards(file, false);
        QVERIFY(cards.ok());
        QCOMPARE(cards->size(), 2);
        QCOMPARE(cards->at(1).line, 7);
        QCOMPARE(cards->at(1).lastName, u"B"_qs);
    }

    void badBirthdayIsAWarning()
    {
        auto cards =
            parseVCards("BEGIN:VCARD\nVERSION:3.0\nN:X;;;;\nBDAY:31.02.1980\nEND:VCARD\n", false);
        QVERIFY(cards.ok());
        QVERIFY(!cards->first().birthday.isValid());
        QCOMPARE(cards->first().warnings.size(), 1);
        QVERIFY(cards->first().warnings.first().startsWith(u"line 4: birthday"_qs));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("error");
        QTest::addRow("no END") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nN:A;;;;\n")
                                << u"line 1: the vCard that begins here does not end"_qs;
        QTest::addRow("nested") << QByteArray("BEGIN:VCARD\nN:A;;;;\nBEGIN:VCARD\nEND:VCARD\n")
                                << u"line 3: a vCard begins inside"_qs;
        QTest::addRow("no colon") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nNOTE hello\nEND:VCARD\n")
                                  << u"line 3: “NOTE hello” is not a property"_qs;
        QTest::addRow("END alone") << QByteArray("END:VCARD\n") << u"line 1: END:VCARD without"_qs;
        QTest::addRow("not a vCard")
            << QByteArray("name,email\nA,a@x\n") << u"line 1: text outside"_qs;
        QTest::addRow("empty") << QByteArray() << u"no vCard in the file"_qs;
    }

    void malformed()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, error);
        auto cards = parseVCards(file, false);
        QVERIFY(!cards.ok());
        QVERIFY2(cards.error().detail.startsWith(error), qPrintable(cards.error().detail));
    }

    // Written as 4.0 and read back: the same contact; no line over 75 octets, none cut inside
    // a letter.
    void roundTrip()
    {
        Contact c;
        c.id = QByteArray::fromHex("0192a3b4c5d67e8f9a0b1c2d3e4f5061");
        c.firstName = u"Μαρία"_qs;
        c.lastName = u"Παπαδοπούλου-Νικολάου"_qs;
        c.title = u"Διευθύντρια; πωλήσεων, Αθήνα"_qs;
        c.emails = {EmailAddress{{}, u"work"_qs, u"maria@example.gr"_qs},
                    EmailAddress{{}, u"home"_qs, u"m@example.com"_qs}};
        c.phones = {PhoneNumber{{}, u"mobile"_qs, u"+30 690 000 0000"_qs},
                    PhoneNumber{{}, u"work"_qs, u"+30 210 123 4567"_qs}};
        c.street = u"Λεωφόρος Βασιλίσσης Σοφίας 1"_qs;
        c.city = u"Αθήνα"_qs;
        c.postalCode = u"106 71"_qs;
        c.country = u"Ελλάδα"_qs;
        c.birthday = QDate(1980, 2, 29);
        c.tags = {u"VIP"_qs, u"Πελάτες, Αθήνα"_qs};
        c.notes = u"Πρώτη γραμμή με πολλά ελληνικά γράμματα για να διπλωθεί η γραμμή σε πολλά "
                  u"σημεία;\nδεύτερη γραμμή, με κόμμα\\ και ανάποδη κάθετο"_qs;
        const QByteArray file = writeVCards({c});
        for (const QByteArray &line : file.split('\n')) {
            QVERIFY(line.size() <= 76); // 75 octets and the CR
            qint64 invalid = 0;
            TextDecoder::decodeAll("UTF-8", line, &invalid);
            QCOMPARE(invalid, 0);
        }
        QVERIFY(file.contains("UID:urn:uuid:0192a3b4-c5d6-7e8f-9a0b-1c2d3e4f5061\r\n"));
        auto back = parseVCards(file, false);
        QVERIFY2(back.ok(), qPrintable(back.error().detail));
        const Contact r = toContact(back->first());
        QCOMPARE(r.firstName, c.firstName);
        QCOMPARE(r.lastName, c.lastName);
        QCOMPARE(r.title, c.title);
        QCOMPARE(r.emails, c.emails);
        QCOMPARE(r.phones, c.phones);
        QCOMPARE(r.street, c.street);
        QCOMPARE(r.city, c.city);
        QCOMPARE(r.postalCode, c.postalCode);
        QCOMPARE(r.country, c.country);
        QCOMPARE(r.birthday, c.birthday);
        QCOMPARE(r.tags, c.tags);
        QCOMPARE(r.notes, c.notes);
    }

    // Custom field values as extension properties: escaped text, a multiple choice as a list,
    // read back with their lines; a value without its key is a warning.
    void customFieldProperties()
    {
        CustomFieldDefinition notes{
            {}, CustomEntity::Contact, u"history"_qs, u"History"_qs, CustomFieldType::LongText};
        CustomFieldDefinition regions{{},
                                      CustomEntity::Contact,
                                      u"regions"_qs,
                                      u"Regions"_qs,
                                      CustomFieldType::MultiChoice,
                                      false,
                                      0,
                                      {u"North"_qs, u"South, East"_qs}};
        Contact c;
        c.lastName = u"Ozola"_qs;
        c.custom = {{u"history"_qs, u"a, b; c\\d\ne"_qs},
                    {u"regions"_qs, u"[\"North\",\"South, East\"]"_qs},
                    {u"unlisted"_qs, u"not written"_qs}};
        const QByteArray file = writeVCards({c}, {notes, regions});
        QVERIFY2(file.contains("X-CRM-FIELD;X-KEY=history:a\\, b\\; c\\\\d\\ne\r\n"),
                 file.constData());
        QVERIFY(file.contains("X-CRM-FIELD;X-KEY=regions:North,South\\, East\r\n"));
        QVERIFY(!file.contains("unlisted"));
        auto back = parseVCards(file + "BEGIN:VCARD\r\nVERSION:4.0\r\nN:X;;;;\r\n"
                                       "X-CRM-FIELD:no key\r\nEND:VCARD\r\n",
                                false);
        QVERIFY2(back.ok(), qPrintable(back.error().detail));
        const VCard &v = back->first();
        QCOMPARE(v.custom.size(), 2);
        QCOMPARE(v.custom[0].key, u"history"_qs);
        QCOMPARE(v.custom[0].text, u"a, b; c\\d\ne"_qs);
        QCOMPARE(v.custom[1].line, 6);
        QCOMPARE(v.custom[1].values, (QStringList{u"North"_qs, u"South, East"_qs}));
        QCOMPARE(back->at(1).custom.size(), 0);
        QCOMPARE(back->at(1).warnings,
                 QStringList{u"line 11: X-CRM-FIELD without X-KEY (the field it is for); "
                             u"skipped"_qs});
    }

    void fuzz()
    {
        const QByteArray seed =
            "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=windows-1257;ENCODING=QUOTED-PRINTABLE:B=E7rz"
            "i=F2=F0;J=\r\n=E2nis\r\nTEL;CELL:+371 2612 3456\r\nNOTE:a\\, b\\nc\r\n d\r\n"
            "PHOTO;ENCODING=BASE64;TYPE=JPEG:iVBORw0K\r\nBDAY:19850412\r\nEND:VCARD\r\n";
        QRandomGenerator rng(1201);
        const char alphabet[] = {':', ';', '=', '\n', '\r', ' ', '\\', ',', '"', '\xC4', 'B'};
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = seed;
            for (int e = 0, edits = 1 + int(rng.bounded(5)); e < edits; ++e) {
                const int at = int(rng.bounded(quint32(bytes.size() + 1)));
                switch (rng.bounded(3)) {
                case 0:
                    bytes.insert(at, alphabet[rng.bounded(int(sizeof alphabet))]);
                    break;
                case 1:
                    if (at < bytes.size())
                        bytes[at] = alphabet[rng.bounded(int(sizeof alphabet))];
                    break;
                default:
                    bytes.truncate(at);
                }
            }
            auto cards = parseVCards(bytes, round % 2 == 0);
            if (!cards.ok())
                QVERIFY2(cards.error().detail.startsWith(u"line "_qs) ||
                             cards.error().detail.startsWith(u"no vCard"_qs),
                         qPrintable(cards.error().detail));
        }
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
