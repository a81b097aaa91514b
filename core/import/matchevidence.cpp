// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchevidence.h"

#include "import/phonenormalizer.h"
#include "search/textfolder.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace crm::core::import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::import::MatchEvidence", text);
}

} // namespace

QString emailKey(const QString &address)
{
    return address.trimmed().toLower();
}

QString phoneKeyExpression(const QString &column)
{
    return u"substr(replace(replace(replace(replace(replace(replace(replace(" + column +
           u", ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', ''), '/', ''), -7)";
}

double MatchEvidence::confidence() const
{
    double miss = 1.0;
    if (email)
        miss *= 1.0 - 0.95;
    if (phone)
        miss *= 1.0 - 0.85;
    if (nameScore >= 0.999)
        miss *= 1.0 - 0.75;
    else if (nameScore >= SimilarName)
        miss *= 1.0 - 0.6 * nameScore;
    const bool nameOnly = !email && !phone;
    return (nameOnly && differentContacts ? 0.5 : 1.0) * (1.0 - miss);
}

QString MatchEvidence::reason() const
{
    QStringList parts;
    if (email)
        parts << tr("same e-mail %1").arg(emailValue);
    if (phone)
        parts << tr("same phone %1").arg(phoneValue);
    if (nameScore >= 0.999)
        parts << tr("same name");
    else if (nameScore >= SimilarName)
        parts << tr("similar name");
    return parts.join(QStringLiteral(", "));
}

QStringList MatchEvidence::reasons(const QString &nameA, const QString &nameB) const
{
    QStringList parts;
    if (email)
        parts << tr("same e-mail %1").arg(emailValue);
    if (phone)
        parts << tr("same phone %1").arg(phoneValue);
    if (nameScore >= 0.999 && nameA == nameB)
        parts << tr("same name: %1").arg(nameA);
    else if (nameScore >= SimilarName)
        parts << tr("similar names: %1 / %2 %3")
                     .arg(nameA, nameB, QLocale().toString(nameScore, 'f', 2));
    if (differentContacts && !email && !phone)
        parts << tr("but different e-mails or phones");
    return parts;
}

bool addMissingContactPoints(Contact &t, const Contact &r, const PhoneNormalizer &phones)
{
    // The target's keys once, not once per value of the row.
    bool added = false;
    if (!r.emails.isEmpty()) {
        QSet<QString> have;
        for (const EmailAddress &x : std::as_const(t.emails))
            have.insert(emailKey(x.address));
        for (const EmailAddress &e : r.emails) {
            const QString k = emailKey(e.address);
            if (have.contains(k))
                continue;
            have.insert(k);
            t.emails << EmailAddress{{}, e.label, e.address};
            added = true;
        }
    }
    if (!r.phones.isEmpty()) {
        QSet<QString> have;
        for (const PhoneNumber &x : std::as_const(t.phones))
            have.insert(phones.e164(x.number));
        for (const PhoneNumber &p : r.phones) {
            const QString k = phones.e164(p.number);
            if (have.contains(k))
                continue;
            have.insert(k);
            t.phones << PhoneNumber{{}, p.label, p.number};
            added = true;
        }
    }
    if (!r.tags.isEmpty()) {
        QSet<QString> have;
        for (const QString &x : std::as_const(t.tags))
            have.insert(TextFolder::fold(x));
        for (const QString &tag : r.tags) {
            const QString k = TextFolder::fold(tag);
            if (have.contains(k))
                continue;
            have.insert(k);
            t.tags << tag;
            added = true;
        }
    }
    return added;
}

} // namespace crm::core::import
