// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contact.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace crm::core::import {

// Names at least this alike (NameSimilarity::compare) count as evidence of one person.
constexpr double SimilarName = 0.9;

// An e-mail address as the index contact_emails_key holds it: trimmed, lower-case.
QString emailKey(const QString &address);

// Whether an address (as emailKey gives it) is an office's rather than a person's: its
// mailbox is a role (info, office, sales, support, kontakti, biuro …).
bool isRoleAddress(QStringView key);

// The SQL expression of a phone column's digits as far as exports punctuate them, last seven:
// the key of the index contact_phones_key (migration v6); it must stay the same as there.
QString phoneKeyExpression(const QString &column = QStringLiteral("phone"));

// What two records of people share, and how sure that makes us that they are one: the
// importer's match of a row against the database and the duplicate finder's pairs both
// score and explain themselves with it.
struct MatchEvidence
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::import::MatchEvidence)

public:
    QString name; // what the other record is called
    bool email = false;
    bool phone = false;
    double nameScore = 0;
    QString emailValue;
    QString phoneValue;
    // Both have e-mails or both have phones, and none of them is shared: a name alone then
    // says less (namesakes), so a name-only match counts half.
    bool differentContacts = false;
    // What the duplicate finder reads from both records besides (the importer leaves them
    // unset; unset, they change nothing):
    // the shared address is an office's (isRoleAddress: info@, sales@), not one person's;
    bool roleEmail = false;
    // both have first names and they are other names (NameSimilarity::firstNamesAgree): a
    // shared address or phone is a family's or an office's, and a similar surname says nothing;
    bool firstNamesDiffer = false;
    // both have birthdays: the same day, or other days (more than one mistyped digit);
    bool sameBirthday = false;
    bool birthdaysDiffer = false;
    // both have a city and they differ, or the same city and other streets.
    bool placesDiffer = false;

    // 0..1; independent pieces of evidence combine (each removes part of the doubt).
    double confidence() const;
    bool matches() const { return email || phone || nameScore >= SimilarName; }
    // "same e-mail a@b.lv, same phone +371…, similar name".
    QString reason() const;
    // One reason per piece of evidence, the names spelled out:
    // "similar names: Jānis Bērziņš / Janis Berzins 0.96".
    QStringList reasons(const QString &nameA, const QString &nameB) const;
};

class PhoneNormalizer;

// Adds to `to` the e-mails (by emailKey), phones (by E.164) and tags (folded) of `from` it
// lacks, as new child rows: an import's update and a merge join them alike. True when it
// added any.
bool addMissingContactPoints(Contact &to, const Contact &from, const PhoneNormalizer &phones);

} // namespace crm::core::import
