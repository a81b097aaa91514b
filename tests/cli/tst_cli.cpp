// SPDX-License-Identifier: GPL-3.0-or-later
// The crm-cli contract, checked on the real binary: output formats, search, history,
// soft delete, exit status, one-line errors, and bad input that changes nothing.
#include "support/clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "io/vcard.h"

#include <memory>

namespace {

using Run = crm::test::ProcessRun;

const QRegularExpression
    kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

// CSV records as maps from the header's keys.
QList<QHash<QString, QString>> csvObjects(const QString &text)
{
    const QList<QStringList> records = parseCsv(text);
    QList<QHash<QString, QString>> out;
    if (records.isEmpty())
        return out;
    for (qsizetype r = 1; r < records.size(); ++r) {
        QHash<QString, QString> o;
        for (qsizetype c = 0; c < records[0].size() && c < records[r].size(); ++c)
            o.insert(records[0][c], records[r][c]);
        out << o;
    }
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void addThenShowAndList_data();
    void addThenShowAndList();
    void tableColumnsAlignWithNonLatinText();
    void csvQuotesSpecialCharacters();
    void exportContacts();
    void search_data();
    void search();
    void editThenHistory();
    void editLists();
    void deleteThenRestore();
    void companyWithContacts();
    void idPrefixes();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void fileThatIsNotADatabase_data();
    void fileThatIsNotADatabase();
    void refusedDatabaseIsUntouched_data();
    void refusedDatabaseIsUntouched();
    void missingDatabaseIsOnlyCreatedByAdd();
    void helpAndVersion_data();
    void helpAndVersion();

private:
    QString addContact(const QStringList &arguments);
    QJsonArray jsonList(const QString &what); // "contact" or "company"
    QJsonObject jsonShow(const QString &what, const QString &id);
    static void verifyOneLineError(const Run &run, int exitCode);

    crm::test::CliRunner m_cli;
    QTemporaryDir m_templateDir;
    QString m_template;
    QString m_templateContact;
};

void TestCli::initTestCase()
{
    QVERIFY2(m_cli.found(), qPrintable(u"CRM_CLI_BINARY: "_qs + m_cli.binary()));
    QVERIFY(m_templateDir.isValid());
    m_template = m_templateDir.filePath(u"template.sqlite"_qs);
    const Run add = m_cli.run({u"contact"_qs, u"add"_qs, u"--first-name"_qs, u"Esošā"_qs,
                               u"--last-name"_qs, u"Kontakte"_qs, u"--email"_qs,
                               u"esosa@koks.lv"_qs, u"--company"_qs, u"Esošais"_qs},
                              m_template);
    QVERIFY2(add.exitCode == 0, add.err.constData());
    m_templateContact = add.outText().trimmed();
    // crm-cli checkpoints on exit: the file alone is the whole database.
    QVERIFY(!QFile::exists(m_template + u"-wal"_qs));
}

void TestCli::init()
{
    QVERIFY(m_cli.reset());
}

QString TestCli::addContact(const QStringList &arguments)
{
    const Run r =
        m_cli.run(QStringList{QStringLiteral("contact"), QStringLiteral("add")} + arguments);
    if (r.exitCode != 0) {
        qWarning("contact add failed: %s", r.err.constData());
        return {};
    }
    return r.outText().trimmed();
}

QJsonArray TestCli::jsonList(const QString &what)
{
    const Run r = m_cli.run(
        {what, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    if (r.exitCode != 0)
        qWarning("list failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).array();
}

QJsonObject TestCli::jsonShow(const QString &what, const QString &id)
{
    const Run r = m_cli.run(
        {what, QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    if (r.exitCode != 0)
        qWarning("show failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

void TestCli::verifyOneLineError(const Run &run, int exitCode)
{
    QVERIFY2(run.exitCode != -1, "crm-cli crashed");
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.err.startsWith("crm-cli: error: "), run.err.constData());
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.err.constData());
}

void TestCli::addThenShowAndList_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("company");
    QTest::addRow("latvian") << u"Jānis"_qs << u"Bērziņš"_qs << u"janis@koks.lv"_qs
                             << u"+371 2912 3456"_qs << u"SIA Koks"_qs;
    QTest::addRow("russian") << u"Иван"_qs << u"Иванов"_qs << u"ivan@example.ru"_qs
                             << u"+7 495 123-45-67"_qs << u"ООО Ромашка"_qs;
    QTest::addRow("greek") << u"Γιώργος"_qs << u"Παπαδόπουλος"_qs << u"g.pap@example.gr"_qs
                           << u"+30 21 0123 4567"_qs << u"Αθηναϊκή Α.Ε."_qs;
}

void TestCli::addThenShowAndList()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, company);

    const Run add =
        m_cli.run({u"contact"_qs, u"add"_qs, u"--first-name"_qs, first, u"--last-name"_qs, last,
                   u"--email"_qs, u"home:"_qs + email, u"--phone"_qs, phone, u"--company"_qs,
                   company, u"--status"_qs, u"customer"_qs, u"--tag"_qs, u"VIP"_qs,
                   u"--birthday"_qs, u"1980-02-29"_qs});
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(add.err.isEmpty(), add.err.constData());
    QCOMPARE(add.out.count('\n'), 1); // just the id, one line
    const QString id = add.outText().trimmed();
    QVERIFY2(kUuid.match(id).hasMatch(), qPrintable(id));

    // show, json
    const QJsonObject o = jsonShow(u"contact"_qs, id);
    QCOMPARE(o.value(u"id"_qs).toString(), id);
    QCOMPARE(o.value(u"first_name"_qs).toString(), first);
    QCOMPARE(o.value(u"last_name"_qs).toString(), last);
    QCOMPARE(o.value(u"company"_qs).toString(), company);
    QCOMPARE(o.value(u"status"_qs).toString(), u"customer"_qs);
    QCOMPARE(o.value(u"birthday"_qs).toString(), u"1980-02-29"_qs);
    QCOMPARE(o.value(u"deleted"_qs).toBool(true), false);
    const QJsonArray emails = o.value(u"emails"_qs).toArray();
    QCOMPARE(emails.size(), 1);
    QCOMPARE(emails[0].toObject().value(u"address"_qs).toString(), email);
    QCOMPARE(emails[0].toObject().value(u"label"_qs).toString(), u"home"_qs);
    const QJsonArray phones = o.value(u"phones"_qs).toArray();
    QCOMPARE(phones.size(), 1);
    QCOMPARE(phones[0].toObject().value(u"number"_qs).toString(), phone);
    QCOMPARE(phones[0].toObject().value(u"label"_qs).toString(), u"mobile"_qs); // the default
    QCOMPARE(o.value(u"tags"_qs).toArray(), QJsonArray{u"VIP"_qs});

    // show, table: "Field: value" lines
    const Run table = m_cli.run({u"contact"_qs, u"show"_qs, id});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.outText().split(u'\n');
    QVERIFY(lines.contains(
        QRegularExpression(u"^First name: +"_qs + QRegularExpression::escape(first) + u'$')));
    QVERIFY(lines.contains(
        QRegularExpression(u"^Company: +"_qs + QRegularExpression::escape(company) + u'$')));
    QVERIFY(lines.contains(QRegularExpression(u"^ID: +"_qs + id + u'$')));

    // show, csv: header and one record
    const Run csv = m_cli.run({u"contact"_qs, u"show"_qs, id, u"--format"_qs, u"csv"_qs});
    QCOMPARE(csv.exitCode, 0);
    const auto shown = csvObjects(csv.outText());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown[0].value(u"last_name"_qs), last);
    QCOMPARE(shown[0].value(u"emails"_qs), u"home:"_qs + email);

    // list in all three formats
    const QJsonArray list = jsonList(u"contact"_qs);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value(u"id"_qs).toString(), id);
    QCOMPARE(list[0].toObject().value(u"name"_qs).toString(), first + u' ' + last);

    const Run listCsv = m_cli.run({u"contact"_qs, u"list"_qs, u"--format"_qs, u"csv"_qs});
    QCOMPARE(listCsv.exitCode, 0);
    QVERIFY(listCsv.out.endsWith("\r\n"));
    const auto rows = csvObjects(listCsv.outText());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].value(u"id"_qs), id);
    QCOMPARE(rows[0].value(u"first_name"_qs), first);
    QCOMPARE(rows[0].value(u"company"_qs), company);
    QCOMPARE(rows[0].value(u"phones"_qs), u"mobile:"_qs + phone);
    QCOMPARE(rows[0].value(u"tags"_qs), u"VIP"_qs);

    const Run listTable = m_cli.run({u"contact"_qs, u"list"_qs});
    QCOMPARE(listTable.exitCode, 0);
    const QStringList tableLines = listTable.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(tableLines.size(), 3); // header, rule, one contact
    QVERIFY(tableLines[0].startsWith(u"ID"_qs));
    QVERIFY(tableLines[2].startsWith(id));
    QVERIFY(tableLines[2].contains(first + u' ' + last));
}

void TestCli::tableColumnsAlignWithNonLatinText()
{
    // Byte-based padding would shift the columns after a Latvian, Russian or Greek name.
    for (const auto &[first, last] :
         {std::pair{u"Līga"_qs, u"Ērgle"_qs}, std::pair{u"Ёлка"_qs, u"Щукина"_qs},
          std::pair{u"Ζωή"_qs, u"Αλεξίου"_qs}, std::pair{u"Al"_qs, u"Bo"_qs}}) {
        QVERIFY(!addContact({u"--first-name"_qs, first, u"--last-name"_qs, last, u"--company"_qs,
                             u"Koks"_qs})
                     .isEmpty());
    }
    const Run r = m_cli.run({u"contact"_qs, u"list"_qs});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    const auto column = lines[0].indexOf(u"Company"_qs);
    QVERIFY(column > 0);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        // All test names are single code points per character: index == terminal column.
        QCOMPARE(lines[i].mid(column, 4), u"Koks"_qs);
        QCOMPARE(lines[i].at(column - 1), u' ');
    }
}

void TestCli::csvQuotesSpecialCharacters()
{
    const QString notes = u"Said \"hello, world\"\nthen left"_qs;
    const QString id = addContact({u"--first-name"_qs, u"Anna, Marie"_qs, u"--last-name"_qs,
                                   u"O'Brien"_qs, u"--notes"_qs, notes});
    QVERIFY(!id.isEmpty());
    const Run r = m_cli.run({u"contact"_qs, u"list"_qs, u"--format"_qs, u"csv"_qs});
    QCOMPARE(r.exitCode, 0);
    const auto rows = csvObjects(r.outText());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].value(u"first_name"_qs), u"Anna, Marie"_qs);
    QCOMPARE(rows[0].value(u"notes"_qs), notes);
    QVERIFY(r.outText().contains(u"\"Said \"\"hello, world\"\"\nthen left\""_qs));

    // --format before and after the command: the last one counts.
    const Run again =
        m_cli.run({u"--format"_qs, u"table"_qs, u"contact"_qs, u"list"_qs, u"--format=csv"_qs});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, r.out);
}

// export contacts: CSV that a spreadsheet reads safely and vCard 4.0, both read back; bad
// arguments are usage errors and an unwritable file leaves nothing behind.
void TestCli::exportContacts()
{
    const QString notes = u"Line one, with \"quotes\"\nline two"_qs;
    QVERIFY(
        !addContact({u"--first-name"_qs, u"=HYPERLINK(1)"_qs, u"--last-name"_qs, u"Bērziņš"_qs,
                     u"--email"_qs, u"a@koks.lv"_qs, u"--email"_qs, u"b@koks.lv"_qs, u"--email"_qs,
                     u"c@koks.lv"_qs, u"--email"_qs, u"d@koks.lv"_qs, u"--phone"_qs,
                     u"+371 2612 3456"_qs, u"--tag"_qs, u"VIP"_qs, u"--notes"_qs, notes})
             .isEmpty());
    QVERIFY(!addContact({u"--first-name"_qs, u"Μαρία"_qs, u"--last-name"_qs, u"Παπαδοπούλου"_qs,
                         u"--birthday"_qs, u"1980-02-29"_qs})
                 .isEmpty());

    const QString csvPath = m_cli.path(u"contacts.csv"_qs);
    const Run csv = m_cli.run({u"export"_qs, u"contacts"_qs, u"-o"_qs, csvPath});
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QCOMPARE(csv.outText().trimmed(), u"2 contacts exported to "_qs + csvPath + u'.');
    const QByteArray bytes = fileBytes(csvPath);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    const auto rows = csvObjects(QString::fromUtf8(bytes));
    QCOMPARE(rows.size(), 2);
    const auto &janis = rows[0].value(u"Last name"_qs) == u"Bērziņš" ? rows[0] : rows[1];
    const auto &maria = rows[0].value(u"Last name"_qs) == u"Bērziņš" ? rows[1] : rows[0];
    QCOMPARE(janis.value(u"First name"_qs), u"'=HYPERLINK(1)"_qs); // guarded
    QCOMPARE(janis.value(u"Phone 1 - Value"_qs), u"'+371 2612 3456"_qs);
    QCOMPARE(janis.value(u"E-mail 1 - Value"_qs), u"a@koks.lv"_qs);
    QCOMPARE(janis.value(u"E-mail 3 - Value"_qs), u"c@koks.lv; d@koks.lv"_qs); // the rest
    QCOMPARE(janis.value(u"Notes"_qs), notes);
    QCOMPARE(janis.value(u"Tags"_qs), u"VIP"_qs);
    QCOMPARE(maria.value(u"Birthday"_qs), u"1980-02-29"_qs);

    const Run semicolons = m_cli.run({u"export"_qs, u"contacts"_qs, u"--output"_qs, csvPath,
                                      u"--delimiter"_qs, u"semicolon"_qs, u"--bom"_qs});
    QCOMPARE(semicolons.exitCode, 0);
    const QByteArray withBom = fileBytes(csvPath);
    QVERIFY(withBom.startsWith("\xEF\xBB\xBFID;First name;Last name;"));

    const QString vcfPath = m_cli.path(u"contacts.vcf"_qs);
    const Run vcf =
        m_cli.run({u"export"_qs, u"contacts"_qs, u"--format"_qs, u"vcard"_qs, u"-o"_qs, vcfPath});
    QVERIFY2(vcf.exitCode == 0, vcf.err.constData());
    auto cards = crm::core::io::parseVCards(fileBytes(vcfPath), false);
    QVERIFY2(cards.ok(), qPrintable(cards.error().detail));
    QCOMPARE(cards->size(), 2);
    QStringList names;
    for (const crm::core::io::VCard &c : *cards)
        names << c.lastName;
    names.sort();
    QCOMPARE(names, QStringList({u"Bērziņš"_qs, u"Παπαδοπούλου"_qs}));

    verifyOneLineError(
        m_cli.run({u"export"_qs, u"contacts"_qs, u"--format"_qs, u"pdf"_qs, u"-o"_qs, vcfPath}), 2);
    verifyOneLineError(m_cli.run({u"export"_qs, u"contacts"_qs}), 2);
    verifyOneLineError(
        m_cli.run({u"export"_qs, u"contacts"_qs, u"-o"_qs, csvPath, u"--delimiter"_qs, u"x"_qs}),
        2);
    const QString nowhere = m_cli.path(u"missing/dir/x.csv"_qs);
    verifyOneLineError(m_cli.run({u"export"_qs, u"contacts"_qs, u"-o"_qs, nowhere}), 1);
    QVERIFY(!QFile::exists(nowhere));
}

void TestCli::search_data()
{
    QTest::addColumn<QStringList>("add"); // contact add arguments
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addRow("latvian folded")
        << QStringList{u"--first-name"_qs, u"Jānis"_qs, u"--last-name"_qs, u"Bērziņš"_qs}
        << u"berzins"_qs << u"contact"_qs << u"Jānis Bērziņš"_qs;
    QTest::addRow("russian transliterated")
        << QStringList{u"--first-name"_qs, u"Иван"_qs, u"--last-name"_qs, u"Иванов"_qs}
        << u"ivanov"_qs << u"contact"_qs << u"Иван Иванов"_qs;
    QTest::addRow("greek transliterated")
        << QStringList{u"--first-name"_qs, u"Γιώργος"_qs, u"--last-name"_qs, u"Παπαδόπουλος"_qs}
        << u"papadopoulos"_qs << u"contact"_qs << u"Γιώργος Παπαδόπουλος"_qs;
    QTest::addRow("polish prefix")
        << QStringList{u"--first-name"_qs, u"Łukasz"_qs, u"--last-name"_qs, u"Żółć"_qs}
        << u"luk zol"_qs << u"contact"_qs << u"Łukasz Żółć"_qs;
    QTest::addRow("phone digits") << QStringList{u"--last-name"_qs, u"Ozola"_qs, u"--phone"_qs,
                                                 u"+371 2912 3456"_qs}
                                  << u"29123456"_qs << u"contact"_qs << u"Ozola"_qs;
    QTest::addRow("company") << QStringList{u"--last-name"_qs, u"Kalniņa"_qs, u"--company"_qs,
                                            u"Rīgas Ūdens"_qs}
                             << u"rigas udens"_qs << u"company"_qs << u"Rīgas Ūdens"_qs;
}

void TestCli::search()
{
    QFETCH(QStringList, add);
    QFETCH(QString, query);
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QVERIFY(!addContact(add).isEmpty());
    QVERIFY(
        !addContact({u"--first-name"_qs, u"Other"_qs, u"--last-name"_qs, u"Person"_qs}).isEmpty());

    const Run r = m_cli.run({u"search"_qs, query, u"--format"_qs, u"json"_qs});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
    bool found = false;
    for (const QJsonValue &h : hits) {
        const QJsonObject o = h.toObject();
        QVERIFY(o.contains(u"emails"_qs) && o.contains(u"phones"_qs) && o.contains(u"company"_qs));
        QVERIFY(kUuid.match(o.value(u"id"_qs).toString()).hasMatch());
        QVERIFY2(o.value(u"name"_qs).toString() != u"Other Person"_qs, "a hit that does not match");
        found = found ||
                (o.value(u"kind"_qs).toString() == kind && o.value(u"name"_qs).toString() == name);
    }
    QVERIFY2(found, r.out.constData());

    // The same query split into several arguments, and the table format.
    const Run table = m_cli.run(QStringList{u"search"_qs} + query.split(u' '));
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.outText().contains(name), table.out.constData());
}

void TestCli::editThenHistory()
{
    const QString id = addContact({u"--first-name"_qs, u"Anna"_qs, u"--last-name"_qs, u"Kalniņa"_qs,
                                   u"--title"_qs, u"Sales"_qs, u"--email"_qs, u"anna@koks.lv"_qs});
    QVERIFY(!id.isEmpty());
    const Run edit = m_cli.run({u"contact"_qs, u"edit"_qs, id, u"--title"_qs, u"Direktore"_qs,
                                u"--status"_qs, u"prospect"_qs, u"--add-email"_qs,
                                u"home:anna@gmail.com"_qs, u"--company"_qs, u"SIA Koks"_qs});
    QCOMPARE(edit.exitCode, 0);
    QVERIFY2(edit.err.isEmpty(), edit.err.constData());

    const Run r = m_cli.run({u"history"_qs, id, u"--format"_qs, u"json"_qs});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(r.out).array();
    QVERIFY(entries.size() >= 5);
    QCOMPARE(entries[0].toObject().value(u"field"_qs).toString(), u"created"_qs);
    bool title = false, status = false, email = false, company = false;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        QVERIFY(QDateTime::fromString(e.value(u"time"_qs).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(e.value(u"time"_qs).toString().endsWith(u'Z'));
        QVERIFY(!e.value(u"author"_qs).toString().isEmpty());
        const QString field = e.value(u"field"_qs).toString();
        const QJsonValue oldValue = e.value(u"old"_qs);
        const QJsonValue newValue = e.value(u"new"_qs);
        if (field == u"title") {
            title = true;
            QCOMPARE(oldValue.toString(), u"Sales"_qs);
            QCOMPARE(newValue.toString(), u"Direktore"_qs);
        } else if (field == u"status") {
            status = true;
            QCOMPARE(oldValue.toString(), u"lead"_qs);
            QCOMPARE(newValue.toString(), u"prospect"_qs);
        } else if (field == u"email" && newValue.toString() == u"home:anna@gmail.com") {
            email = true;
        } else if (field == u"company") {
            company = true;
            QVERIFY(oldValue.isNull());
            QCOMPARE(newValue.toString(), u"SIA Koks"_qs);
        }
    }
    QVERIFY(title && status && email && company);

    const Run table = m_cli.run({u"history"_qs, id});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.outText().contains(u"Sales → Direktore"_qs), table.out.constData());
    QVERIFY(table.outText().contains(u"created"_qs));

    // An edit that changes nothing writes nothing.
    QCOMPARE(m_cli.run({u"contact"_qs, u"edit"_qs, id, u"--title"_qs, u"Direktore"_qs}).exitCode,
             0);
    QCOMPARE(QJsonDocument::fromJson(m_cli.run({u"history"_qs, id, u"--format"_qs, u"json"_qs}).out)
                 .array()
                 .size(),
             entries.size());
}

void TestCli::editLists()
{
    const QString id =
        addContact({u"--last-name"_qs, u"Liepa"_qs, u"--email"_qs, u"a@liepa.lv"_qs, u"--email"_qs,
                    u"home:b@liepa.lv"_qs, u"--phone"_qs, u"+371 2000 0001"_qs, u"--tag"_qs,
                    u"VIP"_qs, u"--birthday"_qs, u"1990-01-01"_qs});
    QVERIFY(!id.isEmpty());
    const Run edit = m_cli.run(
        {u"contact"_qs, u"edit"_qs, id, u"--remove-email"_qs, u"A@LIEPA.LV"_qs, u"--add-phone"_qs,
         u"work:67000000"_qs, u"--remove-phone"_qs, u"0037120000001"_qs, u"--add-tag"_qs,
         u"Partner"_qs, u"--remove-tag"_qs, u"vip"_qs, u"--birthday"_qs, u""_qs});
    QVERIFY2(edit.exitCode == 0, edit.err.constData());
    QJsonObject o = jsonShow(u"contact"_qs, id);
    QCOMPARE(o.value(u"emails"_qs).toArray().size(), 1);
    QCOMPARE(o.value(u"emails"_qs)[0][u"address"_qs].toString(), u"b@liepa.lv"_qs);
    QCOMPARE(o.value(u"phones"_qs).toArray().size(), 1);
    QCOMPARE(o.value(u"phones"_qs)[0][u"label"_qs].toString(), u"work"_qs);
    QCOMPARE(o.value(u"tags"_qs).toArray(), QJsonArray{u"Partner"_qs});
    QVERIFY(o.value(u"birthday"_qs).isNull());

    // --email replaces the list; --email "" empties it; --company "" unlinks.
    QCOMPARE(m_cli
                 .run({u"contact"_qs, u"edit"_qs, id, u"--email"_qs, u"c@liepa.lv"_qs,
                       u"--email"_qs, u"other:d@liepa.lv"_qs, u"--company"_qs, u"Liepa SIA"_qs})
                 .exitCode,
             0);
    o = jsonShow(u"contact"_qs, id);
    QCOMPARE(o.value(u"emails"_qs).toArray().size(), 2);
    QCOMPARE(o.value(u"emails"_qs)[1][u"label"_qs].toString(), u"other"_qs);
    QCOMPARE(o.value(u"company"_qs).toString(), u"Liepa SIA"_qs);
    QCOMPARE(
        m_cli.run({u"contact"_qs, u"edit"_qs, id, u"--email"_qs, u""_qs, u"--company"_qs, u""_qs})
            .exitCode,
        0);
    o = jsonShow(u"contact"_qs, id);
    QVERIFY(o.value(u"emails"_qs).toArray().isEmpty());
    QVERIFY(o.value(u"company"_qs).isNull());
}

void TestCli::deleteThenRestore()
{
    const QString keep = addContact({u"--last-name"_qs, u"Paliek"_qs});
    const QString id =
        addContact({u"--first-name"_qs, u"Aiziet"_qs, u"--last-name"_qs, u"Prom"_qs});
    QVERIFY(!keep.isEmpty() && !id.isEmpty());
    auto listedIds = [this] {
        QStringList ids;
        for (const QJsonValue &v : jsonList(u"contact"_qs))
            ids << v[u"id"_qs].toString();
        return ids;
    };
    QCOMPARE(listedIds(), (QStringList{keep, id})); // by last name: Paliek, Prom

    const Run del = m_cli.run({u"contact"_qs, u"delete"_qs, id});
    QCOMPARE(del.exitCode, 0);
    QVERIFY(del.out.isEmpty() && del.err.isEmpty());
    QCOMPARE(listedIds(), QStringList{keep});
    QVERIFY(!m_cli.run({u"contact"_qs, u"list"_qs}).outText().contains(u"Prom"_qs));
    QVERIFY(!m_cli.run({u"search"_qs, u"prom"_qs}).outText().contains(id));
    // Soft: still there to show and to restore.
    QCOMPARE(jsonShow(u"contact"_qs, id).value(u"deleted"_qs).toBool(), true);

    QCOMPARE(m_cli.run({u"contact"_qs, u"restore"_qs, id}).exitCode, 0);
    QCOMPARE(listedIds(), (QStringList{keep, id}));
    QVERIFY(m_cli.run({u"search"_qs, u"prom"_qs}).outText().contains(id));
    QCOMPARE(jsonShow(u"contact"_qs, id).value(u"deleted"_qs).toBool(), false);

    // The history shows both.
    const Run history = m_cli.run({u"history"_qs, id, u"--format"_qs, u"csv"_qs});
    QCOMPARE(history.exitCode, 0);
    int deletedEntries = 0;
    for (const auto &e : csvObjects(history.outText()))
        deletedEntries += e.value(u"field"_qs) == u"deleted"_qs ? 1 : 0;
    QCOMPARE(deletedEntries, 2);

    // Companies the same way.
    const Run company = m_cli.run({u"company"_qs, u"add"_qs, u"--name"_qs, u"Vējš"_qs});
    QCOMPARE(company.exitCode, 0);
    const QString companyId = company.outText().trimmed();
    QCOMPARE(jsonList(u"company"_qs).size(), 1);
    QCOMPARE(m_cli.run({u"company"_qs, u"delete"_qs, companyId}).exitCode, 0);
    QCOMPARE(jsonList(u"company"_qs).size(), 0);
    QCOMPARE(m_cli.run({u"company"_qs, u"restore"_qs, companyId}).exitCode, 0);
    QCOMPARE(jsonList(u"company"_qs).size(), 1);
}

void TestCli::companyWithContacts()
{
    const Run add = m_cli.run({u"company"_qs,       u"add"_qs,
                               u"--name"_qs,        u"SIA Koks"_qs,
                               u"--website"_qs,     u"koks.lv"_qs,
                               u"--phone"_qs,       u"+371 6700 0000"_qs,
                               u"--city"_qs,        u"Rīga"_qs,
                               u"--country"_qs,     u"Latvija"_qs,
                               u"--industry"_qs,    u"Mežsaimniecība"_qs,
                               u"--street"_qs,      u"Brīvības iela 1"_qs,
                               u"--postal-code"_qs, u"LV-1010"_qs,
                               u"--notes"_qs,       u"Galvenais"_qs});
    QCOMPARE(add.exitCode, 0);
    const QString companyId = add.outText().trimmed();
    QVERIFY(kUuid.match(companyId).hasMatch());

    // --company with a name that folds the same links the existing company.
    const QString anna =
        addContact({u"--first-name"_qs, u"Anna"_qs, u"--last-name"_qs, u"Ozola"_qs, u"--company"_qs,
                    u"sia koks"_qs, u"--title"_qs, u"Valdes locekle"_qs});
    const QString janis = addContact({u"--first-name"_qs, u"Jānis"_qs, u"--last-name"_qs,
                                      u"Bērziņš"_qs, u"--company"_qs, u"SIA Koks"_qs});
    const QString other = addContact({u"--last-name"_qs, u"Cits"_qs});
    QVERIFY(!anna.isEmpty() && !janis.isEmpty() && !other.isEmpty());

    const QJsonArray companies = jsonList(u"company"_qs);
    QCOMPARE(companies.size(), 1);
    QCOMPARE(companies[0][u"city"_qs].toString(), u"Rīga"_qs);
    QCOMPARE(companies[0][u"website"_qs].toString(), u"koks.lv"_qs);

    const QJsonObject o = jsonShow(u"company"_qs, companyId);
    QCOMPARE(o.value(u"name"_qs).toString(), u"SIA Koks"_qs);
    QCOMPARE(o.value(u"postal_code"_qs).toString(), u"LV-1010"_qs);
    QCOMPARE(o.value(u"industry"_qs).toString(), u"Mežsaimniecība"_qs);
    const QJsonArray contacts = o.value(u"contacts"_qs).toArray();
    QCOMPARE(contacts.size(), 2);
    QStringList ids;
    for (const QJsonValue &c : contacts)
        ids << c[u"id"_qs].toString();
    QVERIFY(ids.contains(anna) && ids.contains(janis) && !ids.contains(other));

    const Run table = m_cli.run({u"company"_qs, u"show"_qs, companyId});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.outText().contains(u"Contacts (2):"_qs));
    QVERIFY(table.outText().contains(u"Valdes locekle"_qs));
    QVERIFY(table.outText().split(u'\n').contains(QRegularExpression(u"^City: +Rīga$"_qs)));

    const Run csv = m_cli.run({u"company"_qs, u"list"_qs, u"--format"_qs, u"csv"_qs});
    const auto rows = csvObjects(csv.outText());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].value(u"phone"_qs), u"+371 6700 0000"_qs);

    // Renaming the company shows in its contacts.
    QCOMPARE(
        m_cli.run({u"company"_qs, u"edit"_qs, companyId, u"--name"_qs, u"AS Koks"_qs}).exitCode, 0);
    QCOMPARE(jsonShow(u"contact"_qs, anna).value(u"company"_qs).toString(), u"AS Koks"_qs);
    const Run history = m_cli.run({u"history"_qs, companyId});
    QVERIFY(history.outText().contains(u"SIA Koks → AS Koks"_qs));

    // Status: lead by default, set by add and edit, printed by show and list (key in csv
    // and json, the same words scripts give); a bad one is a usage error that changes nothing.
    QCOMPARE(o.value(u"status"_qs).toString(), u"lead"_qs);
    QVERIFY(table.outText().split(u'\n').contains(QRegularExpression(u"^Status: +lead$"_qs)));
    QCOMPARE(rows[0].value(u"status"_qs), u"lead"_qs);
    QCOMPARE(
        m_cli.run({u"company"_qs, u"edit"_qs, companyId, u"--status"_qs, u"Customer"_qs}).exitCode,
        0);
    QCOMPARE(jsonShow(u"company"_qs, companyId).value(u"status"_qs).toString(), u"customer"_qs);
    const QByteArray bytesBefore = fileBytes(m_cli.database());
    const Run bad = m_cli.run({u"company"_qs, u"edit"_qs, companyId, u"--status"_qs, u"gold"_qs});
    verifyOneLineError(bad, 2);
    QVERIFY2(bad.errText().contains(u"--status: unknown status “gold”"_qs), bad.err.constData());
    QVERIFY(fileBytes(m_cli.database()) == bytesBefore);
    QCOMPARE(jsonShow(u"company"_qs, companyId).value(u"status"_qs).toString(), u"customer"_qs);
    const Run added = m_cli.run(
        {u"company"_qs, u"add"_qs, u"--name"_qs, u"Jauns"_qs, u"--status"_qs, u"prospect"_qs});
    QCOMPARE(added.exitCode, 0);
    const Run listed = m_cli.run({u"company"_qs, u"list"_qs});
    QVERIFY(listed.outText().contains(u"Status"_qs));
    QVERIFY(listed.outText().contains(u"prospect"_qs));
    QVERIFY(listed.outText().contains(u"customer"_qs));
    // History tells the change in the keys scripts use (as for a contact's status).
    const Run statusHistory = m_cli.run({u"history"_qs, companyId});
    QVERIFY2(statusHistory.outText().contains(u"lead → customer"_qs),
             statusHistory.out.constData());
}

void TestCli::idPrefixes()
{
    const QString a = addContact({u"--last-name"_qs, u"Pirmais"_qs});
    const QString b = addContact({u"--last-name"_qs, u"Otrais"_qs});
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const QString digits = QString(a).remove(u'-');

    // Most of the id: unique. With or without dashes, any case.
    QCOMPARE(jsonShow(u"contact"_qs, a.left(30)).value(u"id"_qs).toString(), a);
    QCOMPARE(jsonShow(u"contact"_qs, digits.toUpper()).value(u"id"_qs).toString(), a);

    // UUIDv7 ids made in the same minute share their first 8 digits.
    if (a.left(8) == b.left(8)) {
        const Run r = m_cli.run({u"contact"_qs, u"show"_qs, a.left(8)});
        verifyOneLineError(r, 1);
        QVERIFY2(r.err.contains("several"), r.err.constData());
    }
    // Too short, or not hex: usage errors. Unknown: a failure.
    verifyOneLineError(m_cli.run({u"contact"_qs, u"show"_qs, a.left(7)}), 2);
    verifyOneLineError(m_cli.run({u"contact"_qs, u"show"_qs, u"not-an-id"_qs}), 2);
    verifyOneLineError(m_cli.run({u"contact"_qs, u"show"_qs, u"00000000"_qs}), 1);
    // A contact id is not a company id; history takes either.
    verifyOneLineError(m_cli.run({u"company"_qs, u"show"_qs, a}), 1);
    QCOMPARE(m_cli.run({u"history"_qs, a}).exitCode, 0);
}

void TestCli::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // {id} stands for an existing contact
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // part of the stderr line

    QTest::addRow("malformed e-mail")
        << QStringList{u"contact"_qs, u"add"_qs,     u"--first-name"_qs,
                       u"A"_qs,       u"--email"_qs, u"anna@"_qs}
        << 1 << u"--email: “anna@” is not a valid e-mail address"_qs;
    QTest::addRow("malformed e-mail with a new company")
        << QStringList{u"contact"_qs, u"add"_qs,       u"--first-name"_qs,
                       u"A"_qs,       u"--company"_qs, u"Jauns Uzņēmums"_qs,
                       u"--email"_qs, u"a@@b.lv"_qs}
        << 1 << u"--email"_qs;
    QTest::addRow("empty name") << QStringList{u"contact"_qs, u"add"_qs,         u"--first-name"_qs,
                                               u""_qs,        u"--last-name"_qs, u"  "_qs}
                                << 1 << u"needs a first or a last name"_qs;
    QTest::addRow("no name at all") << QStringList{u"contact"_qs, u"add"_qs, u"--title"_qs, u"X"_qs}
                                    << 2 << u"contact add: give --first-name or --last-name"_qs;
    QTest::addRow("impossible date")
        << QStringList{u"contact"_qs, u"add"_qs,        u"--first-name"_qs,
                       u"A"_qs,       u"--birthday"_qs, u"2023-02-30"_qs}
        << 1 << u"--birthday: 2023-02-30 is not a day of the calendar"_qs;
    QTest::addRow("date in the wrong form")
        << QStringList{u"contact"_qs, u"add"_qs,        u"--first-name"_qs,
                       u"A"_qs,       u"--birthday"_qs, u"30.02.2023"_qs}
        << 1 << u"--birthday"_qs;
    QTest::addRow("unknown status")
        << QStringList{u"contact"_qs, u"add"_qs,      u"--first-name"_qs,
                       u"A"_qs,       u"--status"_qs, u"vip"_qs}
        << 2 << u"--status: unknown status “vip”"_qs;
    QTest::addRow("unknown company status")
        << QStringList{u"company"_qs, u"add"_qs, u"--name"_qs, u"A"_qs, u"--status"_qs, u"vip"_qs}
        << 2 << u"--status: unknown status “vip”; use lead, prospect, customer or former"_qs;
    QTest::addRow("unknown label")
        << QStringList{u"contact"_qs, u"add"_qs,     u"--first-name"_qs,
                       u"A"_qs,       u"--phone"_qs, u"fax:+371 6700 0000"_qs}
        << 2 << u"--phone: unknown label “fax”"_qs;
    QTest::addRow("malformed phone")
        << QStringList{u"contact"_qs, u"add"_qs,     u"--first-name"_qs,
                       u"A"_qs,       u"--phone"_qs, u"call me"_qs}
        << 1 << u"--phone"_qs;
    QTest::addRow("unknown visibility")
        << QStringList{u"contact"_qs, u"add"_qs,          u"--first-name"_qs,
                       u"A"_qs,       u"--visibility"_qs, u"public"_qs}
        << 1 << u"--visibility"_qs;
    QTest::addRow("unknown option")
        << QStringList{u"contact"_qs, u"add"_qs,        u"--first-name"_qs,
                       u"A"_qs,       u"--nickname"_qs, u"B"_qs}
        << 2 << u"contact add: unknown option --nickname"_qs;
    QTest::addRow("missing value at the end")
        << QStringList{u"contact"_qs, u"add"_qs, u"--first-name"_qs} << 2
        << u"--first-name: missing value"_qs;
    QTest::addRow("missing value before an option")
        << QStringList{u"contact"_qs, u"add"_qs, u"--first-name"_qs, u"--last-name"_qs, u"B"_qs}
        << 2 << u"--first-name: missing value"_qs;
    QTest::addRow("option given twice")
        << QStringList{u"contact"_qs, u"add"_qs,          u"--first-name"_qs,
                       u"A"_qs,       u"--first-name"_qs, u"B"_qs}
        << 2 << u"--first-name is given more than once"_qs;
    QTest::addRow("flag with a value")
        << QStringList{u"--version=1"_qs} << 2 << u"unknown option"_qs;
    QTest::addRow("unknown command")
        << QStringList{u"contacts"_qs} << 2 << u"unknown command “contacts”"_qs;
    QTest::addRow("unknown subcommand") << QStringList{u"contact"_qs, u"remove"_qs} << 2
                                        << u"contact: unknown subcommand “remove”"_qs;
    QTest::addRow("missing subcommand")
        << QStringList{u"company"_qs} << 2 << u"company: missing subcommand"_qs;
    QTest::addRow("unknown format")
        << QStringList{u"--format"_qs, u"xml"_qs, u"contact"_qs, u"list"_qs} << 2
        << u"--format: unknown format “xml”"_qs;
    QTest::addRow("bad limit") << QStringList{u"contact"_qs, u"list"_qs, u"--limit"_qs, u"ten"_qs}
                               << 2 << u"--limit"_qs;
    QTest::addRow("missing id") << QStringList{u"contact"_qs, u"show"_qs} << 2
                                << u"contact show: missing ID"_qs;
    QTest::addRow("extra argument") << QStringList{u"contact"_qs, u"delete"_qs, u"{id}"_qs, u"x"_qs}
                                    << 2 << u"unexpected argument “x”"_qs;
    QTest::addRow("malformed id") << QStringList{u"contact"_qs, u"delete"_qs, u"12ab"_qs} << 2
                                  << u"contact delete: “12ab” is not an id"_qs;
    QTest::addRow("unknown id") << QStringList{u"contact"_qs, u"delete"_qs,
                                               u"ffffffff-ffff-7fff-bfff-ffffffffffff"_qs}
                                << 1 << u"no contact with id"_qs;
    QTest::addRow("edit: malformed e-mail")
        << QStringList{u"contact"_qs, u"edit"_qs,        u"{id}"_qs, u"--title"_qs,
                       u"CEO"_qs,     u"--add-email"_qs, u"nope"_qs}
        << 1 << u"--add-email: “nope” is not a valid e-mail address"_qs;
    QTest::addRow("edit: impossible date with a new company")
        << QStringList{u"contact"_qs, u"edit"_qs,       u"{id}"_qs,      u"--company"_qs,
                       u"Jauns"_qs,   u"--birthday"_qs, u"1999-13-01"_qs}
        << 1 << u"--birthday"_qs;
    QTest::addRow("edit: empty name")
        << QStringList{u"contact"_qs, u"edit"_qs,        u"{id}"_qs, u"--first-name"_qs,
                       u""_qs,        u"--last-name"_qs, u""_qs}
        << 1 << u"needs a first or a last name"_qs;
    QTest::addRow("edit: remove an e-mail it does not have")
        << QStringList{u"contact"_qs, u"edit"_qs,           u"{id}"_qs,  u"--title"_qs,
                       u"CEO"_qs,     u"--remove-email"_qs, u"x@y.lv"_qs}
        << 1 << u"--remove-email"_qs;
    QTest::addRow("edit: nothing to change")
        << QStringList{u"contact"_qs, u"edit"_qs, u"{id}"_qs} << 2 << u"nothing to change"_qs;
    QTest::addRow("company: empty name")
        << QStringList{u"company"_qs, u"add"_qs, u"--name"_qs, u" "_qs} << 1
        << u"--name: a company needs a name"_qs;
    QTest::addRow("company: bad website")
        << QStringList{u"company"_qs, u"add"_qs,       u"--name"_qs,
                       u"X"_qs,       u"--website"_qs, u"http://"_qs}
        << 1 << u"--website"_qs;
    QTest::addRow("company: no name")
        << QStringList{u"company"_qs, u"add"_qs} << 2 << u"give --name"_qs;
    QTest::addRow("empty query") << QStringList{u"search"_qs, u" "_qs} << 2
                                 << u"search: the query is empty"_qs;
    QTest::addRow("empty database path")
        << QStringList{u"--database"_qs, u""_qs, u"contact"_qs, u"list"_qs} << 2
        << u"--database"_qs;
}

void TestCli::badInputChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    // A copy of a database with one contact and its company (made once: fast).
    QVERIFY(QFile::copy(m_template, m_cli.database()));
    auto snapshot = [this]() -> QByteArray {
        return m_cli.run({u"contact"_qs, u"list"_qs, u"--format"_qs, u"json"_qs}).out +
               m_cli.run({u"company"_qs, u"list"_qs, u"--format"_qs, u"json"_qs}).out;
    };
    const QByteArray before = snapshot();
    QVERIFY(before.contains("Esošais"));
    const QByteArray bytesBefore = fileBytes(m_cli.database());

    arguments.replaceInStrings(u"{id}"_qs, m_templateContact);
    const Run r = m_cli.run(arguments);
    verifyOneLineError(r, exitCode);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QCOMPARE(snapshot(), before);
    // Not even a captured change or a clock tick: the file is as it was.
    QVERIFY(fileBytes(m_cli.database()) == bytesBefore);
}

void TestCli::fileThatIsNotADatabase_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("list") << QStringList{u"contact"_qs, u"list"_qs};
    QTest::addRow("add") << QStringList{u"contact"_qs, u"add"_qs, u"--last-name"_qs, u"X"_qs};
    QTest::addRow("company add") << QStringList{u"company"_qs, u"add"_qs, u"--name"_qs, u"X"_qs};
    QTest::addRow("search") << QStringList{u"search"_qs, u"x"_qs};
}

void TestCli::fileThatIsNotADatabase()
{
    QFETCH(QStringList, arguments);
    const QString path = m_cli.path(u"notes.txt"_qs);
    QByteArray bytes = "Shopping list:\nmilk, bread\n";
    bytes += QByteArray(5000, 'x');
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const Run r = m_cli.run(arguments, path);
    verifyOneLineError(r, 1);
    QVERIFY2(r.errText().contains(u"notes.txt"_qs), r.err.constData());
    QVERIFY2(r.errText().contains(u"not"_qs), r.err.constData());
    QCOMPARE(fileBytes(path), bytes);
    // Nothing else appeared next to it (no -wal, -shm or journal).
    QCOMPARE(QDir(m_cli.folder()).entryList(QDir::Files), QStringList{u"notes.txt"_qs});

    // A folder is not a database either.
    verifyOneLineError(m_cli.run(arguments, m_cli.folder()), 1);
}

void TestCli::refusedDatabaseIsUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::addRow("newer version") << u"newer"_qs << u"newer version"_qs;
    QTest::addRow("truncated") << u"truncated"_qs << u"damaged"_qs;
    QTest::addRow("another program's SQLite file") << u"foreign"_qs << u"not a CRM database"_qs;
}

void TestCli::refusedDatabaseIsUntouched()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    const QString path = m_cli.path(u"refused.sqlite"_qs);
    if (damage == u"foreign") {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"foreign"_qs);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE recipes(name TEXT)"_qs));
        QVERIFY(q.exec(u"INSERT INTO recipes VALUES ('pīrāgi')"_qs));
        q.finish();
        db.close();
    } else {
        QVERIFY(!addContact({u"--last-name"_qs, u"Vecā"_qs}).isEmpty());
        QByteArray bytes = fileBytes(m_cli.database());
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!QFile::exists(m_cli.database() + u"-wal"_qs) ||
                QFileInfo(m_cli.database() + u"-wal"_qs).size() == 0);
        if (damage == u"newer") {
            // user_version lives at offset 60 of the header, big-endian.
            bytes[60] = 0;
            bytes[61] = 0;
            bytes[62] = 0;
            bytes[63] = char(99);
        } else {
            bytes.truncate(bytes.size() / 2);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    {
        auto forget = QSqlDatabase::database(u"foreign"_qs, false);
    }
    QSqlDatabase::removeDatabase(u"foreign"_qs);
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    for (const QStringList &arguments :
         {QStringList{u"contact"_qs, u"list"_qs},
          QStringList{u"contact"_qs, u"add"_qs, u"--last-name"_qs, u"Jaunā"_qs}}) {
        const Run r = m_cli.run(arguments, path);
        verifyOneLineError(r, 1);
        QVERIFY2(r.errText().contains(message), r.err.constData());
        QVERIFY2(r.errText().contains(u"refused.sqlite"_qs), r.err.constData());
        QCOMPARE(fileBytes(path), before);
    }
}

void TestCli::missingDatabaseIsOnlyCreatedByAdd()
{
    const QString path = m_cli.path(u"sub/new.sqlite"_qs);
    verifyOneLineError(m_cli.run({u"contact"_qs, u"list"_qs}, path), 1);
    QVERIFY(!QFile::exists(path));
    // A refused add does not create it either.
    verifyOneLineError(
        m_cli.run({u"contact"_qs, u"add"_qs, u"--last-name"_qs, u"X"_qs, u"--email"_qs, u"x"_qs},
                  path),
        1);
    QVERIFY(!QFile::exists(path));
    const Run add = m_cli.run({u"contact"_qs, u"add"_qs, u"--last-name"_qs, u"X"_qs}, path);
    QCOMPARE(add.exitCode, 0);
    QVERIFY(QFile::exists(path));
    const Run list = m_cli.run({u"contact"_qs, u"list"_qs, u"--format"_qs, u"json"_qs}, path);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addRow("program") << QStringList{u"--help"_qs} << u"contact add"_qs;
    QTest::addRow("program, short") << QStringList{u"-h"_qs} << u"Exit status"_qs;
    QTest::addRow("help command") << QStringList{u"help"_qs, u"search"_qs} << u"--limit"_qs;
    QTest::addRow("group") << QStringList{u"contact"_qs, u"--help"_qs} << u"contact restore"_qs;
    QTest::addRow("contact add") << QStringList{u"contact"_qs, u"add"_qs, u"--help"_qs}
                                 << u"[LABEL:]ADDRESS"_qs;
    QTest::addRow("contact edit") << QStringList{u"contact"_qs, u"edit"_qs, u"{id}"_qs, u"-h"_qs}
                                  << u"--remove-phone"_qs;
    QTest::addRow("company add") << QStringList{u"company"_qs, u"add"_qs, u"--help"_qs}
                                 << u"--postal-code"_qs;
    QTest::addRow("history") << QStringList{u"history"_qs, u"--help"_qs} << u"created"_qs;
    QTest::addRow("version") << QStringList{u"--version"_qs} << u"crm-cli 0."_qs;
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString missing = m_cli.path(u"never.sqlite"_qs);
    const Run r = m_cli.run(arguments, missing);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY2(r.outText().contains(expected), r.out.constData());
    QVERIFY(!QFile::exists(missing)); // help opens no database
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
