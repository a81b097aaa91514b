// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace crm::core::DemoData {

// The raw word lists of the demo data, one set per country, in UTF-8. Pure data: the
// generator (demodata.cpp) turns them into QStrings and ASCII forms once.
enum class Country
{
    Latvia,
    Estonia,
    Russia,
    Poland,
    Greece,
    UnitedKingdom
};
constexpr int CountryCount = 6;

enum class StreetStyle
{
    NameNumberFlat, // "Brīvības iela 42-7" (Latvia, Estonia)
    RussianStyle,   // "ул. Ленина, д. 12, кв. 34"
    PolishStyle,    // "ul. Długa 12/4"
    NameNumber,     // "Ερμού 45"
    NumberName,     // "42 High Street"
};

struct RawCity
{
    const char *name;
    const char *postal;   // '#' a digit, '@' a capital letter
    const char *landline; // '#' a digit; null: the country's default
    int weight;
};

struct RawCompanyNoun
{
    const char *text;
    const char *industry;
    bool plural; // Greek: takes the plural adjective
};

struct RawLocale
{
    Country country;
    const char *countryName;
    const char *tld;
    StreetStyle streetStyle;
    std::span<const char *const> maleFirst;
    std::span<const char *const> femaleFirst;
    // "male|female" where the language genders surnames irregularly; a single form is
    // invariable or derived by rule (Russian -ов/-ова, Polish -ski/-ska).
    std::span<const char *const> surnames;
    std::span<const RawCity> cities;
    std::span<const char *const> streets;
    std::span<const char *const> mobiles; // patterns, '#' a digit
    const char *landline;                 // default landline pattern
    std::span<const char *const> freeMail;
    std::span<const char *const> titles; // "male|female" or one form
    // Company names: "<adjective> <noun>" plus a legal form; adjectives "singular|plural".
    std::span<const char *const> companyAdjectives;
    std::span<const RawCompanyNoun> companyNouns;
    std::span<const char *const> legalForms; // "%1" is the name
    const char *partnersForm;                // "%1" a surname: "%1 un partneri"
};

std::span<const RawLocale> rawLocales();

} // namespace crm::core::DemoData
