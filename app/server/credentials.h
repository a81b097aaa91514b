// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace crm::server {

// Password hashes and bearer tokens, through libsodium. Nothing here logs.
class Credentials
{
public:
    // Argon2id (crypto_pwhash_str) with the interactive limits, or the minimal ones when the
    // environment sets CRM_SERVER_FAST_HASH=1 (tests only: such hashes are cheap to crack).
    static core::Result<QString> hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);
    // 32 random bytes, base64url without padding.
    static QString newToken();
    // What the database keeps of a token: a BLAKE2b hash (crypto_generichash), 32 bytes.
    static QByteArray tokenHash(const QString &token);
    static bool fastHashing();
};

} // namespace crm::server
