// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations: every .ts keeps the placeholders, accelerators and plural forms
// of its source texts, and the built .qm files give counts in the right plural form.
#include "mainwindow/mainwindow.h"
#include "uitesthelpers.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace crm;

namespace {
const QStringList kLanguages = {u"lv"_qs, u"ru"_qs, u"et"_qs, u"pl"_qs, u"el"_qs};

struct Message
{
    QString context, source;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message m;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            m = Message{context,
                        {},
                        xml.attributes().value(QLatin1StringView("numerus")) == u"yes",
                        false,
                        {}};
        } else if (xml.name() == u"source") {
            m.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(QLatin1StringView("type"));
            m.finished = type.isEmpty();
            if (type == u"vanished" || type == u"obsolete")
                continue;
            if (!m.numerus)
                m.translations << xml.readElementText();
            else
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            messages << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d|n)"_qs);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

int accelerators(QString text)
{
    text.remove(u"&&"_qs);
    return int(text.count(u'&'));
}

// How many plural forms Qt's rules give each language.
int pluralForms(const QString &language)
{
    return language == u"et" || language == u"el" ? 2 : 3;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsFilesKeepTheSourceMarkup_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void tsFilesKeepTheSourceMarkup()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(
            QDir(QStringLiteral(CRM_TS_DIR)).filePath(u"crm_%1.ts"_qs.arg(language)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1000);
        int finished = 0;
        for (const Message &m : messages) {
            const QString where = m.context + u": " + m.source;
            // A %n in the source only works through a plural message.
            if (m.source.contains(QRegularExpression(u"%L?n\\b"_qs)))
                QVERIFY2(m.numerus, qPrintable(u"not a plural message: "_qs + where));
            if (!m.finished)
                continue;
            ++finished;
            if (m.numerus)
                QVERIFY2(m.translations.size() == pluralForms(language),
                         qPrintable(u"plural forms: "_qs + where));
            for (const QString &t : m.translations) {
                const QString what = where + u" → " + t;
                QVERIFY2(!t.isEmpty(), qPrintable(u"empty: "_qs + where));
                QVERIFY2(placeholders(t) == placeholders(m.source),
                         qPrintable(u"placeholders: "_qs + what));
                QVERIFY2(accelerators(t) == accelerators(m.source),
                         qPrintable(u"accelerators: "_qs + what));
                QVERIFY2(t.count(u'\n') == m.source.count(u'\n'),
                         qPrintable(u"line breaks: "_qs + what));
                QVERIFY2(t.endsWith(u'…') == m.source.endsWith(u'…'),
                         qPrintable(u"ellipsis: "_qs + what));
            }
        }
        qInfo("%s: %d of %lld messages translated", qPrintable(language), finished,
              qint64(messages.size()));
    }

    void countsUseThePluralFormOfTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("contacts");
        QTest::addColumn<QString>("companies");
        QTest::newRow("lv 1") << u"lv"_qs << 1 << u"1 kontakts"_qs << u"1 uzņēmums"_qs;
        QTest::newRow("lv 21") << u"lv"_qs << 21 << u"21 kontakts"_qs << u"21 uzņēmums"_qs;
        QTest::newRow("lv 120") << u"lv"_qs << 120 << u"120 kontakti"_qs << u"120 uzņēmumi"_qs;
        QTest::newRow("ru 1") << u"ru"_qs << 1 << u"1 контакт"_qs << u"1 компания"_qs;
        QTest::newRow("ru 3") << u"ru"_qs << 3 << u"3 контакта"_qs << u"3 компании"_qs;
        QTest::newRow("ru 12") << u"ru"_qs << 12 << u"12 контактов"_qs << u"12 компаний"_qs;
        QTest::newRow("pl 1") << u"pl"_qs << 1 << u"1 kontakt"_qs << u"1 firma"_qs;
        QTest::newRow("pl 22") << u"pl"_qs << 22 << u"22 kontakty"_qs << u"22 firmy"_qs;
        QTest::newRow("pl 25") << u"pl"_qs << 25 << u"25 kontaktów"_qs << u"25 firm"_qs;
        QTest::newRow("et 1") << u"et"_qs << 1 << u"1 kontakt"_qs << u"1 ettevõte"_qs;
        QTest::newRow("et 7") << u"et"_qs << 7 << u"7 kontakti"_qs << u"7 ettevõtet"_qs;
        QTest::newRow("el 1") << u"el"_qs << 1 << u"1 επαφή"_qs << u"1 εταιρεία"_qs;
        QTest::newRow("el 40") << u"el"_qs << 40 << u"40 επαφές"_qs << u"40 εταιρείες"_qs;
    }

    void countsUseThePluralFormOfTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, contacts);
        QFETCH(QString, companies);
        QTranslator translator;
        QVERIFY(translator.load(
            QDir(QStringLiteral(CRM_QM_DIR)).filePath(u"crm_%1.qm"_qs.arg(language))));
        QLocale::setDefault(QLocale(language));
        QCoreApplication::installTranslator(&translator);
        const QString contactsText =
            ui::MainWindow::countText(ui::MainWindow::Page::Contacts, count);
        const QString companiesText =
            ui::MainWindow::countText(ui::MainWindow::Page::Companies, count);
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(contactsText, contacts);
        QCOMPARE(companiesText, companies);
    }

    void englishCountsWithoutATranslation()
    {
        QCOMPARE(ui::MainWindow::countText(ui::MainWindow::Page::Contacts, 1), u"1 contact"_qs);
        QCOMPARE(ui::MainWindow::countText(ui::MainWindow::Page::Companies, 3), u"3 companies"_qs);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
