// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace crm::core::import::NameSimilarity {

// Jaro-Winkler similarity of two strings, 0 (nothing alike) to 1 (equal).
double jaroWinkler(QStringView a, QStringView b);

// How alike two people's names are, 0 to 1, after folding both with TextFolder (case,
// diacritics, Cyrillic and Greek to Latin), so "Jānis Bērziņš" and "Janis Berzins" are 1 and
// "Иван Петров" and "Ivan Petrov" are 1. First and last names are compared part by part,
// also swapped (exports that put the family name first).
double compare(const QString &firstA, const QString &lastA, const QString &firstB,
               const QString &lastB);

// compare() of names already folded (TextFolder::fold) and simplified: a scan folds each
// record's name once and compares it with many.
double compareFolded(QStringView firstA, QStringView lastA, QStringView firstB, QStringView lastB);

// Whether two folded first names can be one person's: equal, one empty, one an initial of the
// other ("j." / "janis"), one the start of the other ("alex" / "alexander"), or a typo (one
// edit apart, two in names of eight letters or more: "katrin" / "katlin"). "dace" / "darta"
// and "anna" / "anita" do not agree: other names, other people.
bool firstNamesAgree(QStringView a, QStringView b);

} // namespace crm::core::import::NameSimilarity
