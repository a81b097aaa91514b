// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace crm::core::dedup {

enum class RecordKind
{
    Contact,
    Company
};

QString kindKey(RecordKind kind); // "contact" | "company"
bool parseKind(const QString &key, RecordKind *kind);

// Two records that look like one, with how sure (0..1) and why.
struct DuplicatePair
{
    RecordKind kind = RecordKind::Contact;
    QByteArray a; // the smaller id
    QByteArray b;
    QString nameA;
    QString nameB;
    double score = 0;
    QStringList reasons; // "same e-mail anna@x.lv", "similar names: … 0.96"
};

struct FindOptions
{
    RecordKind kind = RecordKind::Contact;
    double minScore = 0.5;
    QString region; // for phones without a country code; empty: the database's default
};

// (done, total) of the scan's steps; return false to cancel.
using FindProgress = std::function<bool(qint64, qint64)>;
// Pairs as the scan finds them, a batch at a time (each batch ranked, best first).
using FoundPairs = std::function<void(const QList<DuplicatePair> &)>;

// Finds duplicates over the whole database without comparing every record with every other:
// candidates come in blocks from SQL — one canonical e-mail (index contact_emails_key), one
// phone key (contact_phones_key, then compared in E.164), one folded name block (the sort
// index: the first letters of the folded last name, then the first name's initial, each
// record compared with its next few neighbours) — and are scored with the importer's
// matchers (MatchEvidence, NameSimilarity, PhoneNormalizer). Companies: the same folded name,
// website domain or phone. Pairs marked "not a duplicate" are left out. Run it off the UI
// thread: it uses the calling thread's connection.
class DuplicateFinder
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::dedup::DuplicateFinder)

public:
    explicit DuplicateFinder(DatabasePtr db);

    // Every pair with at least minScore, ranked (best first); `found` sees them as they come.
    Result<QList<DuplicatePair>> find(const FindOptions &options, const FindProgress &progress = {},
                                      const FoundPairs &found = {});

    // "Not a duplicate": remembered in the synced table duplicate_dismissals.
    Status dismiss(RecordKind kind, const QByteArray &a, const QByteArray &b);
    Result<bool> isDismissed(const QByteArray &a, const QByteArray &b) const;

private:
    DatabasePtr m_db;
};

} // namespace crm::core::dedup
