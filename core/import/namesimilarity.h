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

} // namespace crm::core::import::NameSimilarity
