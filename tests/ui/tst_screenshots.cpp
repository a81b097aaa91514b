// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main screens with realistic data. With CRM_SCREENSHOT_DIR set, saves them as
// PNG (the README's screenshot comes from here); always checks that they render.
#include "activities/agendaview.h"
#include "activities/calendarexportdialog.h"
#include "activities/calendarimportdialog.h"
#include "activities/reminderswindow.h"
#include "common/messagebox.h"
#include "companies/companyconversiondialog.h"
#include "companies/companydialog.h"
#include "contacts/contactdialog.h"
#include "dashboard/dashboardview.h"
#include "deals/dealboard.h"
#include "deals/dealdialog.h"
#include "dedup/duplicateswindow.h"
#include "dedup/mergedialog.h"
#include "demo/demodata.h"
#include "mainwindow/mainwindow.h"
#include "models/contactlistmodel.h"
#include "reports/reportswindow.h"
#include "services/activityrepository.h"
#include "services/calendarservice.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "settings/settingsdialog.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace crm;
using namespace crm::core;

namespace {
struct Person
{
    const char *first, *last, *title, *email, *phone, *city, *status;
    int company;
};

// A few people from each of the six languages of our first users.
const Person kPeople[] = {
    {"Anna", "Bērziņa", "Sales manager", "anna.berzina@baltfreight.lv", "+371 2912 3456", "Rīga",
     "customer", 0},
    {"Jānis", "Ozols", "Logistics lead", "janis.ozols@baltfreight.lv", "+371 2655 1020", "Rīga",
     "customer", 0},
    {"Ilze", "Kalniņa", "Buyer", "ilze@kurzemesdarzi.lv", "+371 2233 4455", "Liepāja", "prospect",
     -1},
    {"Kadri", "Tamm", "CEO", "kadri.tamm@tallinnasoft.ee", "+372 5123 4567", "Tallinn", "customer",
     1},
    {"Märt", "Kask", "Developer", "mart.kask@tallinnasoft.ee", "+372 5550 1234", "Tartu", "lead",
     1},
    {"Paweł", "Łodziński", "Dyrektor handlowy", "p.lodzinski@wisla-trans.pl", "+48 601 234 567",
     "Łódź", "prospect", 2},
    {"Agnieszka", "Wójcik", "Księgowa", "a.wojcik@wisla-trans.pl", "+48 512 345 678", "Kraków",
     "customer", 2},
    {"Ольга", "Иванова", "Менеджер по закупкам", "olga.ivanova@severstal.example",
     "+7 912 345 67 89", "Санкт-Петербург", "lead", 3},
    {"Сергей", "Ёлкин", "Инженер", "s.yolkin@severstal.example", "+7 921 000 11 22", "Москва",
     "former", 3},
    {"Ιωάννης", "Παπαδόπουλος", "Διευθυντής", "ioannis@aegean-ship.gr", "+30 21 0123 4567", "Αθήνα",
     "customer", 4},
    {"Μαρία", "Γεωργίου", "Πωλήσεις", "maria.g@aegean-ship.gr", "+30 231 055 1234", "Θεσσαλονίκη",
     "prospect", 4},
    {"Emily", "Clarke", "Account executive", "emily.clarke@northwind.example", "+44 20 7946 0958",
     "London", "customer", 5},
    {"James", "O'Neill", "Procurement", "james.oneill@northwind.example", "+44 161 496 0012",
     "Manchester", "lead", 5},
    {"Līga", "Pētersone", "Marketing", "liga@kurzemesdarzi.lv", "+371 2000 1234", "Ventspils",
     "lead", -1},
    {"Tõnu", "Saar", "Consultant", "tonu.saar@example.ee", "+372 5300 9876", "Pärnu", "former", -1},
};

const char *kCompanies[][3] = {
    {"Baltic Freight SIA", "Logistics", "Rīga"},
    {"Tallinna Tarkvara OÜ", "Software", "Tallinn"},
    {"Wisła Trans Sp. z o.o.", "Transport", "Łódź"},
    {"Северсталь Трейд", "Steel", "Москва"},
    {"Αιγαίο Ναυτιλιακή", "Shipping", "Πειραιάς"},
    {"Northwind Traders Ltd", "Wholesale", "London"},
};
} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QString m_outDir;

    void save(QWidget *w, const QString &name)
    {
        const QImage image = w->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 300 && image.height() > 200);
        if (!m_outDir.isEmpty())
            QVERIFY(image.save(QDir(m_outDir).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        m_outDir = qEnvironmentVariable("CRM_SCREENSHOT_DIR");
        if (!m_outDir.isEmpty())
            QVERIFY(QDir().mkpath(m_outDir));
    }

    void screens()
    {
        test::TestDatabase t;
        CompanyRepository companies(t.db());
        ContactRepository contacts(t.db());
        QList<QByteArray> companyIds;
        for (const auto &c : kCompanies) {
            Company company = test::company(QString::fromUtf8(c[0]), QString::fromUtf8(c[2]));
            company.industry = QString::fromUtf8(c[1]);
            auto id = companies.create(company);
            QVERIFY(id.ok());
            companyIds << id.value();
        }
        QByteArray annaId;
        for (const Person &p : kPeople) {
            Contact c = test::contact(QString::fromUtf8(p.first), QString::fromUtf8(p.last),
                                      QString::fromUtf8(p.email), QString::fromUtf8(p.phone));
            c.title = QString::fromUtf8(p.title);
            c.city = QString::fromUtf8(p.city);
            parseLifecycle(QString::fromLatin1(p.status), &c.status);
            if (p.company >= 0)
                c.companyId = companyIds.at(p.company);
            auto id = contacts.create(c);
            QVERIFY2(id.ok(), qPrintable(id.error().message()));
            if (annaId.isEmpty())
                annaId = id.value();
        }
        // Some history for Anna.
        auto anna = contacts.get(annaId);
        QVERIFY(anna.ok());
        Contact edited = anna.value();
        edited.title = QStringLiteral("Head of sales");
        edited.tags = QStringList{QStringLiteral("VIP"), QStringLiteral("newsletter")};
        edited.phones << PhoneNumber{{}, QStringLiteral("work"), QStringLiteral("+371 6700 1234")};
        edited.birthday = QDate(1986, 4, 12);
        QVERIFY(contacts.update(edited).ok());

        ui::MainWindow window(t.db());
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPage(ui::MainWindow::Page::Contacts); // it opens on Home
        window.contactsView()->selectRow(0);
        save(&window, QStringLiteral("main-window.png"));

        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        test::typeText(search, QStringLiteral("lodz"));
        QTRY_COMPARE(window.contactsModel()->rowCount(), 1);
        save(&window, QStringLiteral("main-window-search.png"));
        search->clear();
        QTRY_COMPARE(window.contactsModel()->rowCount(), int(std::size(kPeople)));

        {
            ui::ContactDialog dialog(t.db(), annaId, &window);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(&dialog, QStringLiteral("contact-dialog.png"));
            dialog.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
            save(&dialog, QStringLiteral("contact-history.png"));
        }
        {
            ui::ContactDialog dialog(t.db(), {}, &window);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            test::typeText(dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit0")),
                           QStringLiteral("anna@@example"));
            test::typeText(dialog.findChild<QLineEdit *>(QStringLiteral("birthdayEdit")),
                           QStringLiteral("1990-02-30"));
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                              Qt::LeftButton);
            QVERIFY(dialog.isVisible());
            save(&dialog, QStringLiteral("contact-errors.png"));
            ui::MessageBox::setNextAnswer(QMessageBox::Discard);
        }
        {
            ui::CompanyDialog dialog(t.db(), companyIds.first(), &window);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(&dialog, QStringLiteral("company-dialog.png"));
            dialog.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
            save(&dialog, QStringLiteral("company-contacts.png"));
        }
    }

    // The working day's screens: the board, the agenda, the reminders, a deal, the calendar
    // import and export.
    void salesScreens()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        test::TestDatabase t;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray koks =
            CompanyRepository(t.db()).create(test::company(u"SIA Koks"_qs)).value();
        Contact anna =
            test::contact(u"Anna"_qs, u"Bērziņa"_qs, u"anna@koks.lv"_qs, u"+371 2912 3456"_qs);
        anna.companyId = koks;
        anna.birthday = QDate(1986, now.date().month(), std::min(now.date().day(), 28));
        const QByteArray annaId = ContactRepository(t.db()).create(anna).value();
        DealRepository deals(t.db());
        const char *titles[] = {"Fleet renewal", "Printers for Liepāja", "Warehouse racks",
                                "Cold storage",  "Forklift service",     "Office move"};
        QByteArray firstDeal;
        for (int i = 0; i < 6; ++i) {
            Deal d;
            d.title = QString::fromUtf8(titles[i]);
            d.companyId = koks;
            d.contacts = {DealContact{{}, annaId, u"Decision maker"_qs, {}}};
            d.amount = (i + 1) * 1'250'00;
            d.currency = i == 4 ? u"USD"_qs : u"EUR"_qs;
            d.stageId = DefaultPipeline::stageId(i % 4);
            d.expectedClose = now.date().addDays(20 + i * 9);
            d.owner = u"anna"_qs;
            d.nextStep = u"Send the revised offer"_qs;
            const QByteArray id = deals.create(d).value();
            if (firstDeal.isEmpty())
                firstDeal = id;
        }
        ActivityRepository activities(t.db());
        const struct
        {
            Activity::Kind kind;
            const char *subject;
            int hours;
        } items[] = {{Activity::Kind::Task, "Send the contract", -30},
                     {Activity::Kind::Meeting, "Visit at SIA Koks", 2},
                     {Activity::Kind::Call, "Follow-up call", 4},
                     {Activity::Kind::Task, "Prepare the quote", 50}};
        for (const auto &item : items) {
            Activity a;
            a.kind = item.kind;
            a.subject = QString::fromUtf8(item.subject);
            a.contactId = annaId;
            a.companyId = koks;
            a.dealId = firstDeal;
            if (item.kind == Activity::Kind::Task)
                a.due = now.addSecs(item.hours * 3600);
            else
                a.start = now.addSecs(item.hours * 3600);
            if (item.kind == Activity::Kind::Meeting) {
                a.end = a.start.addSecs(3600);
                a.place = u"Rīga, Brīvības iela 1"_qs;
                a.reminderMinutes = 15;
            }
            QVERIFY(activities.create(a));
        }
        QVERIFY(deals.move(firstDeal, DefaultPipeline::stageId(1)));

        QUndoStack undo;
        {
            ui::DealBoard board(t.db());
            board.resize(1200, 620);
            board.show();
            QVERIFY(QTest::qWaitForWindowExposed(&board));
            save(&board, QStringLiteral("deal-board.png"));
        }
        {
            ui::AgendaView agenda(t.db(), &undo);
            agenda.resize(900, 560);
            agenda.show();
            QVERIFY(QTest::qWaitForWindowExposed(&agenda));
            save(&agenda, QStringLiteral("agenda.png"));
        }
        {
            ui::RemindersWindow reminders(t.db());
            reminders.resize(800, 480);
            reminders.show();
            QVERIFY(QTest::qWaitForWindowExposed(&reminders));
            save(&reminders, QStringLiteral("reminders.png"));
        }
        {
            ui::DealDialog dialog(t.db(), firstDeal);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(&dialog, QStringLiteral("deal-dialog.png"));
            dialog.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
            save(&dialog, QStringLiteral("deal-timeline.png"));
        }
        {
            ui::CompanyDialog dialog(t.db(), koks);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(&dialog, QStringLiteral("company-links.png"));
            ui::CompanyConversionDialog ask(t.db(), dialog.company(), &dialog);
            ask.show();
            QVERIFY(QTest::qWaitForWindowExposed(&ask));
            save(&ask, QStringLiteral("company-convert.png"));
        }
        QTemporaryDir files;
        const QString ics = files.filePath(u"calendar.ics"_qs);
        QVERIFY(CalendarService(t.db()).exportFile(ics));
        {
            ui::CalendarExportDialog dialog(t.db());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.findChild<QRadioButton *>(QStringLiteral("exportRangeRadio"))->setChecked(true);
            dialog.setFileName(ics);
            save(&dialog, QStringLiteral("calendar-export.png"));
        }
        {
            test::TestDatabase other;
            ui::CalendarImportDialog dialog(other.db());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.setFileName(ics);
            QTRY_VERIFY2(dialog.statusText().startsWith(u"New meetings"_qs),
                         qPrintable(dialog.statusText()));
            save(&dialog, QStringLiteral("calendar-import.png"));
        }
    }

    // The screens a new user meets after loading the demo data: Home, the board, the agenda,
    // the reminders, the settings pages, duplicates, merge and reports.
    void demoScreens()
    {
        // English with euros (the README's picture of Home comes from here).
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        test::TestDatabase t;
        QVERIFY(DemoData::populate(t.db(), 300).ok());
        ui::MainWindow window(t.db());
        window.resize(1400, 940);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::DashboardView *home = window.dashboard();
        home->refresh();
        QTRY_VERIFY(!home->isBusy());
        save(&window, QStringLiteral("home.png"));

        // Each window grabbed at the size it opens with.
        const auto shoot = [&](QWidget *w, const QString &name) {
            QVERIFY(w);
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QTest::qWait(300); // models fill from a pool thread
            save(w, name);
        };
        window.showDealBoard();
        shoot(window.findChild<ui::DealBoard *>(), QStringLiteral("demo-board.png"));
        window.showAgenda();
        shoot(window.findChild<ui::AgendaView *>(), QStringLiteral("demo-agenda.png"));
        window.showReminders();
        shoot(window.findChild<ui::RemindersWindow *>(), QStringLiteral("demo-reminders.png"));
        window.showReports();
        shoot(window.findChild<ui::ReportsWindow *>(), QStringLiteral("demo-reports.png"));
        window.findChild<QAction *>(QStringLiteral("findDuplicatesAction"))->trigger();
        auto *duplicates = window.findChild<ui::DuplicatesWindow *>();
        QVERIFY(duplicates);
        // After Find: the demo's pairs with their scores and reasons.
        QSignalSpy scanned(duplicates, &ui::DuplicatesWindow::scanFinished);
        QTest::mouseClick(duplicates->findChild<QPushButton *>(u"duplicatesFindButton"_qs),
                          Qt::LeftButton);
        QVERIFY(scanned.wait(60000));
        shoot(duplicates, QStringLiteral("demo-duplicates.png"));
        for (const QString &page : {u"pipelines"_qs, u"customFields"_qs, u"tags"_qs}) {
            window.showSettings(page); // the same dialog, turned to the page
            auto *settings = window.findChild<ui::SettingsDialog *>();
            QVERIFY(settings);
            shoot(settings, u"demo-settings-"_qs + page + u".png"_qs);
        }
        window.findChild<ui::SettingsDialog *>()->close();
        {
            const QList<QByteArray> ids = {window.contactsModel()->idAt(0),
                                           window.contactsModel()->idAt(1)};
            ui::MergeDialog dialog(t.db(), core::dedup::RecordKind::Contact, ids, &window);
            dialog.show();
            shoot(&dialog, QStringLiteral("demo-merge.png"));
        }
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
