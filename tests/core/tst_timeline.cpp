// SPDX-License-Identifier: GPL-3.0-or-later
// The customer timeline: newest first, every kind of entry, a company's aggregation of its
// contacts' and deals' activities, keyset paging without gaps or repeats, deleted records,
// the kind filter, and the paged model.
#include "models/timelinemodel.h"
#include "services/activityrepository.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "storage/indexesaside.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "timeline/timelinerepository.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace crm;
using namespace crm::core;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

Activity activity(Activity::Kind kind, const QString &subject, const QDateTime &start)
{
    Activity a;
    a.kind = kind;
    a.subject = subject;
    a.timeZone = QStringLiteral("Europe/Riga");
    if (kind == Activity::Kind::Task)
        a.due = start;
    else
        a.start = start;
    return a;
}

QList<TimelineKind> kindsOf(const QList<TimelineEntry> &entries)
{
    QList<TimelineKind> out;
    for (const TimelineEntry &e : entries)
        out << e.kind;
    return out;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;

    DatabasePtr db() const { return m_t->db(); }

    QByteArray addActivity(Activity a)
    {
        auto id = ActivityRepository(db()).create(std::move(a));
        if (!id)
            qFatal("activity: %s", qPrintable(id.error().message()));
        return id.value();
    }

    QList<TimelineEntry> all(const QByteArray &id, const QList<TimelineKind> &kinds = {})
    {
        auto page = TimelineRepository(db()).page(id, {}, 10000, kinds);
        if (!page)
            qFatal("timeline: %s", qPrintable(page.error().message()));
        return page->entries;
    }

    static bool newestFirst(const QList<TimelineEntry> &entries)
    {
        for (qsizetype i = 1; i < entries.size(); ++i) {
            if (entries[i].at > entries[i - 1].at)
                return false;
        }
        return true;
    }

private slots:
    void init() { m_t = std::make_unique<test::TestDatabase>(); }
    void cleanup() { m_t.reset(); }

    void contactTimelineHasEveryKindNewestFirst()
    {
        auto company = CompanyRepository(db()).create(test::company(u"SIA Koks"_qs));
        QVERIFY(company);
        Contact c = test::contact(u"Jānis"_qs, u"Bērziņš"_qs, u"janis@koks.lv"_qs);
        c.companyId = company.value();
        auto contactId = ContactRepository(db()).create(c);
        QVERIFY(contactId);
        auto stored = ContactRepository(db()).get(contactId.value());
        QVERIFY(stored);
        Contact edited = stored.value();
        edited.city = u"Rīga"_qs;
        QVERIFY(ContactRepository(db()).update(edited));

        Activity call = activity(Activity::Kind::Call, u"Called about the offer"_qs,
                                 utc(u"2024-03-01T09:00:00Z"_qs));
        call.direction = u"outbound"_qs;
        call.durationSeconds = 300;
        call.contactId = contactId.value();
        const QByteArray callId = addActivity(call);
        Activity meeting = activity(Activity::Kind::Meeting, u"Visit the warehouse"_qs,
                                    utc(u"2024-03-05T09:00:00Z"_qs));
        meeting.end = meeting.start.addSecs(3600);
        meeting.contactId = contactId.value();
        addActivity(meeting);
        Activity task = activity(Activity::Kind::Task, u"Send the price list"_qs,
                                 utc(u"2024-03-02T15:00:00Z"_qs));
        task.contactId = contactId.value();
        addActivity(task);

        Deal d;
        d.title = u"Timber for the school"_qs;
        d.amount = 1'250'00;
        d.companyId = company.value();
        d.contacts = {DealContact{{}, contactId.value(), u"buyer"_qs, {}}};
        auto dealId = DealRepository(db()).create(d);
        QVERIFY(dealId);
        QVERIFY(DealRepository(db()).move(dealId.value(), DefaultPipeline::stageId(2)));
        QVERIFY(DealRepository(db()).markWon(dealId.value()));

        const auto entries = all(contactId.value());
        QVERIFY(newestFirst(entries));
        const auto kinds = kindsOf(entries);
        for (TimelineKind k :
             {TimelineKind::Call, TimelineKind::Meeting, TimelineKind::Task, TimelineKind::Created,
              TimelineKind::FieldChanged, TimelineKind::DealOpened, TimelineKind::StageChanged,
              TimelineKind::DealWon})
            QVERIFY2(kinds.contains(k), qPrintable(Timeline::kindKey(k)));
        // The e-mail the contact was created with is part of "created", not a line of its own.
        QCOMPARE(kinds.count(TimelineKind::FieldChanged), 1);

        // The activities are in the order they happened (all in 2024, long before the rest).
        QList<QString> activities;
        for (const TimelineEntry &e : entries) {
            if (e.recordKind == RecordKind::Activity)
                activities << e.title;
        }
        QCOMPARE(activities, (QList<QString>{u"Visit the warehouse"_qs, u"Send the price list"_qs,
                                             u"Called about the offer"_qs}));
        const TimelineEntry &last = entries.constLast();
        QCOMPARE(last.kind, TimelineKind::Call);
        QCOMPARE(last.recordId, callId);
        QVERIFY2(last.detail.contains(u"Outbound"), qPrintable(last.detail));

        for (const TimelineEntry &e : entries) {
            if (e.kind == TimelineKind::FieldChanged) {
                QVERIFY2(e.title.contains(u"City"), qPrintable(e.title));
                QVERIFY2(e.detail.contains(u"Rīga"), qPrintable(e.detail));
                QCOMPARE(e.recordKind, RecordKind::Contact);
                QCOMPARE(e.recordId, contactId.value());
            }
            if (e.kind == TimelineKind::DealWon || e.kind == TimelineKind::DealOpened) {
                QCOMPARE(e.recordKind, RecordKind::Deal);
                QCOMPARE(e.recordId, dealId.value());
                QVERIFY2(e.title.contains(u"Timber for the school"), qPrintable(e.title));
            }
            if (e.kind == TimelineKind::StageChanged)
                QVERIFY2(e.detail.contains(u"Research") && e.detail.contains(u"Proposal sent"),
                         qPrintable(e.detail));
        }
        // Deal events are newest first too: won after the move after the opening.
        QList<TimelineKind> dealKinds;
        for (TimelineKind k : kinds) {
            if (k == TimelineKind::DealOpened || k == TimelineKind::StageChanged ||
                k == TimelineKind::DealWon)
                dealKinds << k;
        }
        QCOMPARE(dealKinds, (QList<TimelineKind>{TimelineKind::DealWon, TimelineKind::StageChanged,
                                                 TimelineKind::DealOpened}));
    }

    void dealLostCarriesItsReason()
    {
        Deal d;
        d.title = u"Roof"_qs;
        d.amount = 100;
        auto id = DealRepository(db()).create(d);
        QVERIFY(id);
        QVERIFY(DealRepository(db()).markLost(id.value(), u"Too expensive"_qs));
        Activity note = activity(Activity::Kind::Note, u"Asked for a discount"_qs,
                                 utc(u"2024-01-01T10:00:00Z"_qs));
        note.dealId = id.value();
        addActivity(note);
        const auto entries = all(id.value());
        QCOMPARE(kindsOf(entries),
                 (QList<TimelineKind>{TimelineKind::DealLost, TimelineKind::DealOpened,
                                      TimelineKind::Note}));
        QVERIFY2(entries.first().detail.contains(u"Too expensive"),
                 qPrintable(entries.first().detail));
    }

    void companyAggregatesItsContactsAndDeals()
    {
        auto company = CompanyRepository(db()).create(test::company(u"SIA Koks"_qs));
        auto other = CompanyRepository(db()).create(test::company(u"Other"_qs));
        QVERIFY(company && other);
        Contact anna = test::contact(u"Anna"_qs, u"Ozola"_qs);
        anna.companyId = company.value();
        auto annaId = ContactRepository(db()).create(anna);
        Contact gone = test::contact(u"Gone"_qs, u"Away"_qs);
        gone.companyId = company.value();
        auto goneId = ContactRepository(db()).create(gone);
        Contact stranger = test::contact(u"Ivan"_qs, u"Ivanov"_qs);
        stranger.companyId = other.value();
        auto strangerId = ContactRepository(db()).create(stranger);
        QVERIFY(annaId && goneId && strangerId);
        Deal d;
        d.title = u"Windows"_qs;
        d.amount = 100;
        d.companyId = company.value();
        auto dealId = DealRepository(db()).create(d);
        QVERIFY(dealId);

        const QDateTime t = utc(u"2024-05-01T10:00:00Z"_qs);
        Activity a1 = activity(Activity::Kind::Call, u"contact only"_qs, t);
        a1.contactId = annaId.value();
        Activity a2 = activity(Activity::Kind::Note, u"deal only"_qs, t.addSecs(60));
        a2.dealId = dealId.value();
        Activity a3 = activity(Activity::Kind::Meeting, u"company and contact"_qs, t.addSecs(120));
        a3.companyId = company.value();
        a3.contactId = annaId.value();
        Activity a4 = activity(Activity::Kind::Email, u"of a deleted contact"_qs, t.addSecs(180));
        a4.contactId = goneId.value();
        Activity a5 = activity(Activity::Kind::Call, u"of another company"_qs, t.addSecs(240));
        a5.contactId = strangerId.value();
        Activity a6 = activity(Activity::Kind::Task, u"deleted"_qs, t.addSecs(300));
        a6.companyId = company.value();
        for (const Activity &a : {a1, a2, a3, a4, a5})
            addActivity(a);
        const QByteArray deletedId = addActivity(a6);
        QVERIFY(ActivityRepository(db()).remove(deletedId));
        QVERIFY(ContactRepository(db()).remove(goneId.value()));

        QStringList titles;
        for (const TimelineEntry &e : all(company.value())) {
            if (e.recordKind == RecordKind::Activity)
                titles << e.title;
            if (e.title == u"contact only")
                QVERIFY2(e.detail.contains(u"Anna Ozola"), qPrintable(e.detail)); // who it was with
        }
        QCOMPARE(titles,
                 (QStringList{u"company and contact"_qs, u"deal only"_qs, u"contact only"_qs}));
        const auto kinds = kindsOf(all(company.value()));
        QVERIFY(kinds.contains(TimelineKind::DealOpened));
        QVERIFY(kinds.contains(TimelineKind::Created));
        // The same while a large import has the contacts' company index aside.
        IndexesAside aside(db()->connection(), IndexesAside::contactIndexes());
        QVERIFY(aside.begun().ok());
        QVERIFY(IndexesAside::isAside(db()->connection(), u"contacts_company"_qs).value());
        QStringList during;
        for (const TimelineEntry &e : all(company.value())) {
            if (e.recordKind == RecordKind::Activity)
                during << e.title;
        }
        QCOMPARE(during, titles);
    }

    void pagesFollowEachOtherWithoutGapsOrRepeats()
    {
        Contact c = test::contact(u"Paged"_qs, u"Person"_qs);
        auto id = ContactRepository(db()).create(c);
        QVERIFY(id);
        // Many activities, several at the very same instant, and a few changes and deals.
        const QDateTime t = utc(u"2023-01-01T00:00:00Z"_qs);
        for (int i = 0; i < 120; ++i) {
            Activity a = activity(i % 3 ? Activity::Kind::Call : Activity::Kind::Note,
                                  u"Activity %1"_qs.arg(i), t.addSecs((i / 4) * 60));
            a.contactId = id.value();
            addActivity(a);
        }
        for (int i = 0; i < 5; ++i) {
            Contact edited = ContactRepository(db()).get(id.value()).value();
            edited.city = u"City %1"_qs.arg(i);
            QVERIFY(ContactRepository(db()).update(edited));
            Deal d;
            d.title = u"Deal %1"_qs.arg(i);
            d.amount = 100;
            d.contacts = {DealContact{{}, id.value(), {}, {}}};
            QVERIFY(DealRepository(db()).create(d));
        }
        const auto everything = all(id.value());
        QCOMPARE(everything.size(), 120 + 5 + 5 + 1);

        for (int pageSize : {1, 7, 50}) {
            QList<TimelineEntry> paged;
            TimelineCursor cursor;
            for (int guard = 0; guard < 1000; ++guard) {
                auto page = TimelineRepository(db()).page(id.value(), cursor, pageSize);
                QVERIFY(page);
                QVERIFY(page->entries.size() <= pageSize);
                paged += page->entries;
                cursor = page->next;
                if (page->atEnd)
                    break;
            }
            QCOMPARE(paged.size(), everything.size());
            for (qsizetype i = 0; i < paged.size(); ++i) {
                QCOMPARE(paged[i].title, everything[i].title);
                QCOMPARE(paged[i].key, everything[i].key);
            }
        }
    }

    void deletedRecords()
    {
        Contact c = test::contact(u"Soon"_qs, u"Deleted"_qs);
        auto id = ContactRepository(db()).create(c);
        QVERIFY(id);
        Deal d;
        d.title = u"Deleted deal"_qs;
        d.amount = 100;
        d.contacts = {DealContact{{}, id.value(), {}, {}}};
        auto dealId = DealRepository(db()).create(d);
        QVERIFY(dealId);
        QVERIFY(DealRepository(db()).remove(dealId.value()));
        QVERIFY(ContactRepository(db()).remove(id.value()));
        // The deleted contact still has its timeline (it can be restored); the deleted deal
        // is gone from it.
        const auto kinds = kindsOf(all(id.value()));
        QCOMPARE(kinds, (QList<TimelineKind>{TimelineKind::Deleted, TimelineKind::Created}));
        QVERIFY(ContactRepository(db()).restore(id.value()));
        QCOMPARE(all(id.value()).first().kind, TimelineKind::Restored);
        // The deleted deal's own timeline is still readable.
        QVERIFY(kindsOf(all(dealId.value())).contains(TimelineKind::DealOpened));
    }

    void kindFilter()
    {
        Contact c = test::contact(u"Filtered"_qs, u"Person"_qs);
        auto id = ContactRepository(db()).create(c);
        QVERIFY(id);
        for (Activity::Kind k :
             {Activity::Kind::Call, Activity::Kind::Note, Activity::Kind::Call}) {
            Activity a = activity(k, u"x"_qs, utc(u"2024-01-01T00:00:00Z"_qs));
            a.contactId = id.value();
            addActivity(a);
        }
        Deal d;
        d.title = u"Deal"_qs;
        d.amount = 100;
        d.contacts = {DealContact{{}, id.value(), {}, {}}};
        QVERIFY(DealRepository(db()).create(d));
        QCOMPARE(kindsOf(all(id.value(), {TimelineKind::Call})),
                 (QList<TimelineKind>{TimelineKind::Call, TimelineKind::Call}));
        QCOMPARE(kindsOf(all(id.value(), {TimelineKind::DealOpened, TimelineKind::Created})),
                 (QList<TimelineKind>{TimelineKind::DealOpened, TimelineKind::Created}));
        QVERIFY(all(id.value(), {TimelineKind::DealLost}).isEmpty());
    }

    void unknownIdIsNotFound()
    {
        auto page = TimelineRepository(db()).page(QByteArray(16, '\x01'));
        QVERIFY(!page);
        QCOMPARE(page.error().code, ErrorCode::NotFound);
    }

    void modelPagesAndFilters()
    {
        Contact c = test::contact(u"Model"_qs, u"Person"_qs);
        auto id = ContactRepository(db()).create(c);
        QVERIFY(id);
        for (int i = 0; i < 30; ++i) {
            Activity a = activity(Activity::Kind::Call, u"Call %1"_qs.arg(i),
                                  utc(u"2024-01-01T00:00:00Z"_qs).addSecs(i * 3600));
            a.contactId = id.value();
            addActivity(a);
        }
        TimelineModel model(db());
        QAbstractItemModelTester tester(&model);
        model.setPageSize(10);
        model.setClock([] { return utc(u"2024-01-02T12:00:00Z"_qs); });
        model.setSubject(id.value());
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 31);
        QCOMPARE(model.entryAt(0).kind, TimelineKind::Created); // now, after the calls of 2024
        QCOMPARE(model.data(model.index(1, 0), TimelineModel::TitleRole).toString(), u"Call 29"_qs);
        QCOMPARE(model.data(model.index(1, 0), TimelineModel::RecordIdRole).toByteArray(),
                 model.entryAt(1).recordId);
        QCOMPARE(model.entryAt(1).recordKind, RecordKind::Activity);
        QCOMPARE(model.data(model.index(1, TimelineModel::When)).toString(),
                 TimelineModel::relativeTime(utc(u"2024-01-02T05:00:00Z"_qs),
                                             utc(u"2024-01-02T12:00:00Z"_qs)));
        model.setKinds({TimelineKind::Created});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0).kind, TimelineKind::Created);
        model.setKinds({});
        QCOMPARE(model.rowCount(), 10);
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
