// SPDX-License-Identifier: GPL-3.0-or-later
// PDF reports read back with poppler: text in every script of the product's languages, the
// table header repeated on page 2, subtotals and totals, page numbers, the page count and
// the embedded fonts; A4 and Letter, portrait and landscape.
#include "print/reportpdfwriter.h"
#include "reports/builtinreports.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "support/builders.h"
#include "support/process.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace crm;
using namespace crm::core;
using namespace crm::core::reports;

class TestReportPdf : public QObject
{
    Q_OBJECT

    static QString pdfText(const QString &path, int page = 0)
    {
        QStringList args{u"-layout"_qs};
        if (page > 0)
            args << u"-f"_qs << QString::number(page) << u"-l"_qs << QString::number(page);
        auto run = test::runProcess(u"pdftotext"_qs, args << path << u"-"_qs);
        if (run.exitCode != 0)
            qWarning("pdftotext: %s", run.err.constData());
        return QString::fromUtf8(run.out);
    }

    static QString pdfInfo(const QString &path, const QString &field)
    {
        auto run = test::runProcess(u"pdfinfo"_qs, {path});
        for (const QString &line : QString::fromUtf8(run.out).split(u'\n')) {
            if (line.startsWith(field + u':'))
                return line.mid(field.size() + 1).trimmed();
        }
        return {};
    }

    // CRM_KEEP_PDF_DIR=/tmp/x keeps the PDFs to look at (pdftoppm -png).
    static void keep(const QString &path)
    {
        const QString dir = qEnvironmentVariable("CRM_KEEP_PDF_DIR");
        if (!dir.isEmpty()) {
            const QString to = dir + u'/' + QFileInfo(path).fileName();
            QFile::remove(to);
            QFile::copy(path, to);
        }
    }

private slots:
    void multilingualDetailReportOverPages()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        // Latvian, Polish, Estonian, Russian, Greek.
        const QList<QStringList> people = {{u"Jānis"_qs, u"Bērziņš"_qs, u"Rīga"_qs},
                                           {u"Paweł"_qs, u"Żółkiewski"_qs, u"Łódź"_qs},
                                           {u"Mari"_qs, u"Õunapuu"_qs, u"Jõgeva"_qs},
                                           {u"Иван"_qs, u"Иванов"_qs, u"Москва"_qs},
                                           {u"Γιώργος"_qs, u"Παπαδόπουλος"_qs, u"Αθήνα"_qs}};
        for (int i = 0; i < 150; ++i) {
            const QStringList &p = people[i % people.size()];
            Contact c = test::contact(p[0], p[1] + QString::number(i));
            c.city = p[2];
            QVERIFY(contacts.createMany({c}));
        }
        auto def = ReportDefinition::fromJsonBytes(R"({"title": "Kontakti — Контакты — Επαφές",
            "recordType": "contacts", "columns": ["name", "city", "status"],
            "sort": [{"field": "city"}], "aggregates": [{"function": "count"}]})");
        QVERIFY2(def, qPrintable(def.error().detail));
        ReportEngine engine(t.db());
        auto compiled = engine.compile(def.value());
        QVERIFY(compiled);
        auto table = engine.collect(compiled.value());
        QVERIFY(table);
        const QString path = t.dir() + u"/contacts.pdf";
        QVERIFY(ui::ReportPdfWriter::writePdf(path, compiled.value(), table.value()));
        keep(path);

        const int pages = pdfInfo(path, u"Pages"_qs).toInt();
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QVERIFY(pdfInfo(path, u"Page size"_qs).contains(u"A4"));
        const QString all = pdfText(path);
        for (const QString &word : {u"Bērziņš"_qs, u"Żółkiewski"_qs, u"Łódź"_qs, u"Õunapuu"_qs,
                                    u"Jõgeva"_qs, u"Иванов"_qs, u"Москва"_qs, u"Παπαδόπουλος"_qs,
                                    u"Αθήνα"_qs, u"Kontakti — Контакты — Επαφές"_qs})
            QVERIFY2(all.contains(word), qPrintable(word));
        QVERIFY(all.contains(u"Total · 150"));
        QVERIFY(all.contains(u"Generated:"));
        QVERIFY(all.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        // Page 2 starts with the table header again.
        const QString second = pdfText(path, 2);
        const QStringList lines = second.trimmed().split(u'\n');
        QVERIFY2(lines.first().contains(u"Name") && lines.first().contains(u"City") &&
                     lines.first().contains(u"Status"),
                 qPrintable(lines.first()));
        QVERIFY(second.contains(QStringLiteral("Page 2 of %1").arg(pages)));

        // The fonts are embedded.
        auto fonts = test::runProcess(u"pdffonts"_qs, {path});
        QVERIFY(fonts.out.contains("DejaVuSans"));
        for (const QByteArray &line : fonts.out.split('\n').mid(2)) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(" yes "), line.constData());
        }

        // Landscape Letter: fewer rows a page, more pages.
        ui::ReportPageOptions letter;
        letter.pageSize = QPageSize::Letter;
        letter.orientation = QPageLayout::Landscape;
        QVERIFY(ui::ReportPdfWriter::writePdf(path, compiled.value(), table.value(), letter));
        QVERIFY(pdfInfo(path, u"Page size"_qs).contains(u"792 x 612"));
        QVERIFY(pdfInfo(path, u"Pages"_qs).toInt() > pages);
    }

    void groupedReportWithChartAndTotals()
    {
        test::TestDatabase t;
        DealRepository deals(t.db());
        for (const Deal &d : {test::deal(u"Rīgas projekts"_qs, 1000'00, u"EUR"_qs, 0),
                              test::deal(u"Łódź"_qs, 2000'00, u"EUR"_qs, 1),
                              test::deal(u"Αθήνα"_qs, 500'00, u"USD"_qs, 1),
                              test::deal(u"Москва"_qs, 700'00, u"EUR"_qs, 3)})
            QVERIFY(deals.create(d));
        ReportEngine engine(t.db());
        auto compiled = engine.compile(*BuiltinReports::find(u"pipeline-by-stage"_qs));
        QVERIFY(compiled);
        auto table = engine.collect(compiled.value());
        QVERIFY(table);
        const QString path = t.dir() + u"/pipeline.pdf";
        QVERIFY(ui::ReportPdfWriter::writePdf(path, compiled.value(), table.value()));
        keep(path);
        QCOMPARE(pdfInfo(path, u"Pages"_qs), u"1"_qs);
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"Pipeline by stage"));
        QVERIFY(text.contains(u"Filters: Outcome is Open"));
        QVERIFY(text.contains(u"Total (EUR)")); // the chart's caption: the grouped figure
        QVERIFY(text.contains(u"Subtotal"));
        QVERIFY(text.contains(u"Page 1 of 1"));
        // Totals per currency: 3,700.00 EUR and 500.00 USD, never added together.
        QVERIFY2(text.contains(u"€3,700.00") || text.contains(u"3,700.00€"), qPrintable(text));
        QVERIFY(text.contains(u"$500.00") || text.contains(u"500.00$"));
        QVERIFY(!text.contains(u"4,200"));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
