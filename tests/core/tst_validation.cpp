// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/validation.h"
#include "support/builders.h"

#include <QTest>

using namespace crm;
using namespace crm::core;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void emails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::addRow("plain") << u"anna@example.lv"_qs << true;
        QTest::addRow("dots and plus") << u"anna.berzina+crm@mail.example.co.uk"_qs << true;
        QTest::addRow("unicode local") << u"jānis@piemērs.lv"_qs << true;
        QTest::addRow("no at") << u"anna.example.lv"_qs << false;
        QTest::addRow("two ats") << u"anna@@example.lv"_qs << false;
        QTest::addRow("no domain dot") << u"anna@localhost"_qs << false;
        QTest::addRow("space") << u"anna berzina@example.lv"_qs << false;
        QTest::addRow("leading dot") << u".anna@example.lv"_qs << false;
        QTest::addRow("double dot") << u"anna..b@example.lv"_qs << false;
        QTest::addRow("trailing dot domain") << u"anna@example.lv."_qs << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("too long") << QString(250, u'a') + u"@x.lv" << false;
    }
    void emails()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isValidEmail(email), valid);
    }

    void phones_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::addRow("lv") << u"+371 2912 3456"_qs << true;
        QTest::addRow("ru") << u"+7 (912) 345-67-89"_qs << true;
        QTest::addRow("uk national") << u"07700 900123"_qs << true;
        QTest::addRow("extension") << u"+44 20 7946 0958 ext. 12"_qs << true;
        QTest::addRow("letters") << u"call me"_qs << false;
        QTest::addRow("two digits") << u"12"_qs << false;
        QTest::addRow("plus inside") << u"12+34"_qs << false;
        QTest::addRow("too many digits") << QString(25, u'1') << false;
    }
    void phones()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isValidPhone(phone), valid);
    }

    void birthdays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addRow("ok") << u"1985-04-12"_qs << true;
        QTest::addRow("leap day") << u"1980-02-29"_qs << true;
        QTest::addRow("not a leap year") << u"1981-02-29"_qs << false;
        QTest::addRow("30 February") << u"2023-02-30"_qs << false;
        QTest::addRow("month 13") << u"1990-13-01"_qs << false;
        QTest::addRow("day 0") << u"1990-01-00"_qs << false;
        QTest::addRow("wrong format") << u"12.04.1985"_qs << false;
        QTest::addRow("future") << QDate::currentDate().addDays(1).toString(Qt::ISODate) << false;
        QTest::addRow("too old") << u"1899-12-31"_qs << false;
        QTest::addRow("junk") << u"yesterday"_qs << false;
    }
    void birthdays()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        auto d = Validation::parseBirthday(text);
        QCOMPARE(d.ok(), valid);
        if (!valid) {
            QCOMPARE(d.error().field, u"birthday"_qs);
            QVERIFY(!d.error().detail.isEmpty());
        }
    }

    void contactErrorsNameTheirField()
    {
        Contact c = test::contact(QString(), u"  "_qs, u"ok@example.lv"_qs);
        c.emails << EmailAddress{{}, u"home"_qs, u"broken@"_qs};
        c.phones << PhoneNumber{{}, u"fax"_qs, u"+371 2000 0000"_qs};
        const auto errors = Validation::check(c);
        QStringList fields;
        for (const Error &e : errors)
            fields << e.field;
        QCOMPARE(fields, (QStringList{u"lastName"_qs, u"email:1"_qs, u"phone:0"_qs}));
        QVERIFY(errors[1].detail.contains(u"broken@"));
    }

    void companyErrors()
    {
        Company c;
        c.website = u"not a site"_qs;
        const auto errors = Validation::check(c);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].field, u"name"_qs);
        QCOMPARE(errors[1].field, u"website"_qs);
        c.name = u"Acme"_qs;
        c.website = u"acme.example.com"_qs;
        QVERIFY(Validation::check(c).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
