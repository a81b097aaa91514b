// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/textcodec.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace crm::core;
using namespace crm::core::io;

namespace {

struct Read
{
    QList<CsvRecord> records;
    QString error;
};

Read readAll(const QByteArray &bytes, QChar delimiter = u',', const QByteArray &encoding = "UTF-8",
             int bom = 0)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding, delimiter, bom);
    Read out;
    for (;;) {
        auto r = reader.next();
        if (!r) {
            out.error = r.error().detail;
            return out;
        }
        if (!r.value())
            return out;
        out.records << *r.value();
    }
}

QString show(const QList<CsvRecord> &records)
{
    QStringList lines;
    for (const CsvRecord &r : records)
        lines << QString::number(r.line) + u':' + r.fields.join(u'|');
    return lines.join(u" / ");
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected"); // line:field|field / …
        QTest::addRow("plain") << QByteArray("a,b,c\n1,2,3\n") << u"1:a|b|c / 2:1|2|3"_qs;
        QTest::addRow("no final line end") << QByteArray("a,b\n1,2") << u"1:a|b / 2:1|2"_qs;
        QTest::addRow("CRLF and CR")
            << QByteArray("a,b\r\n1,2\r3,4\r\n") << u"1:a|b / 2:1|2 / 3:3|4"_qs;
        QTest::addRow("quoted delimiter") << QByteArray("\"Riga, LV\",x\n") << u"1:Riga, LV|x"_qs;
        QTest::addRow("doubled quote")
            << QByteArray("\"say \"\"hi\"\"\",x\n") << u"1:say \"hi\"|x"_qs;
        QTest::addRow("line break inside quotes")
            << QByteArray("\"two\r\nlines\",x\nnext,y\n") << u"1:two\nlines|x / 3:next|y"_qs;
        QTest::addRow("empty fields") << QByteArray(",a,,b,\n") << u"1:|a||b|"_qs;
        QTest::addRow("empty quoted") << QByteArray("\"\",x\n") << u"1:|x"_qs;
        QTest::addRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n") << u"1:a / 4:b"_qs;
        QTest::addRow("quote inside unquoted kept")
            << QByteArray("5\" disk,x\n") << u"1:5\" disk|x"_qs;
        QTest::addRow("spaces kept") << QByteArray(" a , b \n") << u"1: a | b "_qs;
        QTest::addRow("UTF-8 letters") << QByteArray("Jānis,Bērziņš,Łódź,Иван,Μαρία\n")
                                       << u"1:Jānis|Bērziņš|Łódź|Иван|Μαρία"_qs;
        QTest::addRow("empty file") << QByteArray() << QString();
    }

    void rfc4180()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const Read r = readAll(input);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(show(r.records), expected);
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::addRow("unclosed quote")
            << QByteArray("a,b\n1,2\n3,\"open\n4,5\n")
            << u"line 3: a quoted field that starts here is not closed"_qs;
        QTest::addRow("text after quote")
            << QByteArray("a,b\n\"x\"y,2\n") << u"line 2: “y” after the closing quote"_qs;
    }

    void errorsNameTheLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const Read r = readAll(input);
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    }

    void semicolonsAndTabs()
    {
        QCOMPARE(show(readAll("a;\"b;c\";d\n", u';').records), u"1:a|b;c|d"_qs);
        QCOMPARE(show(readAll("a\tb c\t\n", u'\t').records), u"1:a|b c|"_qs);
    }

    // Chunks end anywhere: inside a UTF-8 letter, between CR and LF, inside quotes.
    void largeFileAcrossChunks()
    {
        QByteArray file;
        const int rows = 40000;
        for (int i = 0; i < rows; ++i)
            file += "Jānis,\"Bērziņš, " + QByteArray::number(i) + "\",Rīga\r\n";
        QVERIFY(file.size() > 3 * 256 * 1024);
        const Read r = readAll(file);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), rows);
        for (int i : {0, 1, 9999, 23456, rows - 1}) {
            QCOMPARE(r.records[i].line, i + 1);
            QCOMPARE(r.records[i].fields,
                     QStringList({u"Jānis"_qs, u"Bērziņš, "_qs + QString::number(i), u"Rīga"_qs}));
        }
    }

    void tooManyFields()
    {
        QByteArray row(CsvReader::MaxFields + 5, ',');
        const Read r = readAll("ok\n" + row + "\n");
        QVERIFY2(r.error.startsWith(u"line 2: more than"_qs), qPrintable(r.error));
    }

    void detectsDelimiter_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("delimiter");
        QTest::addRow("comma") << u"First Name,Last Name,E-mail\nAnna,Bērziņa,a@x.lv\n"_qs
                               << u","_qs;
        QTest::addRow("semicolon with commas in quotes")
            << u"Vārds;Adrese;Tālrunis\nJānis;\"Brīvības iela 1, Rīga\";+371 2612 3456\n"
               u"Anna;\"Elizabetes 2, Rīga\";+371 2000 0000\n"_qs
            << u";"_qs;
        QTest::addRow("tab") << u"a\tb\tc\n1\t2\t3\n"_qs << u"\t"_qs;
        QTest::addRow("pipe") << u"a|b\n1|2\n"_qs << u"|"_qs;
        QTest::addRow("one column") << u"name\nAnna\n"_qs << u","_qs;
    }

    void detectsDelimiter()
    {
        QFETCH(QString, sample);
        QFETCH(QString, delimiter);
        QCOMPARE(QString(detectDelimiter(sample)), delimiter);
    }

    void detectsEncoding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoding");
        const QString lv = u"Vārds;Uzvārds;Pilsēta\nJānis;Bērziņš;Rīga\nAnna;Kalniņa;Jūrmala\n"
                           u"Ģirts;Ķēniņš;Liepāja\n"_qs;
        const QString lt = u"Vardas,Pavardė,Miestas\nŽydrūnas,Ąžuolaitis,Kaunas\n"
                           u"Gintarė,Šimkutė,Šiauliai\n"_qs;
        const QString et = u"Eesnimi,Perenimi,Linn\nTõnu,Tamm,Pärnu\nMari,Õunapuu,Jõgeva\n"
                           u"Jüri,Sööt,Tartu\n"_qs;
        const QString pl = u"Imię;Nazwisko;Miasto\nŁukasz;Wójcik;Łódź\nZofia;Kowalczyk;Kraków\n"
                           u"Grzegorz;Brzęczyszczykiewicz;Gdańsk\n"_qs;
        const QString ru = u"Имя,Фамилия,Город\nИван,Петров,Москва\nОльга,Смирнова,"
                           u"Санкт-Петербург\nЁжиков,Пётр,Рязань\n"_qs;
        const QString el = u"Όνομα,Επώνυμο,Πόλη\nΜαρία,Παπαδοπούλου,Αθήνα\nΓιώργος,Νικολάου,"
                           u"Θεσσαλονίκη\n"_qs;
        QTest::addRow("Latvian, windows-1257") << lv << QByteArray("windows-1257");
        QTest::addRow("Lithuanian, windows-1257") << lt << QByteArray("windows-1257");
        QTest::addRow("Estonian, windows-1257") << et << QByteArray("windows-1257");
        QTest::addRow("Polish, windows-1250") << pl << QByteArray("windows-1250");
        QTest::addRow("Russian, windows-1251") << ru << QByteArray("windows-1251");
        QTest::addRow("Greek, windows-1253") << el << QByteArray("windows-1253");
        QTest::addRow("short Latvian name") << u"Bērziņš\n"_qs << QByteArray("windows-1257");
        QTest::addRow("short Russian name") << u"Иванов\n"_qs << QByteArray("windows-1251");
        QTest::addRow("short Greek name") << u"Παπαδόπουλος\n"_qs << QByteArray("windows-1253");
        for (const auto &[name, text] :
             {std::pair{"lv", lv}, std::pair{"ru", ru}, std::pair{"el", el}}) {
            QTest::addRow("%s UTF-8", name) << text << QByteArray("UTF-8");
            QTest::addRow("%s UTF-16LE", name) << text << QByteArray("UTF-16LE");
            QTest::addRow("%s UTF-16BE", name) << text << QByteArray("UTF-16BE");
        }
        QTest::addRow("ASCII") << u"a,b\n1,2\n"_qs << QByteArray("UTF-8");
        QTest::addRow("Cyrillic only, UTF-16LE") << u"Иван"_qs << QByteArray("UTF-16LE");
    }

    void detectsEncoding()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, encoding);
        const QByteArray bytes = TextDecoder::encodeAll(encoding, text);
        QVERIFY(!bytes.isEmpty());
        const DetectedEncoding found = detectEncoding(bytes);
        QCOMPARE(found.name, encoding);
        QCOMPARE(found.bomLength, 0);
        qint64 invalid = -1;
        QCOMPARE(TextDecoder::decodeAll(found.name, bytes, &invalid), text);
        QCOMPARE(invalid, 0);
    }

    void byteOrderMarks()
    {
        const QString text = u"Jānis,Иван\n"_qs;
        const QByteArray utf8 = "\xEF\xBB\xBF" + text.toUtf8();
        DetectedEncoding d = detectEncoding(utf8);
        QCOMPARE(d.name, QByteArray("UTF-8"));
        QCOMPARE(d.bomLength, 3);
        QCOMPARE(show(readAll(utf8, u',', d.name, d.bomLength).records), u"1:Jānis|Иван"_qs);
        // Chosen by hand without skipping it, the mark is still not text.
        QCOMPARE(show(readAll(utf8, u',', "UTF-8", 0).records), u"1:Jānis|Иван"_qs);

        const QByteArray utf16 =
            QByteArray("\xFF\xFE", 2) + TextDecoder::encodeAll("UTF-16LE", text);
        d = detectEncoding(utf16);
        QCOMPARE(d.name, QByteArray("UTF-16LE"));
        QCOMPARE(d.bomLength, 2);
        QCOMPARE(show(readAll(utf16, u',', d.name, d.bomLength).records), u"1:Jānis|Иван"_qs);

        // After the mark, a second U+FEFF is text (found by fuzz_csv: it was dropped).
        const QByteArray twice = "\xEF\xBB\xBF\xEF\xBB\xBF" + text.toUtf8();
        d = detectEncoding(twice);
        QCOMPARE(show(readAll(twice, u',', d.name, d.bomLength).records), u"1:\ufeffJānis|Иван"_qs);

        // A field that starts with U+FEFF is quoted, so it does not read back as the mark of
        // a file written without one.
        QCOMPARE(CsvWriter::field(u"\ufeffJānis"_qs, CsvWriteOptions()), u"\"\ufeffJānis\""_qs);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(&out, CsvWriteOptions());
        const QByteArray first = u"\ufeffJānis"_qs.toUtf8();
        const QByteArrayView fields[] = {first, "Иван"};
        writer.writeUtf8Row(fields, 2);
        writer.writeRow({u"\ufeff"_qs, u"\ufeff"_qs});
        QVERIFY(writer.flush().ok());
        QCOMPARE(show(readAll(out.data(), u',', "UTF-8", 0).records),
                 u"1:\ufeffJānis|Иван / 2:\ufeff|\ufeff"_qs);
    }

    void invalidBytesAreCounted()
    {
        QBuffer buffer;
        buffer.setData(QByteArray("ok,\xC3(\n"));
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, "UTF-8", u',');
        auto r = reader.next();
        QVERIFY(r.ok() && r.value());
        QCOMPARE(r.value()->fields.size(), 2);
        QCOMPARE(reader.invalidSequences(), 1);
    }

    void unknownEncoding()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, "no-such-encoding", u',');
        QVERIFY(!reader.isValid());
    }

    // Whatever the writer writes, the reader reads back the same (formula guard off), for
    // every delimiter, with a byte-order mark or not.
    void writerRoundTrip()
    {
        QRandomGenerator rng(42);
        const QString alphabet = u"a Z,;\t\"\n\r=+-@ āŁЁς€Ω'\ufeff"_qs;
        for (QChar delimiter : {u',', u';', u'\t'}) {
            // A lone empty field is written "" (found by fuzz_csv: as a blank line, it was
            // skipped on reading).
            QList<QStringList> rows = {{QString()}};
            for (int r = 0; r < 300; ++r) {
                QStringList row;
                const int fields = 1 + int(rng.bounded(6));
                for (int f = 0; f < fields; ++f) {
                    QString v;
                    for (int k = 0, n = int(rng.bounded(12)); k < n; ++k)
                        v += alphabet.at(rng.bounded(int(alphabet.size())));
                    row << v.replace(u"\r\n"_qs, u"\n"_qs).replace(u'\r', u'\n');
                }
                rows << row;
            }
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            CsvWriteOptions options;
            options.delimiter = delimiter;
            options.guardFormulas = false;
            options.byteOrderMark = delimiter == u';';
            CsvWriter writer(&buffer, options);
            for (const QStringList &row : std::as_const(rows))
                writer.writeRow(row);
            QVERIFY(writer.flush().ok());
            const QByteArray bytes = buffer.data();
            const DetectedEncoding e = detectEncoding(bytes);
            const Read back = readAll(bytes, delimiter, e.name, e.bomLength);
            QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
            QCOMPARE(back.records.size(), rows.size());
            for (qsizetype r = 0; r < rows.size(); ++r)
                QCOMPARE(back.records[r].fields, rows[r]);
        }
    }

    // writeUtf8Row (big exports) quotes and guards exactly as writeRow: random fields of
    // the characters that matter, Unicode spaces at either end included.
    void utf8RowsAreWrittenAsStringRows()
    {
        const QString alphabet = u"ab =+-@\"\n\r\t,;\u00a7\u00a0\u2003\u03c2\u0451'\ufeff"_qs;
        QRandomGenerator rng(20261201);
        for (QChar delimiter : {u',', u';', u'\t', u'\u00a7'}) {
            for (bool guard : {true, false}) {
                CsvWriteOptions options;
                options.delimiter = delimiter;
                options.guardFormulas = guard;
                QBuffer a, b;
                a.open(QIODevice::WriteOnly);
                b.open(QIODevice::WriteOnly);
                CsvWriter strings(&a, options), bytes(&b, options);
                for (int r = 0; r < 400; ++r) {
                    QStringList row;
                    QList<QByteArray> utf8;
                    for (int f = 0, n = 1 + int(rng.bounded(5)); f < n; ++f) {
                        QString v;
                        for (int k = 0, len = int(rng.bounded(5)); k < len; ++k)
                            v += alphabet.at(rng.bounded(int(alphabet.size())));
                        row << v;
                        utf8 << v.toUtf8();
                    }
                    QList<QByteArrayView> views(utf8.begin(), utf8.end());
                    strings.writeRow(row);
                    bytes.writeUtf8Row(views.constData(), views.size());
                }
                QVERIFY(strings.flush().ok());
                QVERIFY(bytes.flush().ok());
                QCOMPARE(b.data(), a.data());
            }
        }
    }

    void formulaGuard()
    {
        const CsvWriteOptions guarded;
        QCOMPARE(CsvWriter::field(u"=SUM(A1)"_qs, guarded), u"'=SUM(A1)"_qs);
        QCOMPARE(CsvWriter::field(u"@cmd"_qs, guarded), u"'@cmd"_qs);
        QCOMPARE(CsvWriter::field(u"-1"_qs, guarded), u"'-1"_qs);
        QCOMPARE(CsvWriter::field(u"+371, 2"_qs, guarded), u"\"'+371, 2\""_qs);
        QCOMPARE(CsvWriter::field(u"a=b"_qs, guarded), u"a=b"_qs);
        QCOMPARE(CsvWriter::field(u" padded"_qs, guarded), u"\" padded\""_qs);
    }

    // Mutated files: every read ends with records or an error naming a line; never a crash,
    // never more records than lines.
    void fuzz()
    {
        const QByteArray seed =
            "Vārds,\"Uzvārds\",E-pasts\r\nJānis,\"Bērziņš, \"\"Koks\"\"\",j@k.lv\n"
            "\"multi\nline\",x,y\nИван,Петров,\n";
        QRandomGenerator rng(20261201);
        const char alphabet[] = {'"', ',', '\n', '\r', ';', 'a', '\0', '\xC3', '\xA4', '\xFF'};
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = seed;
            const int edits = 1 + int(rng.bounded(6));
            for (int e = 0; e < edits; ++e) {
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
            const Read r = readAll(bytes);
            if (!r.error.isEmpty())
                QVERIFY2(r.error.startsWith(u"line "_qs), qPrintable(r.error));
            QVERIFY(r.records.size() <= bytes.count('\n') + bytes.count('\r') + 1);
            (void)detectEncoding(bytes);
            (void)detectDelimiter(QString::fromUtf8(bytes));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
