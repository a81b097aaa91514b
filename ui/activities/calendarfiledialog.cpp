// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarfiledialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace crm::ui {

namespace {

const QString DirKey = QStringLiteral("calendar/lastDir");

int clampInt(qint64 v)
{
    return int(std::min<qint64>(v, std::numeric_limits<int>::max()));
}

} // namespace

CalendarFileDialog::CalendarFileDialog(core::DatabasePtr db, bool saving, const QString &actionText,
                                       QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("calendarFileEdit"));
    m_file->setPlaceholderText(tr("An iCalendar file (.ics)"));
    m_file->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("calendarBrowseButton"));
    connect(browse, &QPushButton::clicked, this, [this, saving] {
        QSettings settings;
        const QString dir =
            fileName().isEmpty() ? settings.value(DirKey, QDir::homePath()).toString() : fileName();
        const QString filter = tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)");
        const QString path = saving
                                 ? QFileDialog::getSaveFileName(this, windowTitle(), dir, filter)
                                 : QFileDialog::getOpenFileName(this, windowTitle(), dir, filter);
        if (path.isEmpty())
            return;
        settings.setValue(DirKey, QFileInfo(path).path());
        setFileName(path);
    });
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        fileChanged();
        updateAction();
    });

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_body = new QVBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("calendarStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("calendarProgress"));
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_action = m_buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("calendarActionButton"));
    m_action->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CalendarFileDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(m_body);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(&m_watcher, &QFutureWatcher<core::Status>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<core::Status>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<core::Status>::finished, this, [this] {
        m_progress->hide();
        auto done = std::exchange(m_done, {});
        const bool cancelled = m_watcher.isCanceled() || m_watcher.future().resultCount() == 0;
        if (!cancelled && done)
            done(m_watcher.result());
        else if (std::exchange(m_cancelledByUser, false))
            showStatus(tr("Cancelled; nothing was written."), false);
        updateAction();
        emit workFinished();
    });
    resize(560, 260);
}

CalendarFileDialog::~CalendarFileDialog()
{
    // The work holds no pointer to the dialog; a running one is told to stop and finishes
    // on its own.
    cancelJob();
}

QString CalendarFileDialog::fileName() const
{
    return m_file->text().trimmed();
}

void CalendarFileDialog::setFileName(const QString &path)
{
    m_file->setText(path);
}

QString CalendarFileDialog::statusText() const
{
    return m_status->text();
}

void CalendarFileDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void CalendarFileDialog::updateAction()
{
    m_action->setEnabled(!isRunning() && canRun());
}

bool CalendarFileDialog::runJob(const QString &text, Work work,
                                std::function<void(const core::Status &)> done)
{
    if (isRunning())
        return false;
    m_done = std::move(done);
    m_cancelledByUser = false;
    showStatus(text, false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_action->setEnabled(false);
    core::DatabasePtr db = m_db;
    m_watcher.setFuture(QtConcurrent::run([db, work](QPromise<core::Status> &promise) {
        // Runs in a worker thread: its own connection, closed before the thread is reused.
        const core::CalendarService::Progress progress = [&promise](qint64 at, qint64 total) {
            promise.setProgressRange(0, clampInt(total));
            promise.setProgressValue(clampInt(at));
            return !promise.isCanceled();
        };
        const core::Status s = work(progress);
        db->closeConnection();
        if (!promise.isCanceled())
            promise.addResult(s);
    }));
    return true;
}

void CalendarFileDialog::cancelJob()
{
    if (!isRunning())
        return;
    m_done = {};
    m_watcher.cancel();
}

void CalendarFileDialog::reject()
{
    if (isRunning()) {
        // The first Cancel stops the work (the worker sees it at its next progress report);
        // the dialog stays to say so.
        m_cancelledByUser = true;
        showStatus(tr("Cancelling…"), false);
        cancelJob();
        return;
    }
    QDialog::reject();
}

} // namespace crm::ui
