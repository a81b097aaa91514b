// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/company.h"
#include "domain/contact.h"

namespace crm::test {

// A valid contact to start from; tests change what they care about.
core::Contact contact(const QString &first, const QString &last, const QString &email = {},
                      const QString &phone = {});
core::Company company(const QString &name, const QString &city = {});

} // namespace crm::test
