// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarexportdialog.h"

#include "common/errors.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>

namespace crm::ui {

CalendarExportDialog::CalendarExportDialog(core::DatabasePtr db, QWidget *parent)
    : CalendarFileDialog(std::move(db), true, tr("&Export"), parent)
    , m_meetings(new QCheckBox(tr("&Meetings and visits"), this))
    , m_tasks(new QCheckBox(tr("&Tasks"), this))
    , m_all(new QRadioButton(tr("&All dates"), this))
    , m_range(new QRadioButton(tr("F&rom"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("calendarExportDialog"));
    setWindowTitle(tr("Export Calendar"));
    m_meetings->setObjectName(QStringLiteral("exportMeetingsCheck"));
    m_tasks->setObjectName(QStringLiteral("exportTasksCheck"));
    m_all->setObjectName(QStringLiteral("exportAllRadio"));
    m_range->setObjectName(QStringLiteral("exportRangeRadio"));
    m_from->setObjectName(QStringLiteral("exportFromEdit"));
    m_to->setObjectName(QStringLiteral("exportToEdit"));
    m_meetings->setChecked(true);
    m_tasks->setChecked(true);
    m_all->setChecked(true);
    // This month by default, in the user's date format.
    const QDate today = QDate::currentDate();
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format);
        edit->setEnabled(false);
    }
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(m_from->date().addMonths(1).addDays(-1));
    m_to->setAccessibleName(tr("To"));

    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_meetings);
    kinds->addWidget(m_tasks);
    kinds->addStretch(1);
    auto *range = new QHBoxLayout;
    range->addWidget(m_range);
    range->addWidget(m_from);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addStretch(1);
    auto *when = new QVBoxLayout;
    when->addWidget(m_all);
    when->addLayout(range);
    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), kinds);
    form->addRow(tr("Dates:"), when);
    body()->addLayout(form);
    showStatus(tr("Meetings start and tasks fall due in the chosen days. Calendars that "
                  "imported an earlier export update their items."),
               false);

    for (QCheckBox *box : {m_meetings, m_tasks})
        connect(box, &QCheckBox::toggled, this, &CalendarExportDialog::updateAction);
    connect(m_range, &QRadioButton::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        updateAction();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &CalendarExportDialog::updateAction);
    connect(actionButton(), &QPushButton::clicked, this, &CalendarExportDialog::startExport);
    updateAction();
}

core::CalendarService::ExportOptions CalendarExportDialog::options() const
{
    core::CalendarService::ExportOptions o;
    o.meetings = m_meetings->isChecked();
    o.tasks = m_tasks->isChecked();
    if (m_range->isChecked()) {
        o.from = m_from->date();
        o.to = m_to->date();
    }
    return o;
}

bool CalendarExportDialog::canRun() const
{
    const bool kinds = m_meetings->isChecked() || m_tasks->isChecked();
    const bool dates = !m_range->isChecked() || m_from->date() <= m_to->date();
    return CalendarFileDialog::canRun() && kinds && dates;
}

void CalendarExportDialog::startExport()
{
    if (!canRun())
        return;
    QString path = fileName();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    const auto opts = options();
    auto count = std::make_shared<int>(0);
    core::DatabasePtr db = m_db;
    runJob(
        tr("Writing %1…").arg(QFileInfo(path).fileName()),
        [db, path, opts, count](const core::CalendarService::Progress &progress) -> core::Status {
            auto written = core::CalendarService(db).exportFile(path, opts, progress);
            if (!written)
                return written.error();
            *count = written.value();
            return {};
        },
        [this, path, count](const core::Status &s) {
            if (!s) {
                showStatus(Errors::describe(s.error()), true);
                return;
            }
            emit exported(*count, path);
            accept();
        });
}

} // namespace crm::ui
