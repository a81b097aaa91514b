// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistorydialog.h"

#include "common/messagebox.h"
#include "import/importbatches.h"
#include "importundo.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm::ui {

namespace {
const QString kGeometryKey = QStringLiteral("importHistoryDialog/geometry");
}

ImportHistoryDialog::ImportHistoryDialog(core::DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Import"), tr("Started"), tr("File"), tr("State"),
                                        tr("Created"), tr("Updated"), tr("Skipped"),
                                        tr("Invalid")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("importHistoryButtonBox"));
    m_undoButton = buttons->addButton(tr("&Undo Import"), QDialogButtonBox::ActionRole);
    m_undoButton->setObjectName(QStringLiteral("importHistoryUndoButton"));
    connect(m_undoButton, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_undoButton->setEnabled(
            row >= 0 && m_table->item(row, 3) &&
            m_table->item(row, 3)->data(Qt::UserRole).toString() != u"undone" &&
            m_table->item(row, 3)->data(Qt::UserRole).toString() != u"cancelled");
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 420);
    if (const QByteArray g = QSettings().value(kGeometryKey).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    reload();
}

ImportHistoryDialog::~ImportHistoryDialog()
{
    QSettings().setValue(kGeometryKey, saveGeometry());
}

void ImportHistoryDialog::reload()
{
    auto batches = core::import::ImportBatches(m_db).list(500);
    m_table->setRowCount(0);
    m_undoButton->setEnabled(false);
    if (!batches)
        return;
    const QLocale l;
    m_table->setRowCount(int(batches->size()));
    for (int r = 0; r < batches->size(); ++r) {
        const auto &b = batches->at(r);
        const QString state = b.state == u"applied"     ? tr("Imported")
                              : b.state == u"undone"    ? tr("Undone")
                              : b.state == u"cancelled" ? tr("Cancelled")
                                                        : tr("Interrupted");
        const QStringList cells = {
            l.toString(b.id),
            l.toString(QDateTime::fromMSecsSinceEpoch(b.startedAt), QLocale::ShortFormat),
            b.source,
            state,
            l.toString(b.created),
            l.toString(b.updated),
            l.toString(b.skipped),
            l.toString(b.invalid)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, c == 3 ? QVariant(b.state) : QVariant(b.id));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void ImportHistoryDialog::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (MessageBox::question(this, tr("Undo Import"),
                             tr("Undo import %1: delete the contacts it created and restore the "
                                "ones it updated?")
                                 .arg(QLocale().toString(id))) != QMessageBox::Yes)
        return;
    m_undoButton->setEnabled(false);
    QPointer<ImportHistoryDialog> self = this;
    undoImportInBackground(this, m_db, id, [self](const core::Status &s) {
        if (!self)
            return;
        if (const QString problem = importUndoProblem(s); !problem.isEmpty())
            MessageBox::warning(self, tr("Undo Import"), problem);
        emit self->undone(); // a stopped undo changed records too
        self->reload();
    });
}

} // namespace crm::ui
