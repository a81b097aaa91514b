// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/pagedlistmodel.h"

namespace crm::core {

// All live companies, paged from SQL; every column sorts by its own index.
class CompanyListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Industry,
        City,
        Country,
        Status,
        Tags,
        ColumnCount
    };

    explicit CompanyListModel(DatabasePtr db, QObject *parent = nullptr);

protected:
    QVariant display(const QVariantList &values, int column) const override;
    QString header(int column) const override;
};

} // namespace crm::core
