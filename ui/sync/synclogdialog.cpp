// SPDX-License-Identifier: GPL-3.0-or-later
#include "synclogdialog.h"

#include "common/icons.h"
#include "common/readonlytable.h"
#include "sync/syncdescriber.h"
#include "sync/synclog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace crm::ui {

namespace {
const QString kGeometryKey = QStringLiteral("syncLogDialog/geometry");
const QString kHeaderKey = QStringLiteral("syncLogDialog/header");

using core::sync::SyncLogEntry;

QString outcomeText(SyncLogEntry::Outcome outcome)
{
    switch (outcome) {
    case SyncLogEntry::Outcome::Ok:
        return SyncLogDialog::tr("Synced");
    case SyncLogEntry::Outcome::Offline:
        return SyncLogDialog::tr("Offline");
    case SyncLogEntry::Outcome::SignedOut:
        return SyncLogDialog::tr("Sign-in needed");
    case SyncLogEntry::Outcome::Failed:
        break;
    }
    return SyncLogDialog::tr("Failed");
}

QIcon outcomeIcon(SyncLogEntry::Outcome outcome)
{
    switch (outcome) {
    case SyncLogEntry::Outcome::Ok:
        return Icons::themed(QStringLiteral("emblem-ok"), QStringLiteral("sync-done"));
    case SyncLogEntry::Outcome::Offline:
        return Icons::themed(QStringLiteral("network-offline"), QStringLiteral("sync-offline"));
    default:
        return Icons::themed(QStringLiteral("dialog-warning"), QStringLiteral("sync-attention"));
    }
}

QDateTime timeOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms);
}

QString whenText(const SyncLogEntry &e)
{
    const QString last = SyncDescriber::when(timeOf(e.finishedAt));
    if (e.repeats <= 1)
        return last;
    //: A line of the sync log that stands for several runs alike (never fewer than two):
    //: "14:03, 12 times since 11:05"
    return SyncLogDialog::tr("%1, %n times since %2", nullptr, e.repeats)
        .arg(last, SyncDescriber::when(timeOf(e.startedAt)));
}

QString detailsText(const SyncLogEntry &e)
{
    if (!e.message.isEmpty())
        return QString(e.message).replace(u'\n', QStringLiteral("; "));
    if (e.outcome == SyncLogEntry::Outcome::Ok && e.isIdle())
        return SyncLogDialog::tr("Nothing new either way");
    if (e.report.duplicates > 0)
        return SyncLogDialog::tr("Changes that had reached the server before: %1")
            .arg(QLocale().toString(e.report.duplicates));
    return {};
}
} // namespace

SyncLogDialog::SyncLogDialog(core::DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("syncLogDialog"));
    setWindowTitle(tr("Sync Log"));
    setWindowIcon(Icons::app());
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("syncLogSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = ReadOnlyTable::create(
        QStringLiteral("syncLogTable"),
        {tr("When"), tr("Result"), tr("Sent"), tr("Received"), tr("Conflicts"), tr("Details")});
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("syncLogButtonBox"));
    auto *syncButton = buttons->addButton(tr("Sync now"), QDialogButtonBox::ActionRole);
    syncButton->setObjectName(QStringLiteral("syncLogSyncButton"));
    m_clear = buttons->addButton(tr("Clear log"), QDialogButtonBox::ActionRole);
    m_clear->setObjectName(QStringLiteral("syncLogClearButton"));
    m_clear->setToolTip(tr("Forget the lines listed here (nothing else changes)"));
    connect(syncButton, &QPushButton::clicked, this, &SyncLogDialog::syncRequested);
    connect(m_clear, &QPushButton::clicked, this, &SyncLogDialog::clearLog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    const int em = fontMetrics().horizontalAdvance(u'M');
    m_table->setColumnWidth(0, 24 * em);
    m_table->setColumnWidth(1, 10 * em);
    for (int c = 2; c <= 4; ++c) // the counts, at least as wide as their translated headers
        m_table->setColumnWidth(c,
                                std::max(6 * em, m_table->horizontalHeader()->sectionSizeHint(c)));
    resize(860, 460);
    QSettings settings;
    if (const QByteArray g = settings.value(kGeometryKey).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray h = settings.value(kHeaderKey).toByteArray(); !h.isEmpty())
        m_table->horizontalHeader()->restoreState(h);
    reload();
}

SyncLogDialog::~SyncLogDialog()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void SyncLogDialog::reload()
{
    const QLocale locale;
    auto runs = core::sync::SyncLog(m_db).recent();
    m_table->setRowCount(0);
    if (!runs) {
        m_summary->setText(tr("The sync log cannot be read: %1").arg(runs.error().message()));
        m_clear->setEnabled(false);
        return;
    }
    int row = 0;
    const SyncLogEntry *lastGood = nullptr;
    for (const SyncLogEntry &e : std::as_const(*runs)) {
        if (!lastGood && e.outcome == SyncLogEntry::Outcome::Ok)
            lastGood = &e;
        m_table->insertRow(row);
        ReadOnlyTable::setRow(m_table, row,
                              {whenText(e), outcomeText(e.outcome),
                               locale.toString(e.report.pushed), locale.toString(e.report.pulled),
                               locale.toString(e.report.conflicts), detailsText(e)});
        m_table->item(row, 1)->setIcon(outcomeIcon(e.outcome));
        for (int c = 2; c <= 4; ++c)
            m_table->item(row, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!e.server.isEmpty())
            m_table->item(row, 0)->setToolTip(tr("%1 with %2").arg(whenText(e), e.server));
        ++row;
    }
    if (runs->isEmpty())
        m_summary->setText(tr("This laptop has not synced yet."));
    else if (!lastGood)
        m_summary->setText(tr("No sync has succeeded in the runs listed here."));
    else
        m_summary->setText(
            tr("Last successful sync: %1.").arg(SyncDescriber::when(timeOf(lastGood->finishedAt))));
    m_clear->setEnabled(!runs->isEmpty());
}

void SyncLogDialog::clearLog()
{
    (void)core::sync::SyncLog(m_db).clear();
    reload();
}

} // namespace crm::ui
