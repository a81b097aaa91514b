// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/pagedlistmodel.h"

namespace crm::core {

// All live contacts, paged from SQL; every column sorts by its own index.
class ContactListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Company,
        Email,
        Phone,
        City,
        Status,
        Updated,
        Tags,
        ColumnCount
    };

    explicit ContactListModel(DatabasePtr db, QObject *parent = nullptr);

protected:
    QVariant display(const QVariantList &values, int column) const override;
    QString header(int column) const override;
};

// Translated label of a lifecycle key ("lead" → "Lead").
QString lifecycleLabel(const QString &key);

} // namespace crm::core
