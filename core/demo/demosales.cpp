// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosales.h"

#include "domain/activity.h"
#include "domain/pipeline.h"
#include "services/activityrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
#include "services/tagrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace crm::core::DemoData {

namespace {

constexpr qint64 Minute = 60LL * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

struct Person
{
    QByteArray id;
    QString name;
};

struct Account
{
    const Company *company = nullptr;
    QList<Person> people;
};

// Sample words: the demo's sales team works in English whatever language its customers speak.
const char *const kProducts[] = {
    "Annual licence",  "Fleet tracking rollout", "Warehouse scanners",
    "Support renewal", "Onboarding workshop",    "Website redesign",
    "Cloud migration", "Training for 20 users",  "Spare parts framework",
    "Pilot project",   "Data cleansing",         "Second site expansion",
};
const char *const kLostReasons[] = {"Price too high", "Went with a competitor",
                                    "No budget this year", "Project cancelled", "No decision made"};
const char *const kSources[] = {"Website", "Referral", "Trade fair", "Cold call", "Partner"};
const char *const kNextSteps[] = {"Send the revised quote", "Book a demo with the IT team",
                                  "Call the CFO about the budget", "Draft the contract",
                                  "Visit the site"};
const char *const kCallOutcomes[] = {"reached", "reached", "left a voicemail", "no answer"};
const char *const kTaskSubjects[] = {
    "Send the quote to %1",    "Prepare the contract for %1", "Follow up with %1",
    "Check the invoice of %1", "Send the case study to %1",   "Confirm the delivery date with %1"};
const char *const kNotes[] = {
    "Budget approved by the board; waiting for the purchase order.",
    "They compare us with two other vendors; price matters most.",
    "The IT team wants single sign-on before they sign.",
    "Happy with the pilot; asked about a second site.",
};
// Tag colours from the palette, by tag name.
const char *const kColouredTags[] = {"VIP",        "Key account", "Hot lead", "Partner",
                                     "Newsletter", "Renewal",     "Upsell"};

class Writer
{
public:
    Writer(const DatabasePtr &db, const QList<Company> &companies, quint32 seed,
           const QDateTime &now)
        : m_db(db)
        , m_rng(seed ^ 0x5A1E5u)
        , m_now(now.toMSecsSinceEpoch())
        , m_nowTime(now)
        , m_deals(db)
        , m_activities(db)
        , m_companies(companies)
    {}

    Result<SalesLife> run();

private:
    int below(int n) { return n > 0 ? int(m_rng.bounded(quint32(n))) : 0; }
    bool percent(int p) { return below(100) < p; }
    template <typename T, size_t N> QString pick(const T (&a)[N])
    {
        return QString::fromUtf8(a[below(int(N))]);
    }

    Status loadPeople();
    Status addDeal(int number);
    Status addDealActivities(const QByteArray &dealId, const Account &account, qint64 from,
                             qint64 to, int count);
    Status addAgenda();
    Status addColours();
    Result<int> addBirthdays();
    Result<QByteArray> add(Activity a, qint64 doneAt = 0);
    QDateTime at(qint64 ms) const { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()); }
    const Account &account() { return m_accounts.at(below(int(m_accounts.size()))); }

    DatabasePtr m_db;
    QRandomGenerator m_rng;
    qint64 m_now;
    QDateTime m_nowTime;
    DealRepository m_deals;
    ActivityRepository m_activities;
    const QList<Company> &m_companies;
    QList<Account> m_accounts; // companies with people, in the order they were made
    QList<Stage> m_open;       // of the default pipeline, then its won and its lost stage
    Stage m_won, m_lost;
    SalesLife m_result;
    int m_closed[2] = {0, 0}; // won and lost deals so far
};

Status Writer::loadPeople()
{
    QHash<QByteArray, int> byCompany;
    for (const Company &c : m_companies) {
        byCompany.insert(c.id, int(m_accounts.size()));
        m_accounts << Account{&c, {}};
    }
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    // Enough people for the deals; the first contacts are the demo's own, made just before.
    if (!q.exec(QStringLiteral("SELECT id, first_name, last_name, company_id FROM contacts "
                               "WHERE deleted = 0 AND company_id IS NOT NULL ORDER BY rid "
                               "LIMIT 3000")))
        return sql::error(q, QStringLiteral("reading the demo contacts"));
    while (q.next()) {
        const auto it = byCompany.constFind(q.value(3).toByteArray());
        if (it == byCompany.cend())
            continue;
        m_accounts[*it].people << Person{
            q.value(0).toByteArray(),
            QString(q.value(1).toString() + u' ' + q.value(2).toString()).trimmed()};
    }
    m_accounts.erase(std::remove_if(m_accounts.begin(), m_accounts.end(),
                                    [](const Account &a) { return a.people.isEmpty(); }),
                     m_accounts.end());
    return {};
}

Result<QByteArray> Writer::add(Activity a, qint64 doneAt)
{
    auto id = m_activities.create(a);
    if (!id)
        return id.error();
    if (doneAt) {
        if (auto s = m_activities.markDone(id.value(), true, at(doneAt)); !s)
            return s.error();
    }
    ++m_result.activities;
    return id;
}

// A deal's life: open ones went part of the way; won and lost ones closed in the past year
// (a few this week, so "this month" has something on the 1st as well).
Status Writer::addDeal(int number)
{
    const Account &acc = account();
    const Company &company = *acc.company;
    Deal d;
    d.title = pick(kProducts);
    d.companyId = company.id;
    d.contacts << DealContact{{}, acc.people.first().id, QStringLiteral("Decision maker"), {}};
    if (acc.people.size() > 1 && percent(40))
        d.contacts << DealContact{{}, acc.people.at(1).id, QStringLiteral("Champion"), {}};
    // Amounts in whole hundreds; most in euros, some in the customer's own currency.
    d.amount = qint64(15 + below(1200)) * 100 * 100;
    if (company.country == u"United Kingdom" && percent(70))
        d.currency = QStringLiteral("GBP");
    else if (company.country == u"Poland" && percent(50))
        d.currency = QStringLiteral("PLN");
    else if (percent(6))
        d.currency = QStringLiteral("USD");
    d.source = pick(kSources);
    if (percent(25))
        d.tags << (percent(50) ? QStringLiteral("Upsell") : QStringLiteral("Renewal"));
    if (percent(12))
        d.tags << QStringLiteral("Hot lead");

    // 0–3: open stage; 4: won; 5: lost. Every open stage gets deals, in a funnel.
    const int kind = number < 4 ? number : number % 10 < 4 ? 4 : number % 10 < 6 ? 5 : below(4);
    qint64 created = 0, closed = 0;
    const qint64 startOfToday =
        QDateTime(m_nowTime.toLocalTime().date(), QTime(0, 0)).toMSecsSinceEpoch();
    if (kind >= 4) {
        // The first of each and a few more closed today (before now), the rest over the past
        // eleven months.
        const bool today = m_closed[kind - 4]++ == 0 || number % 7 == 0;
        closed = today ? m_now - std::min<qint64>(2 * Hour, (m_now - startOfToday) / 2)
                       : m_now - (1 + below(330)) * Day - below(8) * Hour;
        created = closed - (10 + below(110)) * Day;
    } else {
        // Stale: a few have not moved for longer than their stage allows.
        const bool stale = number % 9 == 5;
        created = m_now - (stale ? 60 + below(40) : 3 + below(50)) * Day - below(8) * Hour;
        d.expectedClose = m_nowTime.date().addDays(stale ? -below(20) : below(75) - 5);
        if (percent(60))
            d.nextStep = pick(kNextSteps);
        if (percent(30))
            d.notes = pick(kNotes);
    }
    const int lastOpen = kind < 4 ? kind : below(int(m_open.size()));
    d.stageId = m_open.first().id;
    QList<DealRepository::PastMove> moves;
    const qint64 end = kind >= 4 ? closed : m_now - (number % 9 == 5 ? 40 : 1) * Day;
    const int steps = lastOpen + (kind >= 4 ? 1 : 0);
    for (int s = 1; s <= lastOpen; ++s)
        moves << DealRepository::PastMove{
            m_open.at(s).id, created + (end - created) * s / (steps + 1), {}};
    if (kind == 4) {
        moves << DealRepository::PastMove{m_won.id, closed, {}};
    } else if (kind == 5) {
        moves << DealRepository::PastMove{m_lost.id, closed, pick(kLostReasons)};
        d.expectedClose = QDateTime::fromMSecsSinceEpoch(closed).date();
    }
    if (kind == 4)
        d.expectedClose = QDateTime::fromMSecsSinceEpoch(closed).date().addDays(below(10));
    auto id = m_deals.createWithHistory(d, created, moves);
    if (!id)
        return id.error();
    ++m_result.deals;
    return addDealActivities(id.value(), acc, created, kind >= 4 ? closed : m_now,
                             1 + below(kind >= 4 ? 3 : 4));
}

// Done calls, meetings and visits with the deal's people between its start and its close.
Status Writer::addDealActivities(const QByteArray &dealId, const Account &acc, qint64 from,
                                 qint64 to, int count)
{
    const Company &company = *acc.company;
    for (int i = 0; i < count; ++i) {
        const Person &p = acc.people.at(below(int(acc.people.size())));
        Activity a;
        a.dealId = dealId;
        a.companyId = company.id;
        a.contactId = p.id;
        // Work hours: a day between the two, at 9:00–16:30.
        const qint64 day = from + (to - from) * (i + 1) / (count + 1);
        const QDate date = QDateTime::fromMSecsSinceEpoch(day).date();
        const QDateTime start(date, QTime(9 + below(8), below(2) * 30));
        if (start.toMSecsSinceEpoch() >= m_now)
            continue;
        a.start = start.toUTC();
        const int k = below(10);
        if (k < 5) {
            a.kind = Activity::Kind::Call;
            a.subject = QStringLiteral("Call with %1").arg(p.name);
            a.direction = percent(70) ? QStringLiteral("outbound") : QStringLiteral("inbound");
            a.outcome = pick(kCallOutcomes);
            a.durationSeconds = a.outcome == u"reached" ? (3 + below(25)) * 60 : 60;
            a.end = a.start.addSecs(a.durationSeconds);
        } else if (k < 8) {
            a.kind = k < 7 ? Activity::Kind::Meeting : Activity::Kind::Visit;
            a.subject = (a.kind == Activity::Kind::Visit ? QStringLiteral("Visit at %1")
                                                         : QStringLiteral("Meeting with %1"))
                            .arg(company.name);
            a.place =
                company.street.isEmpty() ? company.city : company.street + u", " + company.city;
            a.end = a.start.addSecs(3600);
            a.attendees << Attendee{{}, p.id, p.name, {}};
        } else {
            a.kind = Activity::Kind::Note;
            a.subject = QStringLiteral("Note on %1").arg(company.name);
            a.notes = pick(kNotes);
            a.start = {};
            a.due = start.toUTC();
        }
        const qint64 done = (a.kind == Activity::Kind::Note ? a.due : a.end).toMSecsSinceEpoch();
        if (auto id = add(a, std::min(done, m_now - Minute)); !id)
            return id.error();
    }
    return {};
}

// What stands on the agenda: overdue tasks, tasks and meetings today and this week (with
// reminders), and a few done calls in each of the past twelve weeks for the charts.
Status Writer::addAgenda()
{
    const QDate today = m_nowTime.toLocalTime().date();
    for (int i = 0; i < 26; ++i) {
        const Account &acc = account();
        const Person &p = acc.people.first();
        Activity a;
        a.contactId = p.id;
        a.companyId = acc.company->id;
        a.kind = Activity::Kind::Task;
        a.subject = pick(kTaskSubjects).arg(p.name);
        a.priority = percent(30) ? 1 : 5;
        QDateTime due;
        if (i < 6) // overdue: one to ten days late
            due = QDateTime(today.addDays(-1 - below(10)), QTime(10 + below(7), 0));
        else if (i < 10) // today, later on (or earlier, when the demo starts late)
            due = QDateTime(today, QTime(std::min(23, 12 + i), 0));
        else if (i < 18) // this week and the next
            due = QDateTime(today.addDays(1 + below(9)), QTime(9 + below(8), 0));
        else if (i < 22) { // meetings and visits in the coming days, with a reminder
            a.kind = i % 2 ? Activity::Kind::Visit : Activity::Kind::Meeting;
            a.subject = (a.kind == Activity::Kind::Visit ? QStringLiteral("Visit at %1")
                                                         : QStringLiteral("Meeting with %1"))
                            .arg(acc.company->name);
            a.place = acc.company->street.isEmpty()
                          ? acc.company->city
                          : acc.company->street + u", " + acc.company->city;
            a.start = QDateTime(today.addDays(i - 18), QTime(11 + i % 4, 30)).toUTC();
            a.end = a.start.addSecs(3600);
            a.attendees << Attendee{{}, p.id, p.name, {}};
            a.reminderMinutes = 15;
        } else { // calls to make today and tomorrow
            a.kind = Activity::Kind::Call;
            a.subject = QStringLiteral("Call %1").arg(p.name);
            a.direction = QStringLiteral("outbound");
            a.start = QDateTime(today.addDays((i - 22) / 2), QTime(9 + i % 6, 0)).toUTC();
            a.end = a.start.addSecs(900);
            a.reminderMinutes = 10;
        }
        if (due.isValid())
            a.due = due.toUTC();
        if (a.kind == Activity::Kind::Task && percent(40))
            a.reminderMinutes = 30;
        if (auto id = add(a); !id)
            return id.error();
    }
    // Calls made earlier today, so "this month" has done activities on its first day too.
    const qint64 startOfToday = QDateTime(today, QTime(0, 0)).toMSecsSinceEpoch();
    for (int i = 1; i <= 2; ++i) {
        const qint64 start = m_now - i * 45 * Minute;
        if (start < startOfToday)
            break;
        const Account &acc = account();
        const Person &p = acc.people.first();
        Activity a;
        a.kind = Activity::Kind::Call;
        a.contactId = p.id;
        a.companyId = acc.company->id;
        a.subject = QStringLiteral("Call with %1").arg(p.name);
        a.direction = QStringLiteral("outbound");
        a.outcome = QStringLiteral("reached");
        a.start = at(start);
        a.durationSeconds = 10 * 60;
        a.end = a.start.addSecs(a.durationSeconds);
        if (auto id = add(a, a.end.toMSecsSinceEpoch()); !id)
            return id.error();
    }
    // Done calls over the past twelve weeks, for the activity chart and the reports.
    for (int i = 0; i < 36; ++i) {
        const Account &acc = account();
        const Person &p = acc.people.at(below(int(acc.people.size())));
        Activity a;
        a.kind = Activity::Kind::Call;
        a.contactId = p.id;
        a.companyId = acc.company->id;
        a.subject = QStringLiteral("Call with %1").arg(p.name);
        a.direction = percent(60) ? QStringLiteral("outbound") : QStringLiteral("inbound");
        a.outcome = pick(kCallOutcomes);
        const qint64 start = m_now - (1 + below(84)) * Day - below(6) * Hour;
        a.start = at(start);
        a.durationSeconds = (2 + below(20)) * 60;
        a.end = a.start.addSecs(a.durationSeconds);
        if (auto id = add(a, a.end.toMSecsSinceEpoch()); !id)
            return id.error();
    }
    return {};
}

Status Writer::addColours()
{
    TagRepository tags(m_db);
    auto list = tags.list();
    if (!list)
        return list.error();
    const QStringList palette = TagRepository::palette();
    int colour = 0;
    for (const char *name : kColouredTags) {
        for (const TagInfo &t : list.value()) {
            if (t.name == QString::fromUtf8(name) && !palette.isEmpty()) {
                if (auto s = tags.setColor(t.id, palette.at(colour++ % palette.size())); !s)
                    return s;
            }
        }
    }
    return {};
}

// Three people have their birthday in the coming days (today, in two days, in five).
Result<int> Writer::addBirthdays()
{
    ContactRepository contacts(m_db);
    const QDate today = m_nowTime.toLocalTime().date();
    const int offsets[] = {0, 2, 5};
    const int years[] = {1984, 1972, 1988}; // leap years: 29 February exists
    int done = 0;
    for (int i = 0; i < int(std::size(offsets)) && i < m_accounts.size(); ++i) {
        auto c = contacts.get(m_accounts.at(i).people.first().id);
        if (!c)
            return c.error();
        Contact edited = c.value();
        const QDate day = today.addDays(offsets[i]);
        edited.birthday = QDate(years[i], day.month(), day.day());
        if (auto s = contacts.update(edited); !s)
            return s.error();
        ++done;
    }
    return done;
}

Result<SalesLife> Writer::run()
{
    // One transaction (the repositories' own nest in it as savepoints): all or nothing, and
    // a few hundred records commit at once instead of one by one.
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = loadPeople(); !s)
        return s.error();
    if (m_accounts.isEmpty())
        return m_result;
    auto pipeline = PipelineRepository(m_db).defaultPipeline();
    if (!pipeline)
        return pipeline.error();
    for (const Stage &s : pipeline->stages) {
        if (s.outcome == StageOutcome::Open)
            m_open << s;
        else if (s.outcome == StageOutcome::Won)
            m_won = s;
        else
            m_lost = s;
    }
    if (m_open.size() < 4 || m_won.id.isEmpty() || m_lost.id.isEmpty())
        return m_result; // a pipeline someone changed: no deals rather than odd ones
    const int deals = std::clamp(int(m_accounts.size()) * 2, 12, 72);
    for (int i = 0; i < deals; ++i) {
        if (auto s = addDeal(i); !s)
            return s.error();
    }
    if (auto s = addAgenda(); !s)
        return s.error();
    if (auto s = addColours(); !s)
        return s.error();
    auto birthdays = addBirthdays();
    if (!birthdays)
        return birthdays.error();
    m_result.birthdays = birthdays.value();
    if (auto s = tx.commit(); !s)
        return s.error();
    return m_result;
}

} // namespace

Result<SalesLife> addSalesLife(const DatabasePtr &db, const QList<Company> &companies, quint32 seed,
                               const QDateTime &now)
{
    Writer w(db, companies, seed, now.isValid() ? now : QDateTime::currentDateTime());
    return w.run();
}

} // namespace crm::core::DemoData
