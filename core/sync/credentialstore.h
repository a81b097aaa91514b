// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace crm::core::sync {

// Keeps the sync token of one database (one laptop's device) out of the database file: in
// the OS keychain through qtkeychain (Secret Service, KWallet), or, when no keychain is
// running, in a file beside the database that only the user may read (mode 0600).
// CRM_NO_KEYCHAIN=1 skips the keychain (tests, headless machines).
class CredentialStore
{
public:
    explicit CredentialStore(const QString &databasePath);

    Status save(const QString &token);
    Result<QString> load(); // empty when none is stored
    Status clear();

    // Where the fallback file lives (for the README and tests).
    QString fallbackPath() const;

private:
    QString m_databasePath;
    QString m_key;
};

} // namespace crm::core::sync
