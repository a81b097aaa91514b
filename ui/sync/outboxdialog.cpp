// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxdialog.h"

#include "common/icons.h"
#include "common/readonlytable.h"
#include "sync/localreplica.h"
#include "sync/syncdescriber.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm::ui {

namespace {
const QString kGeometryKey = QStringLiteral("outboxDialog/geometry");
const QString kPendingHeaderKey = QStringLiteral("outboxDialog/pendingHeader");
const QString kRefusedHeaderKey = QStringLiteral("outboxDialog/refusedHeader");
} // namespace

OutboxDialog::OutboxDialog(core::DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Outbox"));
    setWindowIcon(Icons::app());
    auto *layout = new QVBoxLayout(this);

    m_pendingLabel = new QLabel;
    m_pendingLabel->setObjectName(QStringLiteral("outboxPendingLabel"));
    layout->addWidget(m_pendingLabel);
    m_pending =
        ReadOnlyTable::create(QStringLiteral("outboxPendingTable"),
                              {tr("Record"), tr("Name"), tr("Field"), tr("New value"), tr("When")});
    layout->addWidget(m_pending, 2);

    m_refusedLabel = new QLabel;
    m_refusedLabel->setObjectName(QStringLiteral("outboxRefusedLabel"));
    layout->addWidget(m_refusedLabel);
    m_refused =
        ReadOnlyTable::create(QStringLiteral("outboxRefusedTable"),
                              {tr("Record"), tr("Name"), tr("Field"), tr("Reason"), tr("When")});
    layout->addWidget(m_refused, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("outboxButtonBox"));
    auto *syncButton = buttons->addButton(tr("Sync now"), QDialogButtonBox::ActionRole);
    syncButton->setObjectName(QStringLiteral("outboxSyncButton"));
    m_dismiss = buttons->addButton(tr("Clear refused"), QDialogButtonBox::ActionRole);
    m_dismiss->setObjectName(QStringLiteral("outboxDismissButton"));
    m_dismiss->setToolTip(tr("Forget the refused changes listed here (they stay refused)"));
    connect(syncButton, &QPushButton::clicked, this, &OutboxDialog::syncRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &OutboxDialog::dismissRefusedRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    const int em = fontMetrics().horizontalAdvance(u'M');
    for (QTableWidget *t : {m_pending, m_refused}) {
        t->setColumnWidth(0, 9 * em);
        t->setColumnWidth(1, 14 * em);
        t->setColumnWidth(2, 9 * em);
        t->setColumnWidth(3, 18 * em);
    }
    resize(820, 520);
    QSettings settings;
    if (const QByteArray g = settings.value(kGeometryKey).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray h = settings.value(kPendingHeaderKey).toByteArray(); !h.isEmpty())
        m_pending->horizontalHeader()->restoreState(h);
    if (const QByteArray h = settings.value(kRefusedHeaderKey).toByteArray(); !h.isEmpty())
        m_refused->horizontalHeader()->restoreState(h);
    reload();
}

OutboxDialog::~OutboxDialog()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kPendingHeaderKey, m_pending->horizontalHeader()->saveState());
    settings.setValue(kRefusedHeaderKey, m_refused->horizontalHeader()->saveState());
}

void OutboxDialog::reload()
{
    const SyncDescriber describer(m_db);
    const QLocale locale;
    core::sync::LocalReplica replica(m_db);
    const auto total = replica.pendingCount();
    const auto acked = replica.setting(QStringLiteral("sync_push_acked"));
    QSqlDatabase db = m_db->connection();

    // The outbox: this laptop's log entries above the counter the server acknowledged.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT hlc, tbl, row, col, new_value FROM change_log WHERE "
                             "device = ? AND counter > ? ORDER BY counter LIMIT ?"));
    q.addBindValue(m_db->deviceId());
    q.addBindValue(acked ? acked->toLongLong() : 0);
    q.addBindValue(MaxRows);
    m_pending->setRowCount(0);
    if (q.exec()) {
        int row = 0;
        while (q.next()) {
            const QString table = q.value(1).toString();
            const QByteArray id = q.value(2).toByteArray();
            const QString column = q.value(3).toString();
            m_pending->insertRow(row);
            ReadOnlyTable::setRow(
                m_pending, row,
                {SyncDescriber::tableLabel(table), describer.recordName(table, id),
                 SyncDescriber::fieldLabel(table, column),
                 column.isEmpty() ? tr("new record") : describer.value(table, column, q.value(4)),
                 SyncDescriber::when(SyncDescriber::timeOfClock(q.value(0).toULongLong()))});
            ++row;
        }
    }
    const qint64 waiting = total ? *total : m_pending->rowCount();
    m_pendingLabel->setText(
        waiting == 0 ? tr("Nothing is waiting to be sent.")
        : waiting > m_pending->rowCount()
            ? tr("Changes waiting to be sent: %1 (the first %2 are listed).")
                  .arg(locale.toString(waiting), locale.toString(m_pending->rowCount()))
            : tr("Changes waiting to be sent: %1.").arg(locale.toString(waiting)));

    QSqlQuery r(db);
    r.prepare(QStringLiteral(
        "SELECT tbl, row, col, reason, at FROM sync_rejections ORDER BY at DESC LIMIT ?"));
    r.addBindValue(MaxRows);
    m_refused->setRowCount(0);
    if (r.exec()) {
        int row = 0;
        while (r.next()) {
            const QString table = r.value(0).toString();
            m_refused->insertRow(row);
            ReadOnlyTable::setRow(
                m_refused, row,
                {SyncDescriber::tableLabel(table),
                 describer.recordName(table, r.value(1).toByteArray()),
                 SyncDescriber::fieldLabel(table, r.value(2).toString()), r.value(3).toString(),
                 SyncDescriber::when(QDateTime::fromMSecsSinceEpoch(r.value(4).toLongLong()))});
            ++row;
        }
    }
    m_refusedLabel->setText(m_refused->rowCount() == 0
                                ? tr("The server refused no changes.")
                                : tr("Changes the server refused: %1. They are not sent again.")
                                      .arg(locale.toString(m_refused->rowCount())));
    m_dismiss->setEnabled(m_refused->rowCount() > 0);
}

} // namespace crm::ui
