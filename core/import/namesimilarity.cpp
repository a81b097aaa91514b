// SPDX-License-Identifier: GPL-3.0-or-later
#include "namesimilarity.h"

#include "search/textfolder.h"

#include <algorithm>
#include <vector>

namespace crm::core::import::NameSimilarity {

double jaroWinkler(QStringView a, QStringView b)
{
    if (a == b)
        return a.isEmpty() ? 0.0 : 1.0;
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 || lb == 0)
        return 0.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    std::vector<bool> matchedA(la), matchedB(lb);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(lb - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!matchedB[j] && a[i] == b[j]) {
                matchedA[i] = matchedB[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < la; ++i) {
        if (!matchedA[i])
            continue;
        while (!matchedB[j])
            ++j;
        if (a[i] != b[j])
            ++transpositions;
        ++j;
    }
    const double m = double(matches);
    const double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

double compare(const QString &firstA, const QString &lastA, const QString &firstB,
               const QString &lastB)
{
    const QString fa = TextFolder::fold(firstA.simplified());
    const QString la = TextFolder::fold(lastA.simplified());
    const QString fb = TextFolder::fold(firstB.simplified());
    const QString lb = TextFolder::fold(lastB.simplified());
    auto pairScore = [](const QString &f1, const QString &l1, const QString &f2,
                        const QString &l2) {
        // A missing first name on one side compares the last names alone, a little less sure.
        if (f1.isEmpty() || f2.isEmpty())
            return (l1.isEmpty() || l2.isEmpty()) ? 0.0 : jaroWinkler(l1, l2) * 0.9;
        if (l1.isEmpty() || l2.isEmpty())
            return jaroWinkler(f1, f2) * 0.9;
        // The last name weighs more: first names repeat (and have short forms).
        return 0.6 * jaroWinkler(l1, l2) + 0.4 * jaroWinkler(f1, f2);
    };
    return std::max(pairScore(fa, la, fb, lb), pairScore(fa, la, lb, fb) * 0.95);
}

} // namespace crm::core::import::NameSimilarity
