// SPDX-License-Identifier: GPL-3.0-or-later
// The activity dialog driven as a person would (offscreen): the fields each kind shows,
// a meeting with an attendee, a task ticked off, refusals, undo; opened from the agenda and
// from a contact's phone button (tel:, then "log the call?").
#include "activities/activitydialog.h"
#include "activities/agendaview.h"
#include "common/messagebox.h"
#include "common/recordpicker.h"
#include "companies/companydialog.h"
#include "contacts/contactdialog.h"
#include "services/activityrepository.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

using namespace crm;
using namespace crm::core;

// Catches what QDesktopServices::openUrl would hand to the system.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void handle(const QUrl &url) { urls << url; }
};

class TestActivityDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::TestDatabase> m_t;
    QByteArray m_anna;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(10, 20));

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        auto *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }
    static void setKind(QWidget *dialog, Activity::Kind kind)
    {
        auto *combo = child<QComboBox>(dialog, "kindCombo");
        combo->setCurrentIndex(combo->findData(int(kind)));
    }
    int activityCount() const
    {
        return m_t->scalar(u"SELECT count(*) FROM activities WHERE deleted = 0"_qs).toInt();
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settings);
        ui::ActivityDialog::setClock([this] { return m_now; });
    }
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_t = std::make_unique<test::TestDatabase>();
        m_anna = ContactRepository(m_t->db())
                     .create(test::contact(u"Anna"_qs, u"Bērziņa"_qs, u"anna@koks.lv"_qs,
                                           u"+371 2912 3456"_qs))
                     .value();
    }
    void cleanup() { m_t.reset(); }

    void showsTheFieldsOfEachKind()
    {
        ui::ActivityDialog dialog(m_t->db(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto visible = [&](const char *name) { return child<QWidget>(&dialog, name)->isVisible(); };
        // A new task by default: due at 17:00 today.
        QVERIFY(visible("dueEdit") && visible("priorityCombo") && visible("doneCheck"));
        QVERIFY(!visible("directionCombo") && !visible("startEdit") && !visible("placeEdit"));
        QCOMPARE(child<QDateTimeEdit>(&dialog, "dueEdit")->dateTime(),
                 QDateTime(m_now.date(), QTime(17, 0)));
        setKind(&dialog, Activity::Kind::Call);
        QVERIFY(visible("directionCombo") && visible("outcomeCombo") && visible("durationSpin") &&
                visible("startEdit"));
        QVERIFY(!visible("dueEdit") && !visible("endEdit"));
        setKind(&dialog, Activity::Kind::Meeting);
        QVERIFY(visible("startEdit") && visible("endEdit") && visible("placeEdit") &&
                visible("attendeePicker") && visible("reminderCombo"));
        QVERIFY(!visible("durationSpin") && !visible("doneCheck"));
        setKind(&dialog, Activity::Kind::Note);
        QVERIFY(!visible("startEdit") && !visible("dueEdit") && visible("notesEdit"));
    }

    void createsAMeetingWithAnAttendee()
    {
        QUndoStack undo;
        ui::ActivityDialog dialog(m_t->db(), {}, nullptr,
                                  {Activity::Kind::Meeting, {}, m_anna, {}, {}});
        dialog.setUndoStack(&undo);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        QCOMPARE(child<QLineEdit>(&dialog, "contactPicker")->text(), u"Anna Bērziņa"_qs);
        test::typeText(child<QLineEdit>(&dialog, "subjectEdit"), u"Demo at Koks"_qs);
        child<QDateTimeEdit>(&dialog, "startEdit")
            ->setDateTime(QDateTime(QDate(2026, 12, 3), QTime(14, 0)));
        QCOMPARE(child<QDateTimeEdit>(&dialog, "endEdit")->dateTime(),
                 QDateTime(QDate(2026, 12, 3), QTime(15, 0))); // kept after the start
        test::typeText(child<QLineEdit>(&dialog, "placeEdit"), u"Brīvības iela 1"_qs);
        auto *picker = child<ui::RecordPicker>(&dialog, "attendeePicker");
        picker->setFocus();
        test::typeText(picker, u"anna"_qs);
        QAbstractItemView *popup = picker->popupCompleter()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(child<QListWidget>(&dialog, "attendeesList")->count(), 1);
        QVERIFY(child<QWidget>(&dialog, "reminderCombo")->isVisible());
        QVERIFY(dialog.grab().save(QDir::temp().filePath(u"crm-activity-dialog.png"_qs)));
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!dialog.isVisible());

        const Activity a = ActivityRepository(m_t->db()).get(dialog.recordId()).value();
        QCOMPARE(a.kind, Activity::Kind::Meeting);
        QCOMPARE(a.subject, u"Demo at Koks"_qs);
        QCOMPARE(a.contactId, m_anna);
        QCOMPARE(a.start, QDateTime(QDate(2026, 12, 3), QTime(14, 0)).toUTC());
        QCOMPARE(a.end, QDateTime(QDate(2026, 12, 3), QTime(15, 0)).toUTC());
        QCOMPARE(a.place, u"Brīvības iela 1"_qs);
        QCOMPARE(a.attendees.size(), 1);
        QCOMPARE(a.attendees[0].contactId, m_anna);
        QCOMPARE(a.reminderMinutes, std::optional<int>(15));
        undo.undo();
        QCOMPARE(activityCount(), 0);
        undo.redo();
        QCOMPARE(activityCount(), 1);
    }

    void ticksATaskOffAndUndoesTheEdit()
    {
        Activity t;
        t.kind = Activity::Kind::Task;
        t.subject = u"Send the offer"_qs;
        t.due = m_now.addDays(1).toUTC();
        const QByteArray id = ActivityRepository(m_t->db()).create(t).value();
        QUndoStack undo;
        {
            ui::ActivityDialog dialog(m_t->db(), id);
            dialog.setUndoStack(&undo);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *done = child<QCheckBox>(&dialog, "doneCheck");
            done->setFocus();
            QTest::keyClick(done, Qt::Key_Space);
            QVERIFY(done->isChecked());
            auto *priority = child<QComboBox>(&dialog, "priorityCombo");
            priority->setCurrentIndex(priority->findData(1));
            QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
            QTRY_VERIFY(!dialog.isVisible());
        }
        Activity saved = ActivityRepository(m_t->db()).get(id).value();
        QVERIFY(saved.done);
        QCOMPARE(saved.priority, 1);
        undo.undo();
        saved = ActivityRepository(m_t->db()).get(id).value();
        QVERIFY(!saved.done);
        QCOMPARE(saved.priority, 0);
    }

    void refusesAnEmptySubjectAndAnUnpickedLink()
    {
        ui::ActivityDialog dialog(m_t->db(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::typeText(child<QLineEdit>(&dialog, "dealPicker"), u"no such deal"_qs);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "subjectError")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "formError")->text().contains(u"no such deal"_qs));
        QCOMPARE(activityCount(), 0);
    }

    void opensFromTheAgenda()
    {
        Activity t;
        t.kind = Activity::Kind::Task;
        t.subject = u"Call back"_qs;
        t.due = QDateTime::currentDateTimeUtc().addSecs(600);
        const QByteArray id = ActivityRepository(m_t->db()).create(t).value();
        ui::AgendaView agenda(m_t->db(), nullptr);
        agenda.show();
        QVERIFY(QTest::qWaitForWindowExposed(&agenda));
        agenda.showRange(AgendaModel::Range::Week);
        QTRY_VERIFY(agenda.model()->rowCount() >= 1);
        QSignalSpy opens(&agenda, &ui::AgendaView::openActivity);
        agenda.view()->setFocus();
        agenda.view()->setCurrentIndex(agenda.model()->index(0, 0));
        QTest::keyClick(agenda.view(), Qt::Key_Return);
        QCOMPARE(opens.size(), 1);
        QCOMPARE(opens[0][0].toByteArray(), id);
    }

    void callsFromAContactPageAndLogsTheCall()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"tel"_qs, &catcher, "handle");
        QDesktopServices::setUrlHandler(u"mailto"_qs, &catcher, "handle");
        ui::ContactDialog contact(m_t->db(), m_anna);
        contact.show();
        QVERIFY(QTest::qWaitForWindowExposed(&contact));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QToolButton>(&contact, "callPhoneButton0"), Qt::LeftButton);
        QCOMPARE(catcher.urls.value(0), QUrl(u"tel:+37129123456"_qs));
        auto *dialog = test::waitForDialog<ui::ActivityDialog>(u"activityDialog"_qs);
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, "kindCombo")->currentData().toInt(),
                 int(Activity::Kind::Call));
        QCOMPARE(child<QLineEdit>(dialog, "subjectEdit")->text(), u"Call with Anna Bērziņa"_qs);
        child<QComboBox>(dialog, "outcomeCombo")->setCurrentText(u"reached"_qs);
        child<QSpinBox>(dialog, "durationSpin")->setValue(7);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(activityCount(), 1);
        const auto list = ActivityRepository(m_t->db()).list().value();
        QCOMPARE(list[0].kind, Activity::Kind::Call);
        QCOMPARE(list[0].contactId, m_anna);
        QCOMPARE(list[0].direction, u"outbound"_qs);
        QCOMPARE(list[0].outcome, u"reached"_qs);
        QCOMPARE(list[0].durationSeconds, 7 * 60);

        // An e-mail: mailto:, and "No" logs nothing.
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QToolButton>(&contact, "mailEmailButton0"), Qt::LeftButton);
        QCOMPARE(catcher.urls.value(1), QUrl(u"mailto:anna@koks.lv"_qs));
        QTest::qWait(50);
        QCOMPARE(activityCount(), 1);
        QDesktopServices::unsetUrlHandler(u"tel"_qs);
        QDesktopServices::unsetUrlHandler(u"mailto"_qs);
    }

    // A company's phone calls (tel:) and offers to log the call like a contact's; its
    // website opens in the browser (http) and asks nothing.
    void callsFromACompanyPageAndOpensItsWebsite()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"tel"_qs, &catcher, "handle");
        QDesktopServices::setUrlHandler(u"http"_qs, &catcher, "handle");
        QDesktopServices::setUrlHandler(u"https"_qs, &catcher, "handle");
        Company koks = test::company(u"SIA Koks"_qs);
        koks.phone = u"+371 6700 1234"_qs;
        koks.website = u"koks.lv"_qs;
        const QByteArray id = CompanyRepository(m_t->db()).create(koks).value();
        ui::CompanyDialog company(m_t->db(), id);
        company.show();
        QVERIFY(QTest::qWaitForWindowExposed(&company));
        auto *call = child<QToolButton>(&company, "callCompanyPhoneButton");
        auto *web = child<QToolButton>(&company, "openWebsiteButton");
        QVERIFY(call && web);
        QVERIFY(call->isEnabled() && web->isEnabled());

        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(call, Qt::LeftButton);
        QCOMPARE(catcher.urls.value(0), QUrl(u"tel:+37167001234"_qs));
        QVERIFY(ui::MessageBox::lastText().contains(u"SIA Koks (+371 6700 1234)"_qs));
        auto *dialog = test::waitForDialog<ui::ActivityDialog>(u"activityDialog"_qs);
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, "kindCombo")->currentData().toInt(),
                 int(Activity::Kind::Call));
        QCOMPARE(child<QLineEdit>(dialog, "subjectEdit")->text(), u"Call with SIA Koks"_qs);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(activityCount(), 1);
        const Activity logged = ActivityRepository(m_t->db()).list()->first();
        QCOMPARE(logged.kind, Activity::Kind::Call);
        QCOMPARE(logged.companyId, id);
        QVERIFY(logged.contactId.isEmpty());

        const QString asked = ui::MessageBox::lastText();
        QTest::mouseClick(web, Qt::LeftButton);
        QCOMPARE(catcher.urls.value(1), QUrl(u"http://koks.lv"_qs));
        QCOMPARE(ui::MessageBox::lastText(), asked); // no question for a website
        QCOMPARE(activityCount(), 1);

        // Emptied fields have nothing to open.
        child<QLineEdit>(&company, "phoneEdit")->clear();
        child<QLineEdit>(&company, "websiteEdit")->setText(u"mailto:x@y.lv"_qs);
        QVERIFY(!call->isEnabled());
        QVERIFY(!web->isEnabled());
        QDesktopServices::unsetUrlHandler(u"tel"_qs);
        QDesktopServices::unsetUrlHandler(u"http"_qs);
        QDesktopServices::unsetUrlHandler(u"https"_qs);
    }
};

QTEST_MAIN(TestActivityDialog)
#include "tst_activitydialog.moc"
