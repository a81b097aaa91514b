// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace crm::core {

// A column after a list model's own (a custom field): a header, an SQL expression over the
// list's row (`expression`, e.g. a subquery by the row's id) read with each page, and how its
// value is shown. A column with a `sortField` (a custom field's id) sorts by that field's
// values: rows with a value first, then rows without one; descending is the exact reverse. A
// numeric one (number, money) sorts by the amount. Other extra columns are not sorted by.
struct ExtraColumn
{
    QString header;
    QString expression;
    std::function<QVariant(const QVariant &)> show;
    QByteArray sortField;
    bool sortNumeric = false;
};

// A list model that takes extra columns (the contacts, companies and deals lists).
class ExtraColumnHost
{
public:
    virtual ~ExtraColumnHost() = default;
    virtual void setExtraColumns(QList<ExtraColumn> columns) = 0;
    virtual int ownColumnCount() const = 0;
    // How the expressions name the list's row: "contacts", "d".
    virtual QString rowName() const = 0;
};

} // namespace crm::core
