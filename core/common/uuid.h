// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace crm::core {

// Globally unique, time-ordered ids (RFC 9562 UUIDv7) stored as 16-byte BLOBs.
// Generated on the laptop; never an autoincrement for anything that syncs.
class Uuid
{
public:
    static QByteArray createV7();
    static QString toString(const QByteArray &id);     // 8-4-4-4-12 lower-case hex
    static QByteArray fromString(const QString &text); // empty on malformed input
    static bool isValid(const QByteArray &id) { return id.size() == 16; }
};

} // namespace crm::core
