// SPDX-License-Identifier: GPL-3.0-or-later
// The Timeline tab of the contact and company dialogs (offscreen): where it sits, what it
// lists, the kind filter, and Enter on an entry asking to open its record.
#include "companies/companydialog.h"
#include "contacts/contactdialog.h"
#include "models/timelinemodel.h"
#include "services/activityrepository.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "timeline/timelineview.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace crm;
using namespace crm::core;

class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    struct Data
    {
        QByteArray company;
        QByteArray contact;
        QByteArray call;
        QByteArray deal;
    };

    static Data fill(const DatabasePtr &db)
    {
        Data d;
        d.company = CompanyRepository(db).create(test::company(u"SIA Koks"_qs)).value();
        Contact c = test::contact(u"Jānis"_qs, u"Bērziņš"_qs, u"janis@koks.lv"_qs);
        c.companyId = d.company;
        d.contact = ContactRepository(db).create(c).value();
        Activity call;
        call.kind = Activity::Kind::Call;
        call.subject = u"Asked about the offer"_qs;
        call.direction = u"outbound"_qs;
        call.durationSeconds = 420;
        call.start = QDateTime::currentDateTimeUtc().addDays(-1);
        call.timeZone = u"Europe/Riga"_qs;
        call.contactId = d.contact;
        d.call = ActivityRepository(db).create(call).value();
        Activity meeting;
        meeting.kind = Activity::Kind::Meeting;
        meeting.subject = u"Visit the sawmill"_qs;
        meeting.start = QDateTime::currentDateTimeUtc().addDays(-3);
        meeting.end = meeting.start.addSecs(5400);
        meeting.place = u"Cēsis"_qs;
        meeting.timeZone = u"Europe/Riga"_qs;
        meeting.companyId = d.company;
        ActivityRepository(db).create(meeting).value();
        Deal deal;
        deal.title = u"Timber for the school"_qs;
        deal.amount = 12'500'00;
        deal.companyId = d.company;
        deal.contacts = {DealContact{{}, d.contact, u"buyer"_qs, {}}};
        d.deal = DealRepository(db).create(deal).value();
        DealRepository(db).move(d.deal, DefaultPipeline::stageId(2)).ok();
        return d;
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settingsDir); }

    void contactDialogHasTheTimelineAfterDetails()
    {
        test::TestDatabase t;
        const Data d = fill(t.db());
        ui::ContactDialog dialog(t.db(), d.contact);
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        auto *view = dialog.findChild<ui::TimelineView *>(u"timelineView"_qs);
        QVERIFY(view);
        QCOMPARE(tabs->indexOf(view), 1);
        QCOMPARE(tabs->tabText(1).remove(u'&'), u"Timeline"_qs);
        // By keyboard: Alt+M opens the tab.
        QApplication::setActiveWindow(&dialog);
        QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentWidget(), view);

        auto *list = view->findChild<QTreeView *>(u"timelineList"_qs);
        QVERIFY(list);
        const QAbstractItemModel *m = list->model();
        QStringList titles;
        for (int r = 0; r < m->rowCount(); ++r)
            titles << m->index(r, TimelineModel::What).data().toString();
        QVERIFY2(titles.contains(u"Asked about the offer"_qs), qPrintable(titles.join(u'|')));
        QVERIFY2(titles.contains(u"Deal opened: Timber for the school"_qs),
                 qPrintable(titles.join(u'|')));
        QVERIFY(titles.contains(u"Contact created"_qs));
        // The company's meeting is not the contact's.
        QVERIFY(!titles.contains(u"Visit the sawmill"_qs));
        // Icons per kind and a relative date.
        int callRow = int(titles.indexOf(u"Asked about the offer"_qs));
        QVERIFY(!m->index(callRow, TimelineModel::What)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QVERIFY2(m->index(callRow, TimelineModel::When).data().toString().startsWith(u"Yesterday"),
                 qPrintable(m->index(callRow, TimelineModel::When).data().toString()));

        // Enter on the call asks to open the activity.
        QSignalSpy spy(&dialog, &ui::RecordDialog::recordRequested);
        list->setFocus();
        list->setCurrentIndex(m->index(callRow, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<RecordKind>(), RecordKind::Activity);
        QCOMPARE(spy.at(0).at(1).toByteArray(), d.call);
        QVERIFY(dialog.isVisible()); // Enter did not reach the dialog's Save button

        // The filter: only deals.
        auto *filter = view->findChild<QComboBox *>(u"timelineKindFilter"_qs);
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findText(u"Deals"_qs));
        QTRY_COMPARE(m->rowCount(), 2); // opened, moved
        for (int r = 0; r < m->rowCount(); ++r)
            QCOMPARE(m->index(r, 0).data(TimelineModel::RecordIdRole).toByteArray(), d.deal);
        filter->setCurrentIndex(filter->findText(u"Tasks"_qs));
        QCOMPARE(m->rowCount(), 0);
        auto *placeholder = view->findChild<QLabel *>(u"timelinePlaceholder"_qs);
        QVERIFY(placeholder);
        QVERIFY2(placeholder->isVisible(), qPrintable(placeholder->text()));

        filter->setCurrentIndex(0);
        dialog.resize(860, 480);
        tabs->setCurrentWidget(view);
        dialog.grab().save(u"/tmp/timeline-contact.png"_qs);
    }

    void companyDialogAggregatesAndANewRecordShowsAHint()
    {
        test::TestDatabase t;
        const Data d = fill(t.db());
        ui::CompanyDialog dialog(t.db(), d.company);
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>();
        auto *view = dialog.findChild<ui::TimelineView *>(u"timelineView"_qs);
        QVERIFY(tabs && view);
        QCOMPARE(tabs->indexOf(view), 1);
        const QAbstractItemModel *m = view->findChild<QTreeView *>(u"timelineList"_qs)->model();
        QStringList titles;
        for (int r = 0; r < m->rowCount(); ++r)
            titles << m->index(r, TimelineModel::What).data().toString();
        // Its own meeting, its contact's call, its deal.
        QVERIFY2(titles.contains(u"Visit the sawmill"_qs), qPrintable(titles.join(u'|')));
        QVERIFY(titles.contains(u"Asked about the offer"_qs));
        QVERIFY(titles.contains(u"Deal moved: Timber for the school"_qs));
        tabs->setCurrentWidget(view);
        dialog.resize(760, 480);
        dialog.grab().save(u"/tmp/timeline-company.png"_qs);

        ui::ContactDialog fresh(t.db(), {});
        fresh.show();
        auto *hint = fresh.findChild<QLabel *>(u"timelinePlaceholder"_qs);
        QVERIFY(hint);
        QVERIFY2(hint->text().contains(u"saved"), qPrintable(hint->text()));
    }

    void pagesInAsTheListScrolls()
    {
        test::TestDatabase t;
        Contact c = test::contact(u"Many"_qs, u"Calls"_qs);
        const QByteArray id = ContactRepository(t.db()).create(c).value();
        for (int i = 0; i < 250; ++i) {
            Activity a;
            a.kind = Activity::Kind::Note;
            a.subject = u"Note %1"_qs.arg(i);
            a.contactId = id;
            QVERIFY(ActivityRepository(t.db()).create(a));
        }
        ui::TimelineView view(t.db());
        view.model()->setPageSize(50);
        view.resize(600, 400);
        view.show();
        view.load(id);
        QVERIFY(view.model()->rowCount() >= 50);
        QVERIFY(view.model()->rowCount() < 251); // not all at once
        // End on the list fetches the next pages, as a person scrolling down would.
        view.list()->setFocus();
        for (int i = 0; i < 10 && view.model()->canFetchMore({}); ++i)
            QTest::keyClick(view.list(), Qt::Key_End);
        QTRY_COMPARE(view.model()->rowCount(), 251);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
