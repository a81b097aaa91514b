// SPDX-License-Identifier: GPL-3.0-or-later
#include "namesimilarity.h"

#include "search/textfolder.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>

namespace crm::core::import::NameSimilarity {

namespace {

// Jaro-Winkler with the match flags in `matchedA` / `matchedB` (cleared, la and lb long).
double jaroWinklerWith(QStringView a, QStringView b, bool *matchedA, bool *matchedB)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
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

double pairScore(QStringView f1, QStringView l1, QStringView f2, QStringView l2)
{
    using NameSimilarity::jaroWinkler;
    // A missing first name on one side compares the last names alone, a little less sure.
    if (f1.isEmpty() || f2.isEmpty())
        return (l1.isEmpty() || l2.isEmpty()) ? 0.0 : jaroWinkler(l1, l2) * 0.9;
    if (l1.isEmpty() || l2.isEmpty())
        return jaroWinkler(f1, f2) * 0.9;
    // The last name weighs more: first names repeat (and have short forms).
    return 0.6 * jaroWinkler(l1, l2) + 0.4 * jaroWinkler(f1, f2);
}

// Whether a and b are at most `limit` edits apart (optimal string alignment distance).
bool typos(QStringView a, QStringView b, qsizetype limit)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (std::abs(la - lb) > limit)
        return false;
    if (la > 62 || lb > 62)
        return false;
    std::array<std::array<qsizetype, 64>, 3> rows{}; // two rows back, one back, this one
    for (qsizetype j = 0; j <= lb; ++j)
        rows[1][size_t(j)] = j;
    for (qsizetype i = 1; i <= la; ++i) {
        auto &cur = rows[(i + 1) % 3];
        const auto &prev = rows[i % 3];
        const auto &prev2 = rows[(i + 2) % 3];
        cur[0] = i;
        qsizetype best = cur[0];
        for (qsizetype j = 1; j <= lb; ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            qsizetype d =
                std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = d;
            best = std::min(best, d);
        }
        if (best > limit)
            return false;
    }
    return rows[(la + 1) % 3][size_t(lb)] <= limit;
}

} // namespace

double jaroWinkler(QStringView a, QStringView b)
{
    if (a == b)
        return a.isEmpty() ? 0.0 : 1.0;
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 || lb == 0)
        return 0.0;
    // Names are short: their match flags live on the stack (a duplicate scan compares millions).
    constexpr qsizetype Short = 64;
    if (la <= Short && lb <= Short) {
        std::array<bool, Short> matchedA{}, matchedB{};
        return jaroWinklerWith(a, b, matchedA.data(), matchedB.data());
    }
    std::unique_ptr<bool[]> matchedA(new bool[size_t(la)]()), matchedB(new bool[size_t(lb)]());
    return jaroWinklerWith(a, b, matchedA.get(), matchedB.get());
}

double compare(const QString &firstA, const QString &lastA, const QString &firstB,
               const QString &lastB)
{
    return compareFolded(
        TextFolder::fold(firstA.simplified()), TextFolder::fold(lastA.simplified()),
        TextFolder::fold(firstB.simplified()), TextFolder::fold(lastB.simplified()));
}

double compareFolded(QStringView firstA, QStringView lastA, QStringView firstB, QStringView lastB)
{
    const double straight = pairScore(firstA, lastA, firstB, lastB);
    // Swapped can give at most 0.95: not worth computing when straight is as good already.
    if (straight >= 0.95)
        return straight;
    return std::max(straight, pairScore(firstA, lastA, lastB, firstB) * 0.95);
}

bool firstNamesAgree(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return true;
    auto initial = [](QStringView s) {
        return s.size() == 1 || (s.size() == 2 && s.back() == u'.');
    };
    // "J." and "Jānis"; "Alex" and "Alexander", "Anna" and "Anna Marija".
    if ((initial(a) || initial(b)) && a.front() == b.front())
        return true;
    if (a.startsWith(b) || b.startsWith(a))
        return true;
    // A slip of the keyboard ("Katrin" / "Katlin"), not another name ("Dace" / "Dārta",
    // "Anna" / "Anita"): one letter wrong, missing, extra or two swapped; two in long names.
    return typos(a, b, std::max(a.size(), b.size()) >= 8 ? 2 : 1);
}

} // namespace crm::core::import::NameSimilarity
