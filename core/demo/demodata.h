// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/company.h"
#include "domain/contact.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace crm::core::DemoData {

// Realistic, deterministic sample data with names in English, Latvian, Russian, Estonian,
// Polish and Greek (native scripts, with their diacritics), e-mails, phones in each
// country's format, cities, titles, statuses, tags and birthdays.
QList<Company> makeCompanies(int count, quint32 seed);
// Contacts linked at random to `companyIds` (some without a company).
QList<Contact> makeContacts(int count, quint32 seed, const QList<QByteArray> &companyIds);

// Contacts number `first` … `first + count - 1` of the endless sequence for `seed`. Each
// contact depends only on the seed and its number, so a large set can be made in chunks with
// flat memory and the same result whatever the chunk size. Contacts prefer a company of their
// own country from `companies` (as made by makeCompanies, with ids once stored) and take
// their work e-mail from its website.
QList<Contact> makeContactRange(qint64 first, int count, quint32 seed,
                                const QList<Company> &companies);

// Fills a database: ~count/8 companies and `contacts` contacts, in batched transactions,
// then their sales life around `now` (invalid: the current time; see addSalesLife), all
// through the repositories (so everything is captured for sync). `progress(done)` may
// return false to cancel. Returns the number of contacts written.
Result<int> populate(const DatabasePtr &db, int contacts = 300, quint32 seed = 2026,
                     const std::function<bool(int)> &progress = {}, const QDateTime &now = {});

} // namespace crm::core::DemoData
