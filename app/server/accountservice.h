// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "serverstore.h"
#include "sync/protocol.h"

#include <functional>

namespace crm::server {

// Who sent a request, from a valid bearer token.
struct Session
{
    QString user;
    QString team;
    QByteArray device;
};

// Users, devices and tokens. Stateless: every answer comes from the store.
class AccountService
{
public:
    using WallClock = std::function<qint64()>;
    static constexpr qint64 DefaultTokenDays = 90;

    explicit AccountService(ServerStore &store, WallClock wall = {});

    void setTokenLifetimeMs(qint64 ms) { m_tokenLifetimeMs = ms; }

    // Administration (crm-server user/device commands).
    core::Status addUser(const QString &name, const QString &team, const QString &password);
    core::Status setPassword(const QString &name, const QString &password);
    core::Status disableUser(const QString &name);
    core::Result<QList<DeviceRow>> devices(const QString &user = {});
    // `id`: the device id as 32 hex digits or in 8-4-4-4-12 form.
    core::Status revokeDevice(const QString &id);

    // The protocol: login registers (or re-registers) the device for the user and returns a
    // new token; authenticate() checks an "Authorization: Bearer TOKEN" header value.
    Outcome<core::sync::LoginResponse> login(const core::sync::LoginRequest &request);
    Outcome<Session> authenticate(const QByteArray &authorization);

private:
    qint64 now() const { return m_wall(); }

    ServerStore &m_store;
    WallClock m_wall;
    qint64 m_tokenLifetimeMs = DefaultTokenDays * 24 * 3600 * 1000;
};

} // namespace crm::server
