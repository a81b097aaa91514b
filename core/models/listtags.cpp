// SPDX-License-Identifier: GPL-3.0-or-later
#include "listtags.h"

#include <QStringList>

namespace crm::core::ListTags {

namespace {
// Separators no tag name holds: unit (name from colour) and record (tag from tag).
constexpr QChar kUnit = QChar(0x1f);
constexpr QChar kRecord = QChar(0x1e);
} // namespace

QString expression(const QString &table, const QString &links, const QString &recordColumn)
{
    // One lookup along the link table's record index per row of a page.
    return u"(SELECT group_concat(x, char(30)) FROM (SELECT t.name || char(31) || t.color AS x"
           u" FROM " +
           links + u" l JOIN tags t ON t.id = l.tag_id WHERE l." + recordColumn + u" = " + table +
           u".id AND l.deleted = 0 AND t.deleted = 0 ORDER BY t.local_key))";
}

QVariant data(const QVariant &value, int role)
{
    const QString packed = value.toString();
    QVariantList tags;
    QStringList names;
    if (!packed.isEmpty()) {
        const QStringList records = packed.split(kRecord);
        for (const QString &r : records) {
            const QStringList parts = r.split(kUnit);
            names << parts.value(0);
            tags << QVariant(QStringList{parts.value(0), parts.value(1)});
        }
    }
    if (role == TagsRole)
        return tags;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return names.isEmpty() ? QVariant() : QVariant(names.join(QStringLiteral(", ")));
    return {};
}

} // namespace crm::core::ListTags
