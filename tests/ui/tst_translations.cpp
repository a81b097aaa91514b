// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations: every .ts keeps the placeholders, accelerators and plural forms
// of its source texts, and the built .qm files give counts in the right plural form.
#include "activities/activitydialog.h"
#include "bulk/bulkeditdialog.h"
#include "companies/companyconversiondialog.h"
#include "companies/companydialog.h"
#include "contacts/contactdialog.h"
#include "dashboard/dashboardperiod.h"
#include "dashboard/dashboardservice.h"
#include "deals/dealboard.h"
#include "deals/dealdialog.h"
#include "dedup/duplicatefinder.h"
#include "import/importundo.h"
#include "io/contactexport.h"
#include "io/icalendar.h"
#include "io/vcard.h"
#include "mainwindow/mainwindow.h"
#include "reports/builtinreports.h"
#include "reports/reportdefinition.h"
#include "reports/reportengine.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "settings/settingsdialog.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "timeline/timelinerepository.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

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

// Mnemonics used twice among the texts, as "Alt+X: First, Second".
QStringList clashes(const QStringList &texts)
{
    QMap<QString, QStringList> owners; // Alt+X → the texts that claim it
    for (const QString &t : texts) {
        if (const QKeySequence key = QKeySequence::mnemonic(t); !key.isEmpty())
            owners[key.toString()] << QString(t).remove(u'&');
    }
    QStringList out;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            out << it.key() + u": " + it.value().join(u", ");
    }
    return out;
}

// The texts with mnemonics a user can reach at once in `window` as it is shown now: buddied
// labels, buttons, group boxes, tabs and the menu bar's titles (each menu is checked apart).
QStringList reachableTexts(QWidget *window)
{
    QStringList texts;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy())
                texts << label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            texts << button->text();
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            texts << group->title();
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                texts << a->text();
        }
    }
    return texts;
}

// Every clash in `window`, on each page of each tab widget in turn, and in each menu.
QStringList clashesIn(QWidget *window)
{
    QStringList out;
    const auto note = [&](const QString &where, const QStringList &found) {
        for (const QString &c : found)
            out << where + u" — " + c;
    };
    note(window->objectName(), clashes(reachableTexts(window)));
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisibleTo(window))
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            note(window->objectName() + u" ▸ " + tabs->tabText(i).remove(u'&'),
                 clashes(reachableTexts(window)));
        }
        tabs->setCurrentIndex(current);
    }
    if (auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *a : bar->actions()) {
            if (QMenu *menu = a->menu()) {
                QStringList texts;
                for (QAction *item : menu->actions())
                    texts << item->text();
                note(window->objectName() + u" ▸ " + a->text().remove(u'&'), clashes(texts));
            }
        }
    }
    out.removeDuplicates();
    return out;
}

// The code lupdate reads (core, ui, app): each file's text, and the same with comments and the
// contents of string literals blanked out (same length), so that braces and words in them do
// not count when scopes are followed.
struct SourceFile
{
    QString path, text, code;
};

QList<SourceFile> programSources()
{
    QList<SourceFile> files;
    for (const char *dir : {"core", "ui", "app"}) {
        QDirIterator it(QDir(QStringLiteral(CRM_SOURCE_DIR)).filePath(QString::fromLatin1(dir)),
                        {u"*.cpp"_qs, u"*.h"_qs}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            SourceFile f{file.fileName(), QString::fromUtf8(file.readAll()), {}};
            f.code = f.text;
            QString &code = f.code;
            for (qsizetype i = 0; i < code.size();) {
                const QChar c = code[i];
                qsizetype from = i, end = code.size(); // blank [from, end)
                const bool comment = code.mid(i, 2) == u"//" || code.mid(i, 2) == u"/*";
                if (code.mid(i, 2) == u"//") {
                    if (const qsizetype nl = code.indexOf(u'\n', i); nl >= 0)
                        end = nl;
                } else if (code.mid(i, 2) == u"/*") {
                    if (const qsizetype close = code.indexOf(u"*/", i + 2); close >= 0)
                        end = close + 2;
                } else if (c == u'"' && i > 0 && code[i - 1] == u'R') {
                    // R"delimiter( … )delimiter": blank what is between the quotes.
                    const qsizetype open = code.indexOf(u'(', i);
                    const QString close = u')' + code.mid(i + 1, open - i - 1) + u'"';
                    if (const qsizetype at = code.indexOf(close, open); at >= 0)
                        end = at + close.size() - 1;
                    from = i + 1;
                } else if ((c == u'"' || c == u'\'') && !(i > 0 && code[i - 1].isDigit())) {
                    // A string or character literal (a ' after a digit separates digits).
                    for (end = i + 1; end < code.size() && code[end] != c; ++end) {
                        if (code[end] == u'\\')
                            ++end;
                    }
                    from = i + 1;
                } else {
                    ++i;
                    continue;
                }
                end = std::min(end, code.size());
                for (qsizetype j = from; j < end; ++j) {
                    if (code[j] != u'\n')
                        code[j] = u' ';
                }
                i = comment ? end : end + 1; // past a literal's closing quote
            }
            files << f;
        }
    }
    return files;
}

// Where a file's code stands at some point: the namespaces and classes around it.
struct Scope
{
    enum Kind
    {
        Namespace,
        Class,
        Block
    } kind;
    QString name;
};

QString qualifiedName(const QList<Scope> &scopes, bool namespacesOnly)
{
    QStringList parts;
    for (const Scope &s : scopes) {
        if (s.kind == Scope::Block || (namespacesOnly && s.kind == Scope::Class))
            continue;
        if (!s.name.isEmpty()) // an anonymous namespace adds nothing, for lupdate too
            parts << s.name;
    }
    return parts.join(u"::");
}

// Follows the scopes of a file and calls `at` for each Q_OBJECT (kind "object") and each
// function or lambda named tr() that takes a const char * (kind "helper"), with the scopes
// around it and where it stands in the text.
template <typename F> void followScopes(const SourceFile &f, F at)
{
    static const QRegularExpression re(u"\\bnamespace\\s+([\\w:]*)\\s*\\{|\\b(?:class|struct)\\s+("
                                       u"\\w+)(?:\\s+final)?\\s*(?::[^;{}()]*)?\\{"
                                       u"|\\b(?:QString\\s+tr|auto\\s+tr\\s*=\\s*\\[[^\\]]*\\])\\s*"
                                       u"\\(\\s*const\\s+char\\s*\\*\\s*\\w*\\s*\\)\\s*\\{"
                                       u"|\\bQ_OBJECT\\b|[{}]"_qs);
    QList<Scope> scopes;
    for (auto it = re.globalMatch(f.code); it.hasNext();) {
        const auto m = it.next();
        const QString token = m.captured();
        if (token == u"}") {
            if (!scopes.isEmpty())
                scopes.removeLast();
        } else if (token == u"{") {
            scopes << Scope{Scope::Block, {}};
        } else if (token == u"Q_OBJECT") {
            at(u"object"_qs, scopes, m.capturedStart());
        } else if (token.startsWith(u"namespace")) {
            scopes << Scope{Scope::Namespace, m.captured(1)};
        } else if (m.hasCaptured(2)) {
            scopes << Scope{Scope::Class, m.captured(2)};
        } else {
            at(u"helper"_qs, scopes, m.capturedStart());
            scopes << Scope{Scope::Block, {}};
        }
    }
}

// The context a translate() call names, literally or through a constant of the file.
QString contextNamed(const SourceFile &f, const QString &argument)
{
    if (argument.startsWith(u'"'))
        return argument.mid(1, argument.size() - 2);
    const QRegularExpression constant(u"\\b"_qs + argument +
                                      u"\\s*(?:\\[\\])?\\s*=\\s*\"([^\"]+)\""_qs);
    return constant.match(f.text).captured(1);
}

// Every context some code asks a translation under: translate() calls (which the file-level
// helpers make too), Q_DECLARE_TR_FUNCTIONS and the qualified names of Q_OBJECT classes.
QSet<QString> askedContexts(const QList<SourceFile> &files)
{
    static const QRegularExpression translate(
        u"\\bQ(?:Core|Gui)?Application::translate\\(\\s*(\"[^\"]+\"|\\w+)"_qs);
    static const QRegularExpression declared(
        u"\\bQ_DECLARE_TR_FUNCTIONS\\(\\s*([\\w:]+)\\s*\\)"_qs);
    QSet<QString> asked;
    for (const SourceFile &f : files) {
        for (auto it = translate.globalMatch(f.text); it.hasNext();)
            asked << contextNamed(f, it.next().captured(1));
        for (auto it = declared.globalMatch(f.code); it.hasNext();)
            asked << it.next().captured(1);
        followScopes(f, [&](const QString &kind, const QList<Scope> &scopes, qsizetype) {
            if (kind == u"object")
                asked << qualifiedName(scopes, false);
        });
    }
    return asked;
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

    // A core message is asked for under the context lupdate files it under: the reasons the
    // duplicate search gives for companies were filed under "…Scan" and asked for under
    // "…DuplicateFinder", so they stayed in English.
    void duplicateReasonsAreTranslated()
    {
        test::TestDatabase t;
        core::CompanyRepository repo(t.db());
        core::Company a = test::company(u"Koks"_qs);
        a.website = u"https://koks.lv"_qs;
        core::Company b = test::company(u"Akmens"_qs);
        b.website = u"http://www.koks.lv/par-mums"_qs;
        QVERIFY(repo.create(a).ok());
        QVERIFY(repo.create(b).ok());
        QTranslator translator;
        QVERIFY(translator.load(QDir(QStringLiteral(CRM_QM_DIR)).filePath(u"crm_lv.qm"_qs)));
        QCoreApplication::installTranslator(&translator);
        auto found = core::dedup::DuplicateFinder(t.db()).find(
            core::dedup::FindOptions{core::dedup::RecordKind::Company, 0.0, {}});
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        const QString reasons = found->first().reasons.join(u"; ");
        QVERIFY2(reasons.contains(u"tas pats tīmekļa domēns koks.lv"), qPrintable(reasons));
    }

    // The same for the customer timeline's entries ("…Reader" in the .ts, asked for under
    // "…Timeline") and its not-found message.
    void timelineEntriesAreTranslated()
    {
        test::TestDatabase t;
        auto id = core::ContactRepository(t.db()).create(test::contact(u"Anna"_qs, u"Ozola"_qs));
        QVERIFY(id.ok());
        QTranslator translator;
        QVERIFY(translator.load(QDir(QStringLiteral(CRM_QM_DIR)).filePath(u"crm_lv.qm"_qs)));
        QCoreApplication::installTranslator(&translator);
        core::TimelineRepository timeline(t.db());
        auto page = timeline.page(id.value(), {}, 50);
        auto missing = timeline.page(QByteArray(16, 'x'), {}, 50);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(page.ok());
        QStringList titles;
        for (const core::TimelineEntry &e : page->entries)
            titles << e.title;
        QVERIFY2(titles.contains(u"Kontakts izveidots"_qs), qPrintable(titles.join(u"; ")));
        QVERIFY(!missing.ok());
        QVERIFY2(!missing.error().message().contains(u"no contact, company or deal"),
                 qPrintable(missing.error().message()));
    }

    // And the home screen's figures and periods ("…dashboard…" in the .ts, asked for under
    // "crm::core::Dashboard", which the .ts does not have).
    void homeScreenFiguresAreTranslated()
    {
        test::TestDatabase t;
        QTranslator translator;
        QVERIFY(translator.load(QDir(QStringLiteral(CRM_QM_DIR)).filePath(u"crm_lv.qm"_qs)));
        QCoreApplication::installTranslator(&translator);
        const QString week = core::dashboard::DashboardPeriod::label(u"this_week"_qs);
        core::dashboard::DashboardService service(t.db());
        auto figures = service.figures({});
        auto day = service.myDay({});
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(week, u"Šī nedēļa"_qs);
        QVERIFY(figures.ok());
        QVERIFY2(figures->newContacts.records.title.startsWith(u"Jauni kontakti"),
                 qPrintable(figures->newContacts.records.title));
        QVERIFY(day.ok());
        QCOMPARE(day->overdueRecords.title, u"Nokavētie uzdevumi"_qs);
    }

    // A translation is found only under the context lupdate filed its message under: the
    // class a tr() call stands in (its Q_DECLARE_TR_FUNCTIONS or Q_OBJECT name) or, for a
    // free function, its namespace. A context of the .ts that no code asks under holds
    // messages that always come out in English (about 160 of them in reports, deals, the CSV
    // export and the UI's helpers did, through file-level tr() helpers that named another).
    void everyTranslatedContextIsAskedFor()
    {
        QString error;
        const QList<Message> messages =
            readTs(QDir(QStringLiteral(CRM_TS_DIR)).filePath(u"crm_lv.ts"_qs), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<SourceFile> files = programSources();
        QVERIFY(files.size() > 100);
        const QSet<QString> asked = askedContexts(files);
        QMap<QString, int> unasked; // context → its translated messages
        static const QRegularExpression qtClass(u"^Q[A-Z]"_qs); // Qt's own, which Qt asks for
        for (const Message &m : messages) {
            if (m.finished && !asked.contains(m.context) && !qtClass.match(m.context).hasMatch())
                ++unasked[m.context];
        }
        QStringList out;
        for (auto it = unasked.cbegin(); it != unasked.cend(); ++it)
            out << u"%1 (%2 messages)"_qs.arg(it.key()).arg(it.value());
        QVERIFY2(out.isEmpty(), qPrintable(u"asked under by no code: "_qs + out.join(u", ")));
    }

    // The same by construction: a file-level tr() helper (or a lambda named tr) serves the
    // free functions around it, which lupdate files under their namespace — so it asks under
    // exactly that namespace; a class with messages declares its own tr().
    void fileLevelTrHelpersAskUnderTheirNamespace()
    {
        static const QRegularExpression translate(
            u"\\bQ(?:Core|Gui)?Application::translate\\(\\s*(\"[^\"]+\"|\\w+)"_qs);
        QStringList wrong;
        int helpers = 0;
        for (const SourceFile &f : programSources()) {
            followScopes(f, [&](const QString &kind, const QList<Scope> &scopes, qsizetype at) {
                if (kind != u"helper")
                    return;
                ++helpers;
                const bool inClass =
                    std::any_of(scopes.cbegin(), scopes.cend(),
                                [](const Scope &s) { return s.kind == Scope::Class; });
                const auto m = translate.match(f.text.mid(at, 300));
                const QString asks = m.hasMatch() ? contextNamed(f, m.captured(1)) : QString();
                const QString where = QDir(QStringLiteral(CRM_SOURCE_DIR)).relativeFilePath(f.path);
                if (inClass)
                    wrong << where + u": a tr() helper inside a class"_qs;
                else if (asks != qualifiedName(scopes, true))
                    wrong << u"%1: asks under “%2”, stands in “%3”"_qs.arg(
                        where, asks, qualifiedName(scopes, true));
            });
        }
        QVERIFY(helpers > 10);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    // What a user meets of the reports: a definition's check, the engine's check of the
    // parameters and the total row it adds ("…ReportDefinition" and "…ReportEngine" in the
    // .ts, asked for under "crm::core::Reports").
    void reportMessagesAreTranslated()
    {
        test::TestDatabase t;
        QTranslator translator;
        QVERIFY(translator.load(QDir(QStringLiteral(CRM_QM_DIR)).filePath(u"crm_lv.qm"_qs)));
        QCoreApplication::installTranslator(&translator);
        const core::Status untitled = core::reports::ReportDefinition{}.validate();
        core::reports::ReportEngine engine(t.db());
        const auto *wonLost = core::reports::BuiltinReports::find(u"won-lost"_qs);
        QVERIFY(wonLost);
        auto unknown = engine.compile(*wonLost, {{u"colour"_qs, u"red"_qs}});
        auto compiled = engine.compile(*wonLost);
        QVERIFY(compiled.ok());
        auto table = engine.collect(compiled.value());
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!untitled.ok());
        QVERIFY2(untitled.error().detail.contains(u"atskaitei nepieciešams nosaukums"),
                 qPrintable(untitled.error().detail));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().detail.contains(u"nezināms parametrs „colour“"),
                 qPrintable(unknown.error().detail));
        QVERIFY(table.ok());
        QVERIFY(!table->rows.isEmpty());
        QVERIFY2(table->rows.last().label.startsWith(u"Kopā"),
                 qPrintable(table->rows.last().label));
    }

    // The readers' and the export's messages: an iCalendar and a vCard file that are none
    // (lupdate did not read these files at all, so the .ts held their translations as
    // vanished, and they asked under "crm::core::ICalendar" and "…io::VCard" besides) and the
    // header of the CSV export ("crm::core::io" in the .ts, "…ContactExport" asked).
    void fileMessagesAreTranslated()
    {
        QTranslator translator;
        QVERIFY(translator.load(QDir(QStringLiteral(CRM_QM_DIR)).filePath(u"crm_lv.qm"_qs)));
        QCoreApplication::installTranslator(&translator);
        auto calendar = core::ICalendar::read(QByteArray(), QTimeZone::utc());
        auto cards = core::io::parseVCards(QByteArray(), false);
        const QStringList header = core::io::contactCsvHeader();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!calendar.ok());
        QCOMPARE(calendar.error().detail,
                 u"1. rinda: nav iCalendar fails (nav BEGIN:VCALENDAR)"_qs);
        QVERIFY(!cards.ok());
        QCOMPARE(cards.error().detail, u"failā nav vCard (trūkst BEGIN:VCARD)"_qs);
        QVERIFY(header.size() > 2);
        QCOMPARE(header[1], u"Vārds"_qs);
    }

    // The checks of a record as the forms and the import meet them: a deal without a title
    // ("crm::core" in the .ts, asked under "…DealRepository") and a contact without a name
    // (a message of the domain, which lupdate did not read).
    void recordChecksAreTranslated()
    {
        test::TestDatabase t;
        QTranslator translator;
        QVERIFY(translator.load(QDir(QStringLiteral(CRM_QM_DIR)).filePath(u"crm_lv.qm"_qs)));
        QCoreApplication::installTranslator(&translator);
        auto deal = core::DealRepository(t.db()).create(test::deal(QString(), 1000, u"EUR"_qs));
        auto contact = core::ContactRepository(t.db()).create(core::Contact{});
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!deal.ok());
        QVERIFY2(deal.error().detail.contains(u"darījumam nepieciešams nosaukums"),
                 qPrintable(deal.error().detail));
        QVERIFY(!contact.ok());
        QVERIFY2(contact.error().detail.contains(u"kontaktam nepieciešams vārds vai uzvārds"),
                 qPrintable(contact.error().detail));
    }

    // A free function of the UI: what the import history says when an undo was stopped
    // ("crm::ui" in the .ts, asked under "crm::ui::ImportUndo").
    void uiHelperMessagesAreTranslated()
    {
        QTranslator translator;
        QVERIFY(translator.load(QDir(QStringLiteral(CRM_QM_DIR)).filePath(u"crm_lv.qm"_qs)));
        QCoreApplication::installTranslator(&translator);
        const QString stopped =
            ui::importUndoProblem(core::Error{core::ErrorCode::Cancelled, {}, {}});
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(stopped.startsWith(u"Atsaukšana tika apturēta."), qPrintable(stopped));
    }

    // In every language, no two things a user reaches at once in a window share an Alt+letter:
    // the main window and its menus, the record forms, Settings, lead conversion, bulk edit,
    // the deal board.
    void acceleratorsAreUniqueInEachWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        for (const QString &language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void acceleratorsAreUniqueInEachWindow()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(
                QDir(QStringLiteral(CRM_QM_DIR)).filePath(u"crm_%1.qm"_qs.arg(language))));
            QCoreApplication::installTranslator(&translator);
        }
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        test::TestDatabase t;
        core::Company lead;
        lead.name = u"Kalns SIA"_qs;
        lead.status = core::LifecycleStatus::Lead;

        QStringList found;
        const auto check = [&](QWidget *w, const QString &name) {
            w->setObjectName(name);
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            found << clashesIn(w);
        };
        ui::MainWindow main(t.db());
        check(&main, u"main window"_qs);
        ui::ContactDialog contact(t.db(), {});
        check(&contact, u"contact"_qs);
        ui::CompanyDialog company(t.db(), {});
        check(&company, u"company"_qs);
        ui::DealDialog deal(t.db(), {});
        check(&deal, u"deal"_qs);
        ui::ActivityDialog activity(t.db(), {});
        check(&activity, u"activity"_qs);
        // Settings as the main window opens it, page by page.
        main.showSettings(u"general"_qs);
        auto *settings = main.findChild<ui::SettingsDialog *>();
        QVERIFY(settings);
        for (const QString &page :
             {u"general"_qs, u"sync"_qs, u"customFields"_qs, u"tags"_qs, u"pipelines"_qs}) {
            QVERIFY(settings->showPage(page));
            check(settings, u"settings ▸ "_qs + page);
        }
        ui::CompanyConversionDialog conversion(t.db(), lead);
        check(&conversion, u"company conversion"_qs);
        ui::BulkEditDialog bulk(t.db(), core::CustomEntity::Contact, 12);
        check(&bulk, u"bulk edit"_qs);
        ui::DealBoard board(t.db());
        check(&board, u"deal board"_qs);
        // The windows the main window opens: each new top-level window as it first shows.
        using Opener = void (ui::MainWindow::*)();
        const std::pair<Opener, const char *> openers[] = {
            {&ui::MainWindow::showAgenda, "agenda"},
            {&ui::MainWindow::showReminders, "reminders"},
            {&ui::MainWindow::showDealList, "deal list"},
            {&ui::MainWindow::showImportWizard, "import"},
            {&ui::MainWindow::showImportHistory, "import history"},
            {&ui::MainWindow::showCalendarImport, "calendar import"},
            {&ui::MainWindow::showCalendarExport, "calendar export"},
            {&ui::MainWindow::showReports, "reports"},
            {&ui::MainWindow::showOutbox, "outbox"},
            {&ui::MainWindow::showSyncLog, "sync log"},
            {&ui::MainWindow::showConflicts, "conflicts"},
        };
        for (const auto &[open, name] : openers) {
            const QWidgetList before = QApplication::topLevelWidgets();
            (main.*open)();
            QApplication::processEvents();
            int opened = 0;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (before.contains(w) || !w->isVisible() || qobject_cast<QMenu *>(w))
                    continue;
                ++opened;
                w->setObjectName(QString::fromLatin1(name));
                found << clashesIn(w);
                w->close();
            }
            QVERIFY2(opened > 0, name);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void englishCountsWithoutATranslation()
    {
        QCOMPARE(ui::MainWindow::countText(ui::MainWindow::Page::Contacts, 1), u"1 contact"_qs);
        QCOMPARE(ui::MainWindow::countText(ui::MainWindow::Page::Companies, 3), u"3 companies"_qs);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
