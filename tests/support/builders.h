// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/company.h"
#include "domain/contact.h"
#include "domain/deal.h"

namespace crm::test {

// A valid contact to start from; tests change what they care about.
core::Contact contact(const QString &first, const QString &last, const QString &email = {},
                      const QString &phone = {});
core::Company company(const QString &name, const QString &city = {});
// A deal of `amount` minor units in the default pipeline's stage `stage` (0 Research … 3
// Negotiation, 4 Won, 5 Lost).
core::Deal deal(const QString &title, qint64 amount, const QString &currency, int stage = 0);

} // namespace crm::test
