// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchevidence.h"

#include "import/phonenormalizer.h"
#include "search/textfolder.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace crm::core::import {

QString emailKey(const QString &address)
{
    return address.trimmed().toLower();
}

bool isRoleAddress(QStringView key)
{
    const qsizetype at = key.indexOf(u'@');
    if (at <= 0)
        return false;
    // The mailboxes offices answer under, in the languages the program's users write.
    static const QSet<QString> roles{
        u"info"_qs,      u"office"_qs,    u"sales"_qs,       u"contact"_qs,       u"contacts"_qs,
        u"admin"_qs,     u"hello"_qs,     u"support"_qs,     u"mail"_qs,          u"team"_qs,
        u"billing"_qs,   u"accounts"_qs,  u"accounting"_qs,  u"finance"_qs,       u"hr"_qs,
        u"jobs"_qs,      u"careers"_qs,   u"noreply"_qs,     u"no-reply"_qs,      u"enquiries"_qs,
        u"inquiries"_qs, u"reception"_qs, u"service"_qs,     u"marketing"_qs,     u"orders"_qs,
        u"booking"_qs,   u"help"_qs,      u"post"_qs,        u"invoice"_qs,       u"invoices"_qs,
        u"kontakti"_qs,  u"kontakts"_qs,  u"birojs"_qs,      u"rekini"_qs,        u"biuro"_qs,
        u"kontakt"_qs,   u"faktury"_qs,   u"sekretariat"_qs, u"kantselei"_qs,     u"arved"_qs,
        u"pochta"_qs,    u"ofis"_qs,      u"grafeio"_qs,     u"office-manager"_qs};
    return roles.contains(key.left(at).toString());
}

QString phoneKeyExpression(const QString &column)
{
    return u"substr(replace(replace(replace(replace(replace(replace(replace(" + column +
           u", ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', ''), '/', ''), -7)";
}

double MatchEvidence::confidence() const
{
    const bool nameOnly = !email && !phone;
    // Each piece of evidence removes part of the doubt; what speaks against one person
    // scales the result down.
    double miss = 1.0;
    if (email) // a person's own address; an office's, or one two people with other names share
        miss *= 1.0 - (firstNamesDiffer ? 0.4 : roleEmail ? 0.3 : 0.95);
    if (phone) // the same: a household's or a switchboard's when the first names differ
        miss *= 1.0 - (firstNamesDiffer ? 0.4 : 0.85);
    double byName = nameScore >= 0.999 ? 0.75 : nameScore >= SimilarName ? 0.6 * nameScore : 0.0;
    if (firstNamesDiffer) // only the surname is alike: relatives, or namesakes
        byName = nameOnly ? byName * 0.5 : 0.0;
    miss *= 1.0 - byName;
    // Born on the same day: more of one person, unless the first names differ (twins).
    const bool birthday = sameBirthday && !firstNamesDiffer;
    if (birthday && !nameOnly)
        miss *= 1.0 - 0.5;
    double sure = 1.0 - miss;
    if (nameOnly && differentContacts)
        sure *= 0.5;
    if (nameOnly && placesDiffer) // a name alone, and they live elsewhere: namesakes
        sure *= 0.5;
    if (nameOnly && birthday) // namesakes born on the same day are rare
        sure = 1.0 - (1.0 - sure) * 0.5;
    if (birthdaysDiffer) // born on other days: two people, whatever else they share
        sure *= 0.45;
    return sure;
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
    if (roleEmail && email)
        parts << tr("an office's address");
    if (sameBirthday && !firstNamesDiffer)
        parts << tr("same birthday");
    if (differentContacts && !email && !phone)
        parts << tr("but different e-mails or phones");
    if (firstNamesDiffer)
        parts << tr("but different first names");
    if (birthdaysDiffer)
        parts << tr("but different birthdays");
    if (placesDiffer && !email && !phone)
        parts << tr("but different places");
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
