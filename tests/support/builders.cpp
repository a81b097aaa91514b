// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"

namespace crm::test {

core::Contact contact(const QString &first, const QString &last, const QString &email,
                      const QString &phone)
{
    core::Contact c;
    c.firstName = first;
    c.lastName = last;
    if (!email.isEmpty())
        c.emails << core::EmailAddress{{}, QStringLiteral("work"), email};
    if (!phone.isEmpty())
        c.phones << core::PhoneNumber{{}, QStringLiteral("mobile"), phone};
    return c;
}

core::Company company(const QString &name, const QString &city)
{
    core::Company c;
    c.name = name;
    c.city = city;
    return c;
}

core::Deal deal(const QString &title, qint64 amount, const QString &currency, int stage)
{
    core::Deal d;
    d.title = title;
    d.amount = amount;
    d.currency = currency;
    d.stageId = core::DefaultPipeline::stageId(stage);
    return d;
}

} // namespace crm::test
