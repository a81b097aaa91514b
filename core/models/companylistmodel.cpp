// SPDX-License-Identifier: GPL-3.0-or-later
#include "companylistmodel.h"

#include "models/contactlistmodel.h"
#include "models/listtags.h"

namespace crm::core {

CompanyListModel::CompanyListModel(DatabasePtr db, QObject *parent)
    : PagedListModel(std::move(db), QStringLiteral("companies"), QStringLiteral("companies_fts"),
                     QStringLiteral("name, industry, city, country, status, ") +
                         ListTags::expression(QStringLiteral("companies"),
                                              QStringLiteral("company_tags"),
                                              QStringLiteral("company_id")),
                     {{QStringLiteral("local_sort_name")},
                      {QStringLiteral("industry")},
                      {QStringLiteral("city")},
                      {QStringLiteral("country")},
                      {QStringLiteral("status")},
                      {QString(), true}},
                     parent)
{}

QVariant CompanyListModel::display(const QVariantList &v, int column) const
{
    if (column == Status)
        return column < v.size() ? lifecycleLabel(v[column].toString()) : QVariant();
    return column >= 0 && column < v.size() ? v[column] : QVariant();
}

QString CompanyListModel::header(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Industry:
        return tr("Industry");
    case City:
        return tr("City");
    case Country:
        return tr("Country");
    case Status:
        return tr("Status");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace crm::core
