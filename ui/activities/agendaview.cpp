// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaview.h"

#include "activities/activitycommand.h"
#include "services/activityrepository.h"

#include <QAction>
#include <QButtonGroup>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crm::ui {

namespace {

// The parts of a follow-up's undo step; the first redo (the push) finds the work done.
class FollowUpRemoval : public QUndoCommand
{
public:
    FollowUpRemoval(core::DatabasePtr db, QByteArray id, QUndoCommand *parent)
        : QUndoCommand(parent)
        , m_db(std::move(db))
        , m_id(std::move(id))
    {}
    void redo() override
    {
        if (!m_first)
            (void)core::ActivityRepository(m_db).restore(m_id);
        m_first = false;
    }
    void undo() override { (void)core::ActivityRepository(m_db).remove(m_id); }

private:
    core::DatabasePtr m_db;
    QByteArray m_id;
    bool m_first = true;
};

class Reopen : public QUndoCommand
{
public:
    Reopen(core::DatabasePtr db, core::Activity before, std::function<void()> refresh,
           QUndoCommand *parent)
        : QUndoCommand(parent)
        , m_db(std::move(db))
        , m_before(std::move(before))
        , m_refresh(std::move(refresh))
    {}
    void redo() override
    {
        if (!m_first)
            (void)core::ActivityRepository(m_db).markDone(m_before.id, true);
        m_first = false;
        m_refresh();
    }
    void undo() override
    {
        (void)core::ActivityRepository(m_db).revert(m_before);
        m_refresh();
    }

private:
    core::DatabasePtr m_db;
    core::Activity m_before;
    std::function<void()> m_refresh;
    bool m_first = true;
};

} // namespace

AgendaView::AgendaView(core::DatabasePtr db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_undo(undo)
    , m_model(new core::AgendaModel(m_db, this))
    , m_view(new QTableView(this))
    , m_ranges(new QButtonGroup(this))
    , m_done(new QPushButton(tr("Do&ne"), this))
    , m_reschedule(new QPushButton(tr("&Tomorrow"), this))
    , m_followUp(new QPushButton(tr("&Follow up"), this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("agendaView"));
    setWindowTitle(tr("Agenda"));
    auto *ranges = new QHBoxLayout;
    const struct
    {
        core::AgendaModel::Range range;
        QString name;
        QString text;
    } buttons[] = {
        {core::AgendaModel::Range::Overdue, QStringLiteral("overdueButton"), tr("&Overdue")},
        {core::AgendaModel::Range::Today, QStringLiteral("todayButton"), tr("To&day")},
        {core::AgendaModel::Range::Week, QStringLiteral("weekButton"), tr("This &week")},
    };
    for (const auto &b : buttons) {
        auto *button = new QPushButton(b.text, this);
        button->setObjectName(b.name);
        button->setCheckable(true);
        m_ranges->addButton(button, int(b.range));
        ranges->addWidget(button);
    }
    ranges->addStretch();
    m_ranges->button(int(core::AgendaModel::Range::Today))->setChecked(true);
    connect(m_ranges, &QButtonGroup::idClicked, this,
            [this](int id) { showRange(core::AgendaModel::Range(id)); });

    m_view->setObjectName(QStringLiteral("agendaTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // One line per activity: the date and time, kind and done box as wide as they need, names
    // wide enough for most, the subject taking the rest.
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column : {core::AgendaModel::When, core::AgendaModel::Kind, core::AgendaModel::Done})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(core::AgendaModel::Subject, QHeaderView::Stretch);
    for (int column : {core::AgendaModel::Contact, core::AgendaModel::Company})
        header->resizeSection(column, m_view->fontMetrics().averageCharWidth() * 22);
    m_view->installEventFilter(this); // Ctrl+Left/Right: the table would move the cursor
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgendaView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgendaView::updateButtons);

    m_done->setObjectName(QStringLiteral("agendaDoneButton"));
    m_done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_done->setToolTip(tr("Tick the selected activity off (Ctrl+Enter)"));
    m_reschedule->setObjectName(QStringLiteral("agendaRescheduleButton"));
    m_reschedule->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_reschedule->setToolTip(
        tr("Move the selected activity to the next day (Ctrl+Right; Ctrl+Left: a day back)"));
    m_followUp->setObjectName(QStringLiteral("agendaFollowUpButton"));
    m_followUp->setToolTip(
        tr("Finish the selected activity and add a follow-up task for tomorrow"));
    connect(m_done, &QPushButton::clicked, this, &AgendaView::markSelectedDone);
    connect(m_reschedule, &QPushButton::clicked, this, [this] { rescheduleSelected(1); });
    connect(m_followUp, &QPushButton::clicked, this, &AgendaView::followUpSelected);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const QByteArray id = m_model->idAt(index.row()); !id.isEmpty())
            emit openActivity(id);
    });
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_done);
    actions->addWidget(m_reschedule);
    actions->addWidget(m_followUp);
    actions->addStretch();

    // Drag an activity onto a day to move it there; a click moves the selected one.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::MoveAction);
    auto *days = new QHBoxLayout;
    days->addWidget(new QLabel(tr("Move to:"), this));
    for (int i = 0; i < 7; ++i) {
        auto *day = new QPushButton(this);
        day->setObjectName(QStringLiteral("rescheduleDay%1").arg(i));
        day->setAcceptDrops(true);
        day->setFocusPolicy(Qt::TabFocus);
        day->installEventFilter(this);
        connect(day, &QPushButton::clicked, this,
                [this, day] { rescheduleToDay(selectedId(), dayOf(day)); });
        days->addWidget(day);
        m_days << day;
    }
    days->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(ranges);
    layout->addWidget(m_view);
    layout->addLayout(actions);
    layout->addLayout(days);
    m_model->setRange(core::AgendaModel::Range::Today);
    updateDays();
    updateButtons();
}

bool AgendaView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_days.contains(qobject_cast<QPushButton *>(watched))) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (core::AgendaModel::idsFrom(drag->mimeData()).isEmpty())
                return false;
            drag->setDropAction(Qt::MoveAction);
            drag->accept();
            return true;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            const QList<QByteArray> ids = core::AgendaModel::idsFrom(drop->mimeData());
            if (ids.isEmpty())
                return false;
            drop->setDropAction(Qt::MoveAction);
            drop->accept();
            for (const QByteArray &id : ids)
                rescheduleToDay(id, dayOf(watched));
            return true;
        }
        default:
            return QWidget::eventFilter(watched, event);
        }
    }
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier &&
            (key->key() == Qt::Key_Right || key->key() == Qt::Key_Left)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                rescheduleSelected(key->key() == Qt::Key_Right ? 1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AgendaView::setClock(std::function<QDateTime()> now, const QTimeZone &zone)
{
    m_now = now;
    m_zone = zone;
    m_model->setClock(std::move(now), zone);
    updateDays();
}

QDate AgendaView::dayOf(QObject *button) const
{
    const int i = int(m_days.indexOf(qobject_cast<QPushButton *>(button)));
    return i < 0 ? QDate() : m_now().toTimeZone(m_zone).date().addDays(i);
}

void AgendaView::updateDays()
{
    const QLocale locale;
    for (int i = 0; i < m_days.size(); ++i) {
        const QDate day = dayOf(m_days[i]);
        m_days[i]->setText(i == 0   ? tr("Today")
                           : i == 1 ? tr("Tomorrow")
                                    : locale.dayName(day.dayOfWeek(), QLocale::ShortFormat));
        m_days[i]->setToolTip(tr("Move the selected activity to %1 at the same time (or drag "
                                 "it here)")
                                  .arg(locale.toString(day, QLocale::LongFormat)));
    }
}

void AgendaView::showRange(core::AgendaModel::Range range)
{
    if (auto *b = m_ranges->button(int(range)))
        b->setChecked(true);
    m_model->setRange(range);
}

void AgendaView::reload()
{
    m_model->reload();
}

QByteArray AgendaView::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QByteArray() : m_model->idAt(rows.first().row());
}

void AgendaView::updateButtons()
{
    const bool any = !selectedId().isEmpty();
    m_done->setEnabled(any);
    m_reschedule->setEnabled(any);
    m_followUp->setEnabled(any);
}

void AgendaView::markSelectedDone()
{
    const QByteArray id = selectedId();
    auto before = core::ActivityRepository(m_db).get(id);
    if (!before)
        return;
    (void)ActivityCommand::setDone(m_db, m_undo, id, !before->done, m_now(), [this] { reload(); });
}

void AgendaView::rescheduleSelected(int days)
{
    const QByteArray id = selectedId();
    auto before = core::ActivityRepository(m_db).get(id);
    if (!before || !before->when().isValid())
        return;
    const QDateTime when = before->when().addDays(days);
    auto *c = new ActivityCommand(
        m_db, before.value(),
        [db = m_db, id, when] { return core::ActivityRepository(db).reschedule(id, when); },
        [this] { reload(); }, tr("Reschedule “%1”").arg(before->subject));
    ActivityCommand::run(m_undo, c);
}

void AgendaView::rescheduleToDay(const QByteArray &id, const QDate &day)
{
    auto before = core::ActivityRepository(m_db).get(id);
    if (!before || !before->when().isValid() || !day.isValid())
        return;
    const QDateTime was = before->when().toTimeZone(m_zone);
    const QDateTime when = QDateTime(day, was.time(), m_zone).toUTC();
    if (when == before->when())
        return;
    auto *c = new ActivityCommand(
        m_db, before.value(),
        [db = m_db, id, when] { return core::ActivityRepository(db).reschedule(id, when); },
        [this] { reload(); }, tr("Reschedule “%1”").arg(before->subject));
    ActivityCommand::run(m_undo, c);
}

void AgendaView::followUpSelected()
{
    const QByteArray id = selectedId();
    auto before = core::ActivityRepository(m_db).get(id);
    if (!before)
        return;
    core::Activity next;
    next.kind = core::Activity::Kind::Task;
    next.subject = tr("Follow up: %1").arg(before->subject).left(500);
    next.timeZone = before->timeZone;
    next.due = m_now().addDays(1);
    auto created = core::ActivityRepository(m_db).followUp(id, next);
    if (!created) {
        emit failed(created.error().message());
        return;
    }
    // Already done in one transaction; the undo step removes the follow-up (softly) and
    // reopens the finished activity, its redo brings both back.
    auto *group = new QUndoCommand(tr("Follow up “%1”").arg(before->subject));
    new FollowUpRemoval(m_db, created.value(), group);
    new Reopen(
        m_db, before.value(), [this] { reload(); }, group);
    if (m_undo) {
        m_undo->push(group);
    } else {
        delete group;
        reload();
    }
}

} // namespace crm::ui
