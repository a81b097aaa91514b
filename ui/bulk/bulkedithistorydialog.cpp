// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkedithistorydialog.h"

#include "bulk/bulkeditcommand.h"
#include "bulk/bulkjob.h"
#include "common/messagebox.h"
#include "services/bulkedit.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm::ui {

namespace {

const QString kGeometryKey = QStringLiteral("bulkEditHistoryDialog/geometry");

enum Column
{
    Number,
    Started,
    List,
    Change,
    Matched,
    Changed,
    State,
    Columns
};

} // namespace

BulkEditHistoryDialog::BulkEditHistoryDialog(core::DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("bulkEditHistoryDialog"));
    setWindowTitle(tr("Bulk Edit History"));
    auto *intro = new QLabel(tr("The last %1 bulk edits. Undo puts back each record's earlier "
                                "value, also after a restart; a record changed since the bulk "
                                "edit keeps its newer value.")
                                 .arg(QLocale().toString(core::BulkEdit::Kept)));
    intro->setWordWrap(true);
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("bulkEditHistoryTable"));
    m_table->setColumnCount(Columns);
    m_table->setHorizontalHeaderLabels({tr("Edit"), tr("Started"), tr("List"), tr("Change"),
                                        tr("Matched"), tr("Changed"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("bulkEditHistoryButtonBox"));
    m_undoButton = buttons->addButton(tr("&Undo Bulk Edit"), QDialogButtonBox::ActionRole);
    m_undoButton->setObjectName(QStringLiteral("bulkEditHistoryUndoButton"));
    connect(m_undoButton, &QPushButton::clicked, this, &BulkEditHistoryDialog::undoSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &BulkEditHistoryDialog::updateButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 420);
    if (const QByteArray g = QSettings().value(kGeometryKey).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    reload();
}

BulkEditHistoryDialog::~BulkEditHistoryDialog()
{
    QSettings().setValue(kGeometryKey, saveGeometry());
}

void BulkEditHistoryDialog::reload()
{
    auto edits = core::BulkEdit(m_db).history();
    m_table->setRowCount(0);
    m_undoButton->setEnabled(false);
    if (!edits) {
        MessageBox::warning(this, windowTitle(), edits.error().message());
        return;
    }
    const QLocale l;
    m_table->setRowCount(int(edits->size()));
    for (int r = 0; r < edits->size(); ++r) {
        const core::BulkEditRecord &e = edits->at(r);
        const QString list = e.entity == core::CustomEntity::Company ? tr("Companies")
                             : e.entity == core::CustomEntity::Deal  ? tr("Deals")
                                                                     : tr("Contacts");
        QString state = e.state == u"applied"   ? tr("Done")
                        : e.state == u"undone"  ? tr("Undone")
                        : e.state == u"undoing" ? tr("Undo interrupted")
                                                : tr("Interrupted");
        if (e.left > 0)
            state += u" · " + tr("%n left as changed since", nullptr, e.left);
        const QStringList cells = {
            l.toString(e.id),
            l.toString(QDateTime::fromMSecsSinceEpoch(e.startedAt), QLocale::ShortFormat),
            list,
            e.description,
            l.toString(e.matched),
            l.toString(e.changed),
            state};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == Number)
                item->setData(Qt::UserRole, e.id);
            if (c == List)
                item->setData(Qt::UserRole, int(e.entity));
            if (c == State)
                item->setData(Qt::UserRole, e.state);
            if (c == Number || c == Matched || c == Changed)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Change, QHeaderView::Stretch);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void BulkEditHistoryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *state = row >= 0 ? m_table->item(row, State) : nullptr;
    m_undoButton->setEnabled(state && state->data(Qt::UserRole).toString() != u"undone" &&
                             BulkJob::running() == 0);
}

void BulkEditHistoryDialog::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, Number)->data(Qt::UserRole).toLongLong();
    const QString what = m_table->item(row, Change)->text();
    if (MessageBox::question(this, tr("Undo Bulk Edit"),
                             tr("Undo bulk edit %1 (%2): put back the earlier value of each "
                                "record it changed?")
                                 .arg(QLocale().toString(id), what)) != QMessageBox::Yes)
        return;
    m_undoButton->setEnabled(false);
    const auto entity = core::CustomEntity(m_table->item(row, List)->data(Qt::UserRole).toInt());
    QPointer<BulkEditHistoryDialog> self = this;
    BulkEditCommand::undoInBackground(
        this, m_db, id, tr("Undoing: %1…").arg(what),
        [self, entity](const core::Result<core::BulkUndoOutcome> &result) {
            if (!self)
                return;
            // A failed undo may have put back some batches: the lists reload either way.
            emit self->undone(entity);
            self->reload();
            if (!result)
                MessageBox::warning(self, tr("Undo Bulk Edit"), result.error().message());
            else if (!result->left.isEmpty())
                MessageBox::information(
                    self, tr("Undo Bulk Edit"),
                    BulkEditCommand::leftReport(result->restored, int(result->left.size())));
        });
}

} // namespace crm::ui
