// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace crm::core {

// Folds text for search and sorting with ICU: case, accents, letters Unicode does not
// decompose (Ł, Ø, ß), Greek accents and final sigma, Russian Ё — and transliterates
// Cyrillic and Greek to Latin, so "berzins" finds "Bērziņš", "lodz" finds "Łódź" and
// "ivanov" finds "Иванов". Thread-safe (one set of ICU transliterators per thread).
class TextFolder
{
public:
    // The canonical form: Latin, ASCII where possible, lower case. Queries and sort keys.
    static QString fold(const QString &text);
    // Whether the text is ASCII alone: folding it is lowering its case, no ICU.
    static bool isAscii(const QString &text);
    // Every form worth indexing: the canonical one plus the transliterations people type on
    // a Latin keyboard (BGN for Russian: "zhukov", "shchukin"; UNGEGN for Greek: "chatzis").
    static QString indexForms(const QString &text);
    // The digits of a phone number and its forms without a country code of 1-3 digits,
    // so "29123456" finds "+371 2912 3456".
    static QString phoneForms(const QString &phone);
    static QString digits(const QString &text);
    // The text without its combining accents, case and script kept: "Bērziņš" → "Berzins",
    // "Θοδωρής" → "Θοδωρης" — a name as an export without diacritics holds it.
    static QString withoutAccents(const QString &text);
    // True when the text is a phone number (digits with phone punctuation, three or more digits).
    static bool looksLikePhone(const QString &text);
};

} // namespace crm::core
