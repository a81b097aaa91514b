// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/customfield.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

struct sqlite3;

namespace crm::core {

// What a list's search box holds, read as free words and `field:value` filters:
//     anna status:customer city:"New York" tag:vip industry_segment:retail
// Words go to the search index as before. A filter names a built-in field of the list
// (contacts: status, city, country, company, title, owner, tag; companies: industry, city,
// country, owner, status, tag; deals: stage, pipeline, owner, tag, company, currency, status
// — open, won or lost) or a custom field by its key; its value may be quoted. Values compare
// folded (case and accents: "riga" finds "Rīga"); a choice, yes/no, number, date or money
// compares by its canonical value, a multiple choice by one of its choices. An unknown field,
// status, tag or choice is an error that names it, and the list shows nothing rather than
// everything. Each filter is an SQL condition over the list table's row, with `?` binds.
struct ListFilter
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::ListFilter)

public:
    QString words;          // the free text, for SearchIndex::matchExpression()
    QStringList conditions; // SQL over the table's row (named by the table)
    QVariantList binds;     // for the `?` of the conditions, in order
    QString error;          // translated, empty when the text is understood
    QStringList fields;     // the fields filtered by ("status", "tag", a custom key …)

    bool hasConditions() const { return !conditions.isEmpty(); }

    // `table` is "contacts", "companies" or "deals"; the conditions name the row `alias`
    // (the table when empty).
    static ListFilter parse(const QString &text, const QString &table, const DatabasePtr &db,
                            const QString &alias = {});
    // The filter text for `key` equal to `value` — tag:vip, tag:"key account" — as parse()
    // reads it back (a value with white space is quoted).
    static QString term(const QString &key, const QString &value);
    // Registers crm_fold(text) — TextFolder::fold() — on a connection.
    static bool registerFunction(sqlite3 *handle);
};

} // namespace crm::core
