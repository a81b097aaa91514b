// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace crm::core::TagLinks {

// The tags of a record through its link table (deal_tags/deal_id, company_tags/company_id),
// by name in folded order.
Result<QStringList> load(QSqlDatabase &db, const QString &linkTable, const QString &column,
                         const QByteArray &recordId);
// Makes the record's live links what `wanted` names (tags compared folded): a removed link
// is soft-deleted, one added again re-uses its old row, a new name creates its tag.
Status save(QSqlDatabase &db, const QString &linkTable, const QString &column,
            const QByteArray &recordId, const QStringList &wanted);
// The live tag named so (folded), created when there is none.
Result<QByteArray> tagId(QSqlDatabase &db, const QString &name);

} // namespace crm::core::TagLinks
