// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/company.h"
#include "domain/contact.h"

#include <QList>

namespace crm::core::Validation {

// Field names used in Error::field, so forms can show the message at the field:
// "firstName", "lastName", "email:N", "phone:N", "birthday", "status", "visibility",
// "name", "website", "phone".
QList<Error> check(const Contact &contact);
QList<Error> check(const Company &company);

bool isValidEmail(const QString &email);
bool isValidPhone(const QString &phone);
bool isValidWebsite(const QString &url);
// Strict YYYY-MM-DD, a real calendar day between 1900-01-01 and today.
Result<QDate> parseBirthday(const QString &text);

} // namespace crm::core::Validation
