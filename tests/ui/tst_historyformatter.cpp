// SPDX-License-Identifier: GPL-3.0-or-later
// History entries become sentences: field labels, values, child rows, newest first.
#include "history/historyformatter.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace crm;
using namespace crm::core;
using crm::ui::HistoryFormatter;

namespace {
HistoryEntry entry(qint64 minute, const QString &table, const QByteArray &row,
                   const QString &column, const QVariant &oldValue, const QVariant &newValue)
{
    HistoryEntry e;
    e.when = QDateTime(QDate(2026, 11, 12), QTime(14, 0), QTimeZone::utc()).addSecs(minute * 60);
    e.author = QStringLiteral("anna");
    e.table = table;
    e.row = row;
    e.column = column;
    e.oldValue = oldValue;
    e.newValue = newValue;
    return e;
}
} // namespace

class TestHistoryFormatter : public QObject
{
    Q_OBJECT

private slots:
    void sentences()
    {
        const QByteArray contact("c1");
        const QByteArray email("e1");
        const QByteArray phone("p1");
        const QByteArray tagLink("t1");
        const QByteArray company = QByteArray::fromHex("0102");
        QList<HistoryEntry> entries = {
            entry(0, u"contacts"_qs, contact, {}, {}, QByteArray(R"({"first_name":"Anna"})")),
            entry(0, u"contact_emails"_qs, email, {}, {},
                  QByteArray(R"({"email":"anna@x.lv","label":"work","deleted":0})")),
            entry(1, u"contacts"_qs, contact, u"title"_qs, QString(), u"Sales manager"_qs),
            entry(2, u"contact_emails"_qs, email, u"email"_qs, u"anna@x.lv"_qs, u"anna@y.lv"_qs),
            entry(3, u"contact_emails"_qs, email, u"deleted"_qs, 0, 1),
            entry(4, u"contact_phones"_qs, phone, {}, {},
                  QByteArray(R"({"phone":"+371 2000 0000","label":"mobile"})")),
            entry(5, u"contact_phones"_qs, phone, u"position"_qs, 0, 1),
            entry(6, u"contacts"_qs, contact, u"status"_qs, u"lead"_qs, u"customer"_qs),
            entry(7, u"contacts"_qs, contact, u"company_id"_qs, QByteArray(), company),
            entry(8, u"contact_tags"_qs, tagLink, {}, {},
                  QByteArray(R"({"tag_id":"0a0b","deleted":0})")),
            entry(9, u"contacts"_qs, contact, u"deleted"_qs, 0, 1),
            entry(10, u"contacts"_qs, contact, u"deleted"_qs, 1, 0),
        };
        const HistoryFormatter formatter([&](const QString &table, const QByteArray &id) {
            if (table == u"companies" && id == company)
                return u"Baltic Freight"_qs;
            if (table == u"tags" && id == QByteArray::fromHex("0a0b"))
                return u"VIP"_qs;
            return QString();
        });
        const auto lines = formatter.format(entries);
        QStringList sentences;
        for (const auto &l : lines)
            sentences << l.sentence;
        // Newest first; the position change says nothing to a person.
        const QStringList expected = {
            u"anna restored the contact"_qs,
            u"anna deleted the contact"_qs,
            u"anna added tag “VIP”"_qs,
            u"anna changed Company from “” to “Baltic Freight”"_qs,
            u"anna changed Status from “Lead” to “Customer”"_qs,
            u"anna added phone +371 2000 0000 (mobile)"_qs,
            u"anna removed e-mail anna@y.lv"_qs,
            u"anna changed E-mail from “anna@x.lv” to “anna@y.lv”"_qs,
            u"anna changed Title from “” to “Sales manager”"_qs,
            u"anna added e-mail anna@x.lv (work)"_qs,
            u"anna created the contact"_qs,
        };
        QCOMPARE(sentences, expected);
        // Time in the user's locale, then the sentence.
        const QString when = QLocale().toString(lines.last().when, QLocale::ShortFormat);
        QCOMPARE(lines.last().text, QString(when + u" — anna created the contact"));
        QCOMPARE(lines.last().when, entries.first().when.toLocalTime());
    }

    void fieldLabels()
    {
        QCOMPARE(HistoryFormatter::fieldLabel(u"contacts"_qs, u"postal_code"_qs),
                 u"Postal code"_qs);
        QCOMPARE(HistoryFormatter::fieldLabel(u"companies"_qs, u"phone"_qs), u"Phone"_qs);
        QCOMPARE(HistoryFormatter::fieldLabel(u"companies"_qs, u"website"_qs), u"Website"_qs);
    }
};

QTEST_MAIN(TestHistoryFormatter)
#include "tst_historyformatter.moc"
