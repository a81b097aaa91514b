// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials.h"

#include <sodium.h>

namespace crm::server {

namespace {

bool initialised()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

bool Credentials::fastHashing()
{
    return qEnvironmentVariable("CRM_SERVER_FAST_HASH") == u"1";
}

core::Result<QString> Credentials::hashPassword(const QString &password)
{
    if (!initialised())
        return core::Error{core::ErrorCode::Io, QStringLiteral("libsodium failed to start"), {}};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool fast = fastHashing();
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) !=
        0)
        return core::Error{
            core::ErrorCode::Io, QStringLiteral("out of memory while hashing the password"), {}};
    return QString::fromLatin1(out);
}

bool Credentials::verifyPassword(const QString &hash, const QString &password)
{
    if (!initialised() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QString Credentials::newToken()
{
    (void)initialised();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray Credentials::tokenHash(const QString &token)
{
    (void)initialised();
    const QByteArray t = token.toLatin1();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(t.constData()), size_t(t.size()),
                       nullptr, 0);
    return out;
}

} // namespace crm::server
