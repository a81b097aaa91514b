// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitydialog.h"

#include "common/errors.h"
#include "common/icons.h"
#include "common/recordpicker.h"
#include "services/activityrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace crm::ui {

namespace {

std::function<QDateTime()> &clock()
{
    static std::function<QDateTime()> now = [] { return QDateTime::currentDateTime(); };
    return now;
}

constexpr int ContactIdRole = Qt::UserRole + 1;
constexpr int EmailRole = Qt::UserRole + 2;
constexpr int AttendeeIdRole = Qt::UserRole + 3;

QDateTimeEdit *dateTimeEdit(const char *name, QWidget *parent)
{
    auto *e = new QDateTimeEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setCalendarPopup(true);
    e->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    e->setTimeSpec(Qt::LocalTime);
    return e;
}

// The next full hour after `t`.
QDateTime nextHour(const QDateTime &t)
{
    const QDateTime hour(t.date(), QTime(t.time().hour(), 0));
    return hour.addSecs(3600);
}

} // namespace

void ActivityDialog::setClock(std::function<QDateTime()> now)
{
    clock() = std::move(now);
}

ActivityDialog *ActivityDialog::open(core::DatabasePtr db, const QByteArray &id, QWidget *parent,
                                     const Prefill &prefill)
{
    auto *dialog = new ActivityDialog(std::move(db), id, parent, prefill);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::open();
    return dialog;
}

ActivityDialog::ActivityDialog(core::DatabasePtr db, const QByteArray &id, QWidget *parent,
                               const Prefill &prefill)
    : RecordDialog(std::move(db), id, parent)
{
    setObjectName(QStringLiteral("activityDialog"));
    buildForm();
    if (!m_id.isEmpty()) {
        auto loaded = core::ActivityRepository(m_db).get(m_id);
        if (loaded) {
            m_activity = loaded.value();
        } else {
            m_errors.show({loaded.error()});
            m_saveButton->setEnabled(false);
        }
    } else {
        const QDateTime now = clock()();
        m_activity.kind = prefill.kind;
        m_activity.subject = prefill.subject;
        m_activity.contactId = prefill.contactId;
        m_activity.companyId = prefill.companyId;
        m_activity.dealId = prefill.dealId;
        m_activity.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        switch (prefill.kind) {
        case core::Activity::Kind::Meeting:
        case core::Activity::Kind::Visit:
            m_activity.start = nextHour(now);
            m_activity.end = m_activity.start.addSecs(3600);
            m_activity.reminderMinutes = 15;
            break;
        case core::Activity::Kind::Task: {
            // Due at the end of the working day: today, or tomorrow once it is past.
            QDateTime due(now.date(), QTime(17, 0));
            if (due <= now)
                due = due.addDays(1);
            m_activity.due = due;
            break;
        }
        case core::Activity::Kind::Call:
            m_activity.direction = QStringLiteral("outbound");
            m_activity.start = now; // logged as it happens
            break;
        case core::Activity::Kind::Email:
            m_activity.start = now;
            break;
        case core::Activity::Kind::Note:
            break;
        }
    }
    fill(m_activity);
    setWindowTitle(m_id.isEmpty() ? tr("New activity")
                                  : tr("%1 — %2").arg(m_activity.subject,
                                                      core::Activity::kindLabel(m_activity.kind)));
    markClean();
    m_subject->setFocus();
}

void ActivityDialog::buildForm()
{
    auto *page = new QWidget;
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("detailsPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_detailsPage = scroll;

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (auto k :
         {core::Activity::Kind::Call, core::Activity::Kind::Meeting, core::Activity::Kind::Visit,
          core::Activity::Kind::Task, core::Activity::Kind::Note, core::Activity::Kind::Email})
        m_kind->addItem(core::Activity::kindLabel(k), int(k));
    m_subject = new QLineEdit(page);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_contact = new RecordPicker(m_db, RecordPicker::Kind::Contact, page);
    m_contact->setObjectName(QStringLiteral("contactPicker"));
    m_company = new RecordPicker(m_db, RecordPicker::Kind::Company, page);
    m_company->setObjectName(QStringLiteral("companyPicker"));
    m_deal = new RecordPicker(m_db, RecordPicker::Kind::Deal, page);
    m_deal->setObjectName(QStringLiteral("dealPicker"));

    m_direction = new QComboBox(page);
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_direction->addItem(tr("Outbound (I called)"), QStringLiteral("outbound"));
    m_direction->addItem(tr("Inbound (they called)"), QStringLiteral("inbound"));
    m_direction->addItem(tr("Not recorded"), QString());
    m_outcome = new QComboBox(page);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->setEditable(true);
    m_outcome->setInsertPolicy(QComboBox::NoInsert);
    m_outcome->addItems({QString(), tr("reached"), tr("left a voicemail"), tr("no answer"),
                         tr("busy"), tr("wrong number")});
    m_duration = new QSpinBox(page);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSuffix(tr(" min"));
    m_start = dateTimeEdit("startEdit", page);
    m_end = dateTimeEdit("endEdit", page);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        // Keep the end after the start, as calendars do.
        if (m_end->dateTime() < start)
            m_end->setDateTime(start.addSecs(3600));
    });
    m_place = new QLineEdit(page);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_place->setPlaceholderText(tr("An address, a room or a video link"));

    m_attendeesBox = new QWidget(page);
    auto *attendeesLayout = new QVBoxLayout(m_attendeesBox);
    attendeesLayout->setContentsMargins(0, 0, 0, 0);
    m_attendees = new QListWidget(m_attendeesBox);
    m_attendees->setObjectName(QStringLiteral("attendeesList"));
    m_attendees->setMaximumHeight(90);
    m_attendeePicker = new RecordPicker(m_db, RecordPicker::Kind::Contact, m_attendeesBox);
    m_attendeePicker->setObjectName(QStringLiteral("attendeePicker"));
    m_attendeePicker->setPlaceholderText(tr("Type to invite a contact"));
    m_removeAttendee =
        new QPushButton(Icons::themed(QStringLiteral("list-remove"), QStringLiteral("remove")),
                        tr("Remove"), m_attendeesBox);
    m_removeAttendee->setObjectName(QStringLiteral("removeAttendeeButton"));
    m_removeAttendee->setAutoDefault(false);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_attendeePicker, 1);
    pickRow->addWidget(m_removeAttendee);
    attendeesLayout->addWidget(m_attendees);
    attendeesLayout->addLayout(pickRow);
    connect(m_attendeePicker, &RecordPicker::picked, this, [this](const QByteArray &contactId) {
        if (contactId.isEmpty())
            return;
        for (int i = 0; i < m_attendees->count(); ++i) {
            if (m_attendees->item(i)->data(ContactIdRole).toByteArray() == contactId)
                return;
        }
        core::Attendee a;
        a.contactId = contactId;
        a.name = RecordPicker::nameOf(m_db, RecordPicker::Kind::Contact, contactId);
        addAttendee(a);
        QMetaObject::invokeMethod(
            m_attendeePicker, [this] { m_attendeePicker->setRecord({}, {}); },
            Qt::QueuedConnection);
    });
    connect(m_removeAttendee, &QPushButton::clicked, this,
            [this] { delete m_attendees->currentItem(); });

    m_due = dateTimeEdit("dueEdit", page);
    m_priority = new QComboBox(page);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    m_priority->addItem(tr("None"), 0);
    m_priority->addItem(tr("High"), 1);
    m_priority->addItem(tr("Normal"), 5);
    m_priority->addItem(tr("Low"), 9);
    m_done = new QCheckBox(tr("Do&ne"), page);
    m_done->setObjectName(QStringLiteral("doneCheck"));
    m_reminder = new QComboBox(page);
    m_reminder->setObjectName(QStringLiteral("reminderCombo"));
    m_reminder->addItem(tr("No reminder"), -1);
    m_reminder->addItem(tr("At the time"), 0);
    for (int minutes : {5, 15, 30, 60})
        m_reminder->addItem(tr("%1 minutes before").arg(QLocale().toString(minutes)), minutes);
    m_reminder->addItem(tr("A day before"), 24 * 60);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);

    m_form = new QFormLayout(page);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Subject:"), m_errors.wrap(QStringLiteral("subject"), m_subject));
    m_form->addRow(tr("C&ontact:"), m_contact);
    m_form->addRow(tr("Co&mpany:"), m_company);
    m_form->addRow(tr("D&eal:"), m_deal);
    m_form->addRow(tr("Di&rection:"), m_errors.wrap(QStringLiteral("direction"), m_direction));
    m_form->addRow(tr("O&utcome:"), m_outcome);
    m_form->addRow(tr("Durat&ion:"), m_errors.wrap(QStringLiteral("duration"), m_duration));
    m_form->addRow(tr("S&tart:"), m_errors.wrap(QStringLiteral("start"), m_start));
    m_form->addRow(tr("E&nd:"), m_errors.wrap(QStringLiteral("end"), m_end));
    m_form->addRow(tr("&Place:"), m_place);
    m_form->addRow(tr("&Attendees:"), m_attendeesBox);
    m_form->addRow(tr("D&ue:"), m_errors.wrap(QStringLiteral("due"), m_due));
    m_form->addRow(tr("Priorit&y:"), m_errors.wrap(QStringLiteral("priority"), m_priority));
    m_form->addRow(QString(), m_done);
    m_form->addRow(tr("Rem&inder:"), m_errors.wrap(QStringLiteral("reminder"), m_reminder));
    auto *notesLabel = new QLabel(tr("No&tes:"));
    notesLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    notesLabel->setBuddy(m_notes);
    m_form->addRow(notesLabel, m_notes);
    for (QWidget *field : {static_cast<QWidget *>(m_attendeesBox)}) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setBuddy(m_attendeePicker);
    }

    scroll->setWidget(page);
    m_tabs->addTab(scroll, tr("&Details"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityDialog::kindChosen);

    QWidget *chain[] = {m_kind,      m_subject,   m_contact,        m_company,        m_deal,
                        m_direction, m_outcome,   m_duration,       m_start,          m_end,
                        m_place,     m_attendees, m_attendeePicker, m_removeAttendee, m_due,
                        m_priority,  m_done,      m_reminder,       m_notes};
    for (size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    resize(620, 620);
}

core::Activity::Kind ActivityDialog::currentKind() const
{
    return core::Activity::Kind(m_kind->currentData().toInt());
}

void ActivityDialog::kindChosen()
{
    using K = core::Activity::Kind;
    const K k = currentKind();
    const bool call = k == K::Call;
    const bool scheduled = k == K::Meeting || k == K::Visit;
    const bool task = k == K::Task;
    auto show = [this](QWidget *field, bool visible) {
        // The row of a field wrapped with its error label is the wrapper's.
        QWidget *row = field;
        while (row->parentWidget() && m_form->indexOf(row) < 0)
            row = row->parentWidget();
        m_form->setRowVisible(row, visible);
    };
    show(m_direction, call);
    show(m_outcome, call);
    show(m_duration, call);
    show(m_start, call || scheduled || k == K::Email);
    show(m_end, scheduled);
    show(m_place, scheduled);
    show(m_attendeesBox, scheduled);
    show(m_due, task);
    show(m_priority, task);
    show(m_done, task);
    show(m_reminder, scheduled || task);
    if (auto *label = qobject_cast<QLabel *>(
            m_form->labelForField(m_form->itemAt(8, QFormLayout::FieldRole)->widget())))
        label->setText(call ? tr("&When:") : k == K::Email ? tr("S&ent:") : tr("S&tart:"));
}

void ActivityDialog::addAttendee(const core::Attendee &a)
{
    QString text = a.name;
    if (!a.email.isEmpty())
        text = text.isEmpty() ? a.email : tr("%1 <%2>").arg(text, a.email);
    auto *item = new QListWidgetItem(text, m_attendees);
    item->setData(ContactIdRole, a.contactId);
    item->setData(EmailRole, a.email);
    item->setData(AttendeeIdRole, a.id);
    item->setData(Qt::UserRole, a.name);
}

void ActivityDialog::fill(const core::Activity &a)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(a.kind))));
    kindChosen();
    m_subject->setText(a.subject);
    m_contact->setRecord(a.contactId,
                         RecordPicker::nameOf(m_db, RecordPicker::Kind::Contact, a.contactId));
    m_company->setRecord(a.companyId,
                         RecordPicker::nameOf(m_db, RecordPicker::Kind::Company, a.companyId));
    m_deal->setRecord(a.dealId, RecordPicker::nameOf(m_db, RecordPicker::Kind::Deal, a.dealId));
    const int direction = m_direction->findData(a.direction);
    m_direction->setCurrentIndex(direction >= 0 ? direction : 0);
    m_outcome->setCurrentText(a.outcome);
    m_duration->setValue(a.durationSeconds / 60);
    const QDateTime now = clock()();
    m_start->setDateTime(a.start.isValid() ? a.start.toLocalTime() : nextHour(now));
    m_end->setDateTime(a.end.isValid() ? a.end.toLocalTime() : m_start->dateTime().addSecs(3600));
    m_place->setText(a.place);
    m_attendees->clear();
    for (const core::Attendee &at : a.attendees)
        addAttendee(at);
    m_due->setDateTime(a.due.isValid() ? a.due.toLocalTime() : nextHour(now));
    const int priority = m_priority->findData(a.priority);
    if (priority >= 0) {
        m_priority->setCurrentIndex(priority);
    } else { // a value from an import (2, 3 …): kept as it is
        m_priority->addItem(QLocale().toString(a.priority), a.priority);
        m_priority->setCurrentIndex(m_priority->count() - 1);
    }
    m_done->setChecked(a.done);
    const int reminder = m_reminder->findData(a.reminderMinutes.value_or(-1));
    if (reminder >= 0) {
        m_reminder->setCurrentIndex(reminder);
    } else {
        m_reminder->addItem(tr("%1 minutes before").arg(QLocale().toString(*a.reminderMinutes)),
                            *a.reminderMinutes);
        m_reminder->setCurrentIndex(m_reminder->count() - 1);
    }
    m_notes->setPlainText(a.notes);
}

core::Activity ActivityDialog::fromForm() const
{
    using K = core::Activity::Kind;
    core::Activity a = m_activity; // keeps id, uid, owner, times
    a.kind = currentKind();
    a.subject = m_subject->text().trimmed();
    a.contactId = m_contact->id();
    a.companyId = m_company->id();
    a.dealId = m_deal->id();
    const bool call = a.kind == K::Call;
    const bool scheduled = a.kind == K::Meeting || a.kind == K::Visit;
    const bool task = a.kind == K::Task;
    a.direction = call ? m_direction->currentData().toString() : QString();
    a.outcome = call ? m_outcome->currentText().trimmed() : QString();
    a.durationSeconds = call ? m_duration->value() * 60 : 0;
    a.start = call || scheduled || a.kind == K::Email ? m_start->dateTime().toUTC() : QDateTime();
    a.end = scheduled ? m_end->dateTime().toUTC() : QDateTime();
    a.allDay = scheduled && a.allDay;
    a.place = scheduled ? m_place->text().trimmed() : QString();
    a.attendees.clear();
    if (scheduled) {
        for (int i = 0; i < m_attendees->count(); ++i) {
            const QListWidgetItem *item = m_attendees->item(i);
            core::Attendee at;
            at.id = item->data(AttendeeIdRole).toByteArray();
            at.contactId = item->data(ContactIdRole).toByteArray();
            at.name = item->data(Qt::UserRole).toString();
            at.email = item->data(EmailRole).toString();
            a.attendees << at;
        }
    }
    a.due = task ? m_due->dateTime().toUTC() : QDateTime();
    a.priority = task ? m_priority->currentData().toInt() : 0;
    const bool done = task && m_done->isChecked();
    if (done != a.done)
        a.doneAt = done ? clock()().toUTC() : QDateTime();
    a.done = done;
    const int reminder = m_reminder->currentData().toInt();
    a.reminderMinutes =
        (scheduled || task) && reminder >= 0 ? std::optional<int>(reminder) : std::nullopt;
    if (a.timeZone.isEmpty())
        a.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    a.notes = m_notes->toPlainText();
    return a;
}

QString ActivityDialog::formState() const
{
    const core::Activity a = fromForm();
    QStringList parts = {core::Activity::kindKey(a.kind),
                         a.subject,
                         m_contact->text(),
                         m_company->text(),
                         m_deal->text(),
                         a.direction,
                         a.outcome,
                         QString::number(a.durationSeconds),
                         a.start.toString(Qt::ISODate),
                         a.end.toString(Qt::ISODate),
                         a.place,
                         a.due.toString(Qt::ISODate),
                         QString::number(a.priority),
                         a.done ? QStringLiteral("1") : QStringLiteral("0"),
                         a.reminderMinutes ? QString::number(*a.reminderMinutes) : QString(),
                         a.notes};
    for (const core::Attendee &at : a.attendees)
        parts << QString::fromLatin1(at.contactId.toHex()) + at.name + at.email;
    return parts.join(QChar(0x1f));
}

bool ActivityDialog::save()
{
    core::Activity a = fromForm();
    QList<core::Error> errors = core::Validation::check(a);
    // A typed name that was never picked links nothing: say so rather than drop it.
    for (RecordPicker *picker : {m_contact, m_company, m_deal}) {
        if (!picker->text().trimmed().isEmpty() && picker->id().isEmpty())
            errors << core::Error{core::ErrorCode::Invalid,
                                  tr("“%1” is not picked from the list").arg(picker->text()),
                                  QString()};
    }
    if (showErrors(errors))
        return false;
    auto fail = [this](core::Error e) {
        if (e.field.isEmpty())
            e.detail = Errors::describe(e);
        showErrors({e});
        return false;
    };
    core::ActivityRepository activities(m_db);
    if (m_id.isEmpty()) {
        auto created = activities.create(a);
        if (!created)
            return fail(created.error());
        m_id = created.value();
        pushSaved(
            tr("New activity “%1”").arg(a.subject),
            [db = m_db, id = m_id] { return core::ActivityRepository(db).remove(id); },
            [db = m_db, id = m_id] { return core::ActivityRepository(db).restore(id); });
    } else {
        auto before = activities.get(m_id);
        if (!before)
            return fail(before.error());
        if (auto st = activities.update(a); !st)
            return fail(st.error());
        if (auto after = activities.get(m_id)) {
            pushSaved(
                tr("Edit activity “%1”").arg(a.subject),
                [db = m_db, b = before.value()] { return core::ActivityRepository(db).revert(b); },
                [db = m_db, v = after.value()] { return core::ActivityRepository(db).revert(v); });
        }
    }
    if (auto stored = activities.get(m_id))
        m_activity = stored.value();
    return true;
}

void ActivityDialog::refreshFromDatabase()
{
    if (m_id.isEmpty() || isModified())
        return;
    auto loaded = core::ActivityRepository(m_db).get(m_id);
    if (!loaded)
        return;
    m_activity = loaded.value();
    fill(m_activity);
    markClean();
}

} // namespace crm::ui
