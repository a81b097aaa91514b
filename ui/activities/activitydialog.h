// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/recorddialog.h"
#include "domain/activity.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace crm::ui {

class RecordPicker;

// What a new activity starts with when made from a contact's, company's or deal's page.
struct ActivityPrefill
{
    core::Activity::Kind kind = core::Activity::Kind::Task;
    QString subject;
    QByteArray contactId;
    QByteArray companyId;
    QByteArray dealId;
};

// Creates or edits an activity of any kind on a copy, saved through ActivityRepository on
// Save as one undoable step. The form shows what the kind has: a call its direction, outcome
// and duration; a meeting or customer visit its start, end, place and attendees; a task its
// due time, priority and done; every kind a subject, links to a contact, company and deal,
// and notes. Times are edited in the system's time zone.
class ActivityDialog : public RecordDialog
{
    Q_OBJECT
public:
    using Prefill = ActivityPrefill;
    ActivityDialog(core::DatabasePtr db, const QByteArray &id, QWidget *parent = nullptr,
                   const Prefill &prefill = {});

    const core::Activity &activity() const { return m_activity; }
    // Opens an activity (or a new one) non-modally over `parent`, deleted when closed.
    static ActivityDialog *open(core::DatabasePtr db, const QByteArray &id, QWidget *parent,
                                const Prefill &prefill = {});
    // For tests: the clock that new activities' default times come from.
    static void setClock(std::function<QDateTime()> now);

public slots:
    void refreshFromDatabase() override;

protected:
    bool save() override;
    QString formState() const override;

private:
    void buildForm();
    void fill(const core::Activity &a);
    void kindChosen();
    void addAttendee(const core::Attendee &attendee);
    core::Activity::Kind currentKind() const;
    core::Activity fromForm() const;

    core::Activity m_activity;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_subject = nullptr;
    RecordPicker *m_contact = nullptr;
    RecordPicker *m_company = nullptr;
    RecordPicker *m_deal = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_outcome = nullptr;
    QSpinBox *m_duration = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLineEdit *m_place = nullptr;
    RecordPicker *m_attendeePicker = nullptr;
    QListWidget *m_attendees = nullptr;
    QPushButton *m_removeAttendee = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QComboBox *m_priority = nullptr;
    QCheckBox *m_done = nullptr;
    QComboBox *m_reminder = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_attendeesBox = nullptr;
};

} // namespace crm::ui
