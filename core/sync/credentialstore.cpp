// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "common/logging.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace crm::core::sync {

namespace {

const QString kService = QStringLiteral("crm-sync");

bool keychainWanted()
{
    return qEnvironmentVariableIntValue("CRM_NO_KEYCHAIN") == 0;
}

// Runs a keychain job to its end (they are asynchronous) with a short timeout, so a
// keychain that never answers does not hang sync.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return job.error() == QKeychain::NoError;
}

} // namespace

CredentialStore::CredentialStore(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_key(QString::fromLatin1(
          QCryptographicHash::hash(m_databasePath.toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(32)))
{}

QString CredentialStore::fallbackPath() const
{
    return m_databasePath + QStringLiteral(".token");
}

Status CredentialStore::save(const QString &token)
{
    if (keychainWanted()) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(m_key);
        job.setTextData(token);
        if (runJob(job)) {
            QFile::remove(fallbackPath());
            return {};
        }
        qCInfo(lcSync) << "no keychain (" << job.errorString() << "); keeping the token in"
                       << fallbackPath();
    }
    QSaveFile f(fallbackPath());
    if (!f.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, fallbackPath() + u": " + f.errorString(), {}};
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(token.toUtf8());
    if (!f.commit())
        return Error{ErrorCode::Io, fallbackPath() + u": " + f.errorString(), {}};
    QFile::setPermissions(fallbackPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<QString> CredentialStore::load()
{
    QFile f(fallbackPath());
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, fallbackPath() + u": " + f.errorString(), {}};
        return QString::fromUtf8(f.readAll()).trimmed();
    }
    if (keychainWanted()) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(m_key);
        if (runJob(job))
            return job.textData();
    }
    return QString();
}

Status CredentialStore::clear()
{
    if (keychainWanted()) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(m_key);
        runJob(job);
    }
    if (QFile::exists(fallbackPath()) && !QFile::remove(fallbackPath()))
        return Error{ErrorCode::Io, fallbackPath() + QStringLiteral(": cannot remove"), {}};
    return {};
}

} // namespace crm::core::sync
