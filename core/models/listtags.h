// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace crm::core {

// The Tags column of the contacts, companies and deals lists. Its value is read with each page
// of rows (one SQL expression per row of the page query, over the record's tag links), never
// one query per cell. Display and tooltip: the names, "vip, partner"; TagsRole: a QVariantList
// of QStringList{name, "#rrggbb" or ""}, in name order, for the chips delegate.
namespace ListTags {

constexpr int TagsRole = Qt::UserRole + 40;

// The SQL expression of a row's tags: `table` names the row ("contacts", "d"), `links` the
// link table and its record column ("contact_tags", "contact_id").
QString expression(const QString &table, const QString &links, const QString &recordColumn);
// DisplayRole, ToolTipRole or TagsRole data of the expression's value.
QVariant data(const QVariant &value, int role);

} // namespace ListTags

} // namespace crm::core
