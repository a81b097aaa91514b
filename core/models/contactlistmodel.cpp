// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactlistmodel.h"

#include "models/listtags.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace crm::core {

namespace {
// Values after rid, id and the sort value, in this order.
enum Value
{
    First,
    Last,
    CompanyName,
    Email,
    Phone,
    City,
    Status,
    Updated,
    TagList
};
} // namespace

QString lifecycleLabel(const QString &key)
{
    if (key == u"lead")
        return QCoreApplication::translate("crm::core::Lifecycle", "Lead");
    if (key == u"prospect")
        return QCoreApplication::translate("crm::core::Lifecycle", "Prospect");
    if (key == u"customer")
        return QCoreApplication::translate("crm::core::Lifecycle", "Customer");
    if (key == u"former")
        return QCoreApplication::translate("crm::core::Lifecycle", "Former customer");
    return key;
}

ContactListModel::ContactListModel(DatabasePtr db, QObject *parent)
    : PagedListModel(std::move(db), QStringLiteral("contacts"), QStringLiteral("contacts_fts"),
                     QStringLiteral("first_name, last_name, local_company_name, local_email, "
                                    "local_phone, city, status, local_updated_at, ") +
                         ListTags::expression(QStringLiteral("contacts"),
                                              QStringLiteral("contact_tags"),
                                              QStringLiteral("contact_id")),
                     {{QStringLiteral("local_sort_name")},
                      {QStringLiteral("local_company_name")},
                      {QStringLiteral("local_email")},
                      {QStringLiteral("local_phone")},
                      {QStringLiteral("city")},
                      {QStringLiteral("status")},
                      {QStringLiteral("local_updated_at")},
                      {QString(), true}},
                     parent)
{}

QVariant ContactListModel::display(const QVariantList &v, int column) const
{
    switch (column) {
    case Name: {
        const QString first = v[First].toString();
        const QString last = v[Last].toString();
        return first.isEmpty() ? last : last.isEmpty() ? first : first + u' ' + last;
    }
    case Company:
        return v[CompanyName];
    case Email:
        return v[Value::Email];
    case Phone:
        return v[Value::Phone];
    case City:
        return v[Value::City];
    case Status:
        return lifecycleLabel(v[Value::Status].toString());
    case Updated: {
        // The locale's short date and time, without seconds (some locales' short time has them).
        const QLocale locale;
        QString format = locale.dateTimeFormat(QLocale::ShortFormat);
        format.remove(QStringLiteral(":ss"));
        return locale.toString(QDateTime::fromMSecsSinceEpoch(v[Value::Updated].toLongLong()),
                               format);
    }
    case Tags:
        return v[TagList];
    default:
        return {};
    }
}

QString ContactListModel::header(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case City:
        return tr("City");
    case Status:
        return tr("Status");
    case Updated:
        return tr("Updated");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace crm::core
