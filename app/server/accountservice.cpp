// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountservice.h"

#include "credentials.h"

#include "common/uuid.h"

#include <QDateTime>

namespace crm::server {

using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {

Status validName(const QString &what, const QString &name)
{
    if (name.isEmpty() || name.size() > 64 || name.trimmed() != name)
        return Error{ErrorCode::Invalid,
                     QStringLiteral("%1 \"%2\": expected 1 to 64 characters without surrounding "
                                    "spaces")
                         .arg(what, name),
                     {}};
    return {};
}

QString shortId(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex().left(8));
}

} // namespace

AccountService::AccountService(ServerStore &store, WallClock wall)
    : m_store(store)
    , m_wall(wall ? std::move(wall) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

Status AccountService::addUser(const QString &name, const QString &team, const QString &password)
{
    if (Status s = validName(QStringLiteral("user name"), name); !s)
        return s;
    if (!team.isEmpty()) {
        if (Status s = validName(QStringLiteral("team"), team); !s)
            return s;
    }
    if (password.isEmpty())
        return Error{ErrorCode::Invalid, QStringLiteral("the password is empty"), {}};
    auto hash = Credentials::hashPassword(password);
    if (!hash)
        return hash.error();
    if (Status s = m_store.begin(); !s)
        return s;
    auto existing = m_store.user(name);
    if (!existing) {
        m_store.rollback();
        return existing.error();
    }
    if (existing->has_value()) {
        m_store.rollback();
        return Error{
            ErrorCode::Invalid, QStringLiteral("user \"%1\" already exists").arg(name), {}};
    }
    // Without --team a user is a team of one, named after the user.
    if (Status s =
            m_store.insertUser(UserRow{name, team.isEmpty() ? name : team, *hash, false, now()});
        !s) {
        m_store.rollback();
        return s;
    }
    return m_store.commit();
}

Status AccountService::setPassword(const QString &name, const QString &password)
{
    if (password.isEmpty())
        return Error{ErrorCode::Invalid, QStringLiteral("the password is empty"), {}};
    auto user = m_store.user(name);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error{ErrorCode::NotFound, QStringLiteral("no user \"%1\"").arg(name), {}};
    auto hash = Credentials::hashPassword(password);
    if (!hash)
        return hash.error();
    return m_store.setPasswordHash(name, *hash);
}

Status AccountService::disableUser(const QString &name)
{
    auto user = m_store.user(name);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error{ErrorCode::NotFound, QStringLiteral("no user \"%1\"").arg(name), {}};
    return m_store.setDisabled(name, true);
}

Result<QList<DeviceRow>> AccountService::devices(const QString &user)
{
    if (!user.isEmpty()) {
        auto u = m_store.user(user);
        if (!u)
            return u.error();
        if (!u->has_value())
            return Error{ErrorCode::NotFound, QStringLiteral("no user \"%1\"").arg(user), {}};
    }
    return m_store.devices(user);
}

Status AccountService::revokeDevice(const QString &id)
{
    QByteArray bytes = core::Uuid::fromString(id);
    if (bytes.isEmpty() && id.size() == 32)
        bytes = QByteArray::fromHex(id.toLatin1());
    if (bytes.size() != 16)
        return Error{ErrorCode::Invalid,
                     QStringLiteral("device id \"%1\": expected a UUID or 32 hex digits").arg(id),
                     {}};
    auto device = m_store.device(bytes);
    if (!device)
        return device.error();
    if (!device->has_value())
        return Error{ErrorCode::NotFound, QStringLiteral("no device %1").arg(id), {}};
    DeviceRow d = **device;
    d.revoked = true;
    return m_store.saveDevice(d);
}

Outcome<core::sync::LoginResponse> AccountService::login(const core::sync::LoginRequest &r)
{
    auto user = m_store.user(r.user);
    if (!user && m_store.reconnectIfLost()) // the first query of a request: try once more
        user = m_store.user(r.user);
    if (!user)
        return user.error();
    // The same answer for an unknown user and a wrong password.
    if (!user->has_value() || !Credentials::verifyPassword((*user)->passwordHash, r.password))
        return Refusal{401, QStringLiteral("login: wrong user name or password")};
    const UserRow &u = **user;
    if (u.disabled)
        return Refusal{403, QStringLiteral("login: user \"%1\" is disabled").arg(u.name)};
    if (r.device == m_store.serverDevice())
        return Refusal{
            403,
            QStringLiteral("login: device %1 is reserved for the server").arg(shortId(r.device))};
    if (Status s = m_store.begin(); !s)
        return s.error();
    auto existing = m_store.device(r.device);
    if (!existing) {
        m_store.rollback();
        return existing.error();
    }
    if (existing->has_value() && (*existing)->user != u.name) {
        m_store.rollback();
        return Refusal{403, QStringLiteral("login: device %1 is registered to another user")
                                .arg(shortId(r.device))};
    }
    const QString token = Credentials::newToken();
    DeviceRow d;
    d.id = r.device;
    d.user = u.name;
    d.name = r.deviceName;
    d.tokenHash = Credentials::tokenHash(token);
    d.tokenExpiresAt = now() + m_tokenLifetimeMs;
    d.revoked = false; // a new login with the password re-registers a revoked device
    d.registeredAt = existing->has_value() ? (*existing)->registeredAt : now();
    d.lastSeenAt = now();
    if (Status s = m_store.saveDevice(d); !s) {
        m_store.rollback();
        return s.error();
    }
    if (Status s = m_store.commit(); !s)
        return s.error();
    return core::sync::LoginResponse{token, u.name, u.team};
}

Outcome<Session> AccountService::authenticate(const QByteArray &authorization)
{
    const QByteArray prefix = "Bearer ";
    if (!authorization.startsWith(prefix) || authorization.size() <= prefix.size())
        return Refusal{401, QStringLiteral("Authorization: a bearer token is required; log in "
                                           "at /api/v1/login")};
    const QString token = QString::fromLatin1(authorization.mid(prefix.size()).trimmed());
    // Every request but /healthz starts here or in login: when PostgreSQL restarted since the
    // last request, this first query finds out, and runs again on a new connection.
    auto device = m_store.deviceByToken(Credentials::tokenHash(token));
    if (!device && m_store.reconnectIfLost())
        device = m_store.deviceByToken(Credentials::tokenHash(token));
    if (!device)
        return device.error();
    if (!device->has_value())
        return Refusal{401, QStringLiteral("Authorization: unknown token; log in again")};
    const DeviceRow &d = **device;
    if (d.revoked)
        return Refusal{401, QStringLiteral("Authorization: device %1 was revoked; log in again")
                                .arg(shortId(d.id))};
    if (now() >= d.tokenExpiresAt)
        return Refusal{401, QStringLiteral("Authorization: the token has expired; log in again")};
    auto user = m_store.user(d.user);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Refusal{401, QStringLiteral("Authorization: unknown user")};
    if ((*user)->disabled)
        return Refusal{403, QStringLiteral("user \"%1\" is disabled").arg(d.user)};
    return Session{d.user, (*user)->team, d.id};
}

} // namespace crm::server
