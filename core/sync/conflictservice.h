// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QDateTime>
#include <QVariant>

namespace crm::core::sync {

// A conflict record as the server created it, seen from this laptop.
struct Conflict
{
    QByteArray id;
    QString table;
    QByteArray row;
    QString column;
    QString kind; // "value" or "edit_delete"
    QVariant winnerValue, loserValue;
    QByteArray winnerDevice, loserDevice;
    QString winnerAuthor, loserAuthor;
    quint64 winnerHlc = 0, loserHlc = 0;
    QDateTime created;
    QString state; // "open" or "resolved"
    QString resolution;
    bool mineWon = false;  // this laptop wrote the value that is in the field
    bool mineLost = false; // this laptop wrote the value kept only here

    // "Mine" is the value this laptop wrote; when both (or neither) were written here, the
    // value that lost — the one no longer in the field.
    bool mineIsWinner() const { return mineWon && !mineLost; }
    bool mineIsLoser() const { return mineLost && !mineWon; }
    QVariant mine() const { return mineIsWinner() ? winnerValue : loserValue; }
    QVariant theirs() const { return mineIsWinner() ? loserValue : winnerValue; }
    QString theirAuthor() const { return mineIsWinner() ? loserAuthor : winnerAuthor; }
};

// Lists conflicts and resolves them. A resolution is an ordinary edit — of the field and of
// the conflict record — so it is captured and syncs like any other.
class ConflictService
{
public:
    enum class Keep
    {
        Mine,
        Theirs,
        Both // multi-valued things (e-mails, phones): keep the other value as another row
    };

    explicit ConflictService(DatabasePtr db);

    Result<QList<Conflict>> list(bool openOnly = true) const;
    Result<Conflict> get(const QByteArray &id) const;
    Status resolve(const QByteArray &id, Keep keep);

private:
    // Conflicts matching `where` (SQL over the conflicts table), oldest first.
    Result<QList<Conflict>> select(const QString &where, const QVariantList &binds) const;

    DatabasePtr m_db;
};

} // namespace crm::core::sync
