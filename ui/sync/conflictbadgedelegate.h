// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIcon>
#include <QSet>
#include <QStyledItemDelegate>

namespace crm::ui {

// Paints a small warning badge at the end of the name cell of a record with open conflicts
// (the record's id from PagedListModel::IdRole) and says why in its tooltip.
class ConflictBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ConflictBadgeDelegate(QObject *parent = nullptr);

    void setRecords(const QSet<QByteArray> &ids) { m_ids = ids; }
    bool hasBadge(const QModelIndex &index) const;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QSet<QByteArray> m_ids;
    QIcon m_icon;
};

} // namespace crm::ui
