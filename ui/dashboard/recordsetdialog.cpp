// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsetdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crm::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

RecordSetDialog::RecordSetDialog(core::DatabasePtr db, core::dashboard::RecordSet set,
                                 QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_set(std::move(set))
    , m_count(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_more(new QPushButton(tr("Show &more"), this))
{
    setObjectName(QStringLiteral("recordSetDialog"));
    setWindowTitle(m_set.title);
    auto *title = new QLabel(m_set.title, this);
    title->setObjectName(QStringLiteral("recordSetTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    title->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("recordSetCount"));
    QPalette muted = m_count->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_count->setPalette(muted);

    m_list->setObjectName(QStringLiteral("recordSetList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Name"), tr("Details"),
                             m_set.kind == core::RecordKind::Deal ? tr("Amount") : tr("Date")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });

    m_more->setObjectName(QStringLiteral("recordSetMoreButton"));
    m_more->setAutoDefault(false);
    connect(m_more, &QPushButton::clicked, this, &RecordSetDialog::loadMore);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_more, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 440);

    auto total = core::dashboard::RecordSets::count(m_db, m_set);
    m_total = total ? total.value() : 0;
    loadMore();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
}

void RecordSetDialog::loadMore()
{
    auto rows = core::dashboard::RecordSets::page(m_db, m_set, m_lastRid, PageSize);
    const QLocale locale;
    if (!rows) {
        m_count->setText(tr("The records could not be read: %1").arg(rows.error().message()));
        m_more->setVisible(false);
        return;
    }
    for (const core::dashboard::RecordRow &r : rows.value()) {
        auto *item = new QTreeWidgetItem(m_list, {r.title, r.detail, r.value});
        item->setData(0, IdRole, r.id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, r.title);
        m_lastRid = r.rid;
    }
    const int shown = m_list->topLevelItemCount();
    m_count->setText(shown < m_total ? tr("Records: %1 · showing the newest %2")
                                           .arg(locale.toString(m_total), locale.toString(shown))
                                     : tr("Records: %1").arg(locale.toString(m_total)));
    m_more->setVisible(shown < m_total);
}

void RecordSetDialog::openCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    emit openRecord(m_set.kind, item->data(0, IdRole).toByteArray());
}

} // namespace crm::ui
