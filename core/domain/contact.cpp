// SPDX-License-Identifier: GPL-3.0-or-later
#include "contact.h"

namespace crm::core {

QString lifecycleKey(LifecycleStatus status)
{
    switch (status) {
    case LifecycleStatus::Lead:
        return QStringLiteral("lead");
    case LifecycleStatus::Prospect:
        return QStringLiteral("prospect");
    case LifecycleStatus::Customer:
        return QStringLiteral("customer");
    case LifecycleStatus::Former:
        return QStringLiteral("former");
    }
    return QStringLiteral("lead");
}

bool parseLifecycle(const QString &key, LifecycleStatus *status)
{
    static const LifecycleStatus all[] = {LifecycleStatus::Lead, LifecycleStatus::Prospect,
                                          LifecycleStatus::Customer, LifecycleStatus::Former};
    for (LifecycleStatus s : all) {
        if (key.compare(lifecycleKey(s), Qt::CaseInsensitive) == 0) {
            *status = s;
            return true;
        }
    }
    return false;
}

QStringList contactLabels()
{
    return {QStringLiteral("work"), QStringLiteral("mobile"), QStringLiteral("home"),
            QStringLiteral("other")};
}

QString Contact::displayName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + u' ' + lastName;
}

} // namespace crm::core
