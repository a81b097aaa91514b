// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sync wire protocol, version 1, shared by the client (core/sync) and crm-server.
//
// Transport: HTTP(S). Bodies are CBOR (RFC 8949), compressed with zlib ("Content-Encoding:
// deflate", RFC 9110 §8.4.1.2) when the sender says so; a reader accepts both. Every
// endpoint lives under /api/v1; an incompatible change gets /api/v2 and the server serves
// both for a while.
//
//   GET  /healthz                       200 "ok"
//   POST /api/v1/login                  LoginRequest  → LoginResponse
//   POST /api/v1/push    (Bearer token) PushRequest   → PushResponse
//   GET  /api/v1/pull?since=S&limit=N   (Bearer token)→ PullResponse
//   errors                              4xx/5xx with ErrorResponse
//
// The unit of sync is one field value: a Change. A row's creation is one Change with an
// empty column and a map of its fields as the value. Tables are sync'd generically: the
// server stores values it does not interpret, except the visibility fields `owner` and
// `visibility` of a record (see Change::scope).

#include "common/result.h"

#include <QByteArray>
#include <QCborValue>
#include <QList>
#include <QString>

namespace crm::core::sync {

inline constexpr int ProtocolVersion = 1;
inline constexpr qsizetype MaxBodyBytes = 32 * 1024 * 1024;          // compressed or not
inline constexpr qsizetype MaxDecompressedBytes = 128 * 1024 * 1024; // a zip bomb stops here
inline constexpr int MaxBatch = 20000;                               // changes per push/pull
// A push or pull page also ends once its values reach this many bytes (a page of photos),
// so a body stays well under MaxBodyBytes; a single larger change still travels alone.
inline constexpr qsizetype MaxBatchValueBytes = 8 * 1024 * 1024;
inline constexpr qint64 MaxClockSkewMs = 10LL * 60 * 1000; // the server clamps beyond this

// The column of a server-written entry telling a replica that a row is no longer shared with
// its user (its owner or visibility changed): the replica removes the row. A push naming it
// is refused.
inline constexpr QLatin1StringView WithdrawnColumn("crm_withdrawn");

// One field value written by one device.
struct Change
{
    qint64 serverSeq = 0; // assigned by the server at commit; 0 while only local
    QByteArray device;    // 16-byte id of the device that wrote it
    qint64 counter = 0;   // that device's gapless counter (1, 2, 3, ...)
    quint64 hlc = 0;      // hybrid logical clock of the write
    qint64 txn = 0;       // the writer's local transaction: batches end on its boundaries
    QString table;
    QByteArray row;     // 16-byte record id
    QString column;     // empty: the row was created; value is a map column → value
    QCborValue value;   // null, integer, double, text or bytes; a map for a creation
    qint64 baseSeq = 0; // server_seq of the value the writer was looking at (0: none)
    QByteArray scope;   // creation only: the record whose owner/visibility govern this row
                        // (empty: the row itself, e.g. a contact; a child row such as an
                        // e-mail names its contact)
    QString author;     // user name; the server sets it from the authenticated account

    bool isCreation() const { return column.isEmpty(); }
    friend bool operator==(const Change &, const Change &) = default;
};

enum class PushStatus
{
    Applied = 0,   // stored with a new server_seq (it may have lost to a newer value)
    Duplicate = 1, // seen before (a retried push): the same server_seq as the first time
    Rejected = 2,  // not allowed (e.g. another user's private record): reason says why;
                   // the client drops it from its outbox and shows the reason
};

struct PushResult
{
    qint64 counter = 0;
    PushStatus status = PushStatus::Applied;
    qint64 serverSeq = 0;
    QString reason;
    quint64 hlc = 0; // the clock the server stored when it clamped a far-future one (else 0):
                     // the client stores the same, so every replica orders the value alike
    friend bool operator==(const PushResult &, const PushResult &) = default;
};

struct LoginRequest
{
    QString user;
    QString password;
    QByteArray device; // the laptop's device id
    QString deviceName;
};

struct LoginResponse
{
    QString token;
    QString user;
    QString team;
};

struct PushRequest
{
    QByteArray device;
    QList<Change> changes; // in counter order, gapless after the server's last acknowledged
};

struct PushResponse
{
    QList<PushResult> results;
    quint64 hlc = 0; // the server's clock: the client folds it in
};

struct PullResponse
{
    QList<Change> changes; // server_seq ascending, only what this user may see
    qint64 next = 0;       // the cursor for the next pull (the last server_seq looked at)
    bool more = false;     // another page is waiting
    quint64 hlc = 0;
    // The server's newest server_seq when it read the page (0: not told, an older server):
    // head - next is an upper bound of what is still to come, for the progress shown.
    qint64 head = 0;
};

struct ErrorResponse
{
    QString error; // one line: what and where
};

// The bytes `change`'s value (its texts and byte strings, a creation's fields) takes, about:
// what MaxBatchValueBytes counts.
qsizetype valueBytes(const Change &change);

// Table, column and field names reach SQL as identifiers on both ends: 1 to 64 ASCII letters,
// digits and underscores.
bool isPlainIdentifier(const QString &name);

// Encoding. Every decoder answers malformed or truncated input with an Error naming the
// field (e.g. "changes[3].row: expected 16 bytes") and never crashes.
QByteArray encode(const LoginRequest &);
QByteArray encode(const LoginResponse &);
QByteArray encode(const PushRequest &);
QByteArray encode(const PushResponse &);
QByteArray encode(const PullResponse &);
QByteArray encode(const ErrorResponse &);

Result<LoginRequest> decodeLoginRequest(const QByteArray &cbor);
Result<LoginResponse> decodeLoginResponse(const QByteArray &cbor);
Result<PushRequest> decodePushRequest(const QByteArray &cbor);
Result<PushResponse> decodePushResponse(const QByteArray &cbor);
Result<PullResponse> decodePullResponse(const QByteArray &cbor);
Result<ErrorResponse> decodeErrorResponse(const QByteArray &cbor);

// zlib (RFC 1950) compression for "Content-Encoding: deflate".
QByteArray compress(const QByteArray &data);
// Fails on corrupt data and on output beyond `limit` bytes.
Result<QByteArray> decompress(const QByteArray &data, qsizetype limit = MaxDecompressedBytes);

} // namespace crm::core::sync
