// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "dedup/duplicatefinder.h"
#include "domain/company.h"
#include "domain/contact.h"
#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace crm::core::dedup {

// A field the user chooses a value of when merging.
struct MergeField
{
    QString key;   // "first_name", "city", … (crm-cli --field NAME=ID)
    QString label; // translated
};

struct MergeRequest
{
    RecordKind kind = RecordKind::Contact;
    QList<QByteArray> records; // two or more
    QByteArray survivor;       // empty: the first of records
    // Field key -> the record whose value to keep. A field not named keeps the survivor's
    // value, or the first other record's when the survivor's is empty. E-mails, phones and
    // tags are the union of all.
    QHash<QString, QByteArray> fieldFrom;
};

struct MergeRecord
{
    QByteArray id;
    RecordKind kind = RecordKind::Contact;
    QByteArray survivor;
    QList<QByteArray> merged; // the records merged into the survivor (now deleted)
    QString survivorName;
    QString state; // merged | unmerged
    qint64 mergedAt = 0;
};

struct UnmergeOutcome
{
    QStringList notRestored; // what was left as it is now, and why (translated)
};

// Merges duplicates into one record and takes a merge back (unmerge), as ordinary captured
// writes through the repositories, so both sync. A merge moves the other records' links —
// activities, attendances, deal contacts (contacts); contacts, deals, activities (companies)
// — to the survivor, fills it with the chosen values and the union of e-mails, phones and
// tags, soft-deletes the others and records all of it in the synced table `merges`. An
// unmerge restores the records and moves back the links that still point at the survivor;
// a field or link changed since the merge keeps its later value and is named in the outcome.
// Uses the calling thread's connection; one transaction each.
class MergeService
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::dedup::MergeService)

public:
    explicit MergeService(DatabasePtr db);

    static QList<MergeField> fields(RecordKind kind);
    static QString value(const Contact &c, const QString &key);
    static QString value(const Company &c, const QString &key);

    // The survivor as the merge would write it (for a preview).
    Result<Contact> previewContact(const MergeRequest &request) const;
    Result<Company> previewCompany(const MergeRequest &request) const;

    Result<QByteArray> merge(const MergeRequest &request); // the merge's id
    Result<UnmergeOutcome> unmerge(const QByteArray &mergeId);

    Result<MergeRecord> get(const QByteArray &mergeId) const;
    // Newest first; with a record id, the merges that record took part in.
    Result<QList<MergeRecord>> list(int limit = 100, const QByteArray &recordId = {}) const;

private:
    DatabasePtr m_db;
};

} // namespace crm::core::dedup
