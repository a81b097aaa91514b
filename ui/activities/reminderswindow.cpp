// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderswindow.h"

#include "activities/remindernotifier.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crm::ui {

using core::Reminder;

namespace {

constexpr int IndexRole = Qt::UserRole + 1; // the reminder's index in m_reminders

core::RecordKind recordKind(Reminder::Kind kind)
{
    switch (kind) {
    case Reminder::Kind::Birthday:
        return core::RecordKind::Contact;
    case Reminder::Kind::Anniversary:
        return core::RecordKind::Company;
    case Reminder::Kind::Activity:
    case Reminder::Kind::TaskDue:
        break;
    }
    return core::RecordKind::Activity;
}

} // namespace

RemindersWindow::RemindersWindow(core::DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_zone(QTimeZone::systemTimeZone())
{
    setObjectName(QStringLiteral("remindersWindow"));
    setWindowTitle(tr("Reminders"));
    m_engine = std::make_unique<core::ReminderEngine>(m_db, m_now, m_zone);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("reminderTree"));
    m_tree->setHeaderLabels({tr("When"), tr("Reminder"), tr("State")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openReminderButton"));
    m_open->setToolTip(tr("Open the record (Enter)"));
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissReminderButton"));
    m_dismiss->setToolTip(tr("Dismiss (Delete)"));
    m_snooze = new QPushButton(tr("&Snooze"), this);
    m_snooze->setObjectName(QStringLiteral("snoozeReminderButton"));
    auto *snoozeMenu = new QMenu(m_snooze);
    snoozeMenu->setObjectName(QStringLiteral("snoozeMenu"));
    struct Choice
    {
        QString text;
        const char *name;
        int minutes;
    };
    for (const Choice &c : {Choice{tr("For &15 minutes"), "snooze15Action", 15},
                            Choice{tr("For an &hour"), "snooze60Action", 60},
                            Choice{tr("Until &tomorrow"), "snoozeTomorrowAction", 0}}) {
        QAction *a = snoozeMenu->addAction(c.text);
        a->setObjectName(QLatin1StringView(c.name));
        const int minutes = c.minutes;
        connect(a, &QAction::triggered, this, [this, minutes] { snoozeSelected(minutes); });
    }
    m_snooze->setMenu(snoozeMenu);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("remindersStatus"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_snooze);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &RemindersWindow::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, IndexRole).isValid())
            openSelected();
    });
    connect(m_open, &QPushButton::clicked, this, &RemindersWindow::openSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &RemindersWindow::dismissSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_tree);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &RemindersWindow::dismissSelected);

    reload();
}

void RemindersWindow::setClock(core::ReminderEngine::Now now, const QTimeZone &zone)
{
    m_now = std::move(now);
    m_zone = zone;
    m_engine = std::make_unique<core::ReminderEngine>(m_db, m_now, m_zone);
    reload();
}

void RemindersWindow::reload()
{
    QStringList keep;
    for (const Reminder *r : selected())
        keep << r->key;
    m_tree->clear();
    m_groups.clear();
    auto all = m_engine->list();
    if (!all) {
        m_reminders.clear();
        m_status->setText(tr("The reminders could not be read: %1").arg(all.error().detail));
        updateButtons();
        return;
    }
    m_reminders = all.value();
    const QDate today = m_now().toTimeZone(m_zone).date();
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    struct Group
    {
        const char *key;
        QString title;
    };
    for (const Group &g :
         {Group{"overdue", tr("Overdue")}, Group{"today", tr("Today")},
          Group{"upcoming", tr("Upcoming")}, Group{"dismissed", tr("Dismissed")}}) {
        auto *item = new QTreeWidgetItem(m_tree, {g.title});
        item->setData(0, Qt::UserRole, QString::fromLatin1(g.key));
        item->setFlags(Qt::ItemIsEnabled);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        m_groups.insert(QString::fromLatin1(g.key), item);
    }
    for (int i = 0; i < m_reminders.size(); ++i) {
        const Reminder &r = m_reminders.at(i);
        const QDateTime local = r.fireAt.toTimeZone(m_zone);
        const QDate day = local.date();
        const bool dismissed = r.state == Reminder::State::Dismissed;
        const QString group = day > today    ? QStringLiteral("upcoming")
                              : day == today ? QStringLiteral("today")
                              : dismissed    ? QStringLiteral("dismissed")
                                             : QStringLiteral("overdue");
        const bool dateOnly =
            r.kind == Reminder::Kind::Birthday || r.kind == Reminder::Kind::Anniversary;
        QString when = day == today ? tr("Today") : locale.toString(day, QLocale::ShortFormat);
        if (!dateOnly)
            when += u' ' + locale.toString(local.time(), timeFormat);
        QString state;
        switch (r.state) {
        case Reminder::State::Pending:
            state = r.fireAt > m_now() ? QString() : tr("Due");
            break;
        case Reminder::State::Fired:
            state = tr("Shown");
            break;
        case Reminder::State::Dismissed:
            state = tr("Dismissed");
            break;
        case Reminder::State::Snoozed:
            state = tr("Snoozed until %1")
                        .arg(locale.toString(r.snoozedUntil.toTimeZone(m_zone), timeFormat));
            break;
        }
        auto *item = new QTreeWidgetItem(m_groups.value(group),
                                         {when, ReminderNotifier::describe(r, m_zone), state});
        item->setData(0, IndexRole, i);
        item->setData(0, Qt::UserRole, r.key);
        if (dismissed) {
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    for (auto it = m_groups.begin(); it != m_groups.end(); ++it) {
        QTreeWidgetItem *g = it.value();
        g->setText(0, g->text(0) + QStringLiteral(" · ") + locale.toString(g->childCount()));
        g->setExpanded(it.key() != u"dismissed");
        g->setHidden(g->childCount() == 0);
    }
    for (const QString &key : std::as_const(keep))
        selectKey(key);
    m_status->setText(m_reminders.isEmpty() ? tr("Nothing to remind you of this week.")
                                            : QString());
    updateButtons();
}

QStringList RemindersWindow::keysIn(const QString &group) const
{
    QStringList out;
    if (QTreeWidgetItem *g = m_groups.value(group)) {
        for (int i = 0; i < g->childCount(); ++i)
            out << g->child(i)->data(0, Qt::UserRole).toString();
    }
    return out;
}

bool RemindersWindow::selectKey(const QString &key)
{
    for (QTreeWidgetItem *g : std::as_const(m_groups)) {
        for (int i = 0; i < g->childCount(); ++i) {
            if (g->child(i)->data(0, Qt::UserRole).toString() == key) {
                g->child(i)->setSelected(true);
                m_tree->setCurrentItem(g->child(i));
                return true;
            }
        }
    }
    return false;
}

QList<const Reminder *> RemindersWindow::selected() const
{
    QList<const Reminder *> out;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        const QVariant index = item->data(0, IndexRole);
        if (index.isValid() && index.toInt() < m_reminders.size())
            out << &m_reminders.at(index.toInt());
    }
    return out;
}

void RemindersWindow::updateButtons()
{
    const auto chosen = selected();
    m_open->setEnabled(chosen.size() == 1);
    m_dismiss->setEnabled(!chosen.isEmpty());
    m_snooze->setEnabled(!chosen.isEmpty());
}

void RemindersWindow::openSelected()
{
    const auto chosen = selected();
    if (chosen.size() != 1)
        return;
    emit openRecord(recordKind(chosen.first()->kind), chosen.first()->recordId);
}

void RemindersWindow::dismissSelected()
{
    for (const Reminder *r : selected()) {
        if (auto s = m_engine->dismiss(r->key); !s)
            m_status->setText(s.error().detail);
    }
    reload();
}

void RemindersWindow::snoozeSelected(int minutes)
{
    const QDateTime now = m_now().toUTC();
    QDateTime until = now.addSecs(qint64(minutes) * 60);
    if (minutes <= 0) // tomorrow at the time date reminders fire
        until = m_engine->tomorrowMorning();
    for (const Reminder *r : selected()) {
        if (auto s = m_engine->snooze(r->key, until); !s)
            m_status->setText(s.error().detail);
    }
    reload();
}

} // namespace crm::ui
