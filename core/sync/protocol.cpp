// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>

#include <tuple>

#include <zlib.h>

namespace crm::core::sync {

// A list of changes travels as string tables (devices, tables, columns, authors) and one
// array per change whose integers are deltas from the previous change: counters, clocks,
// server sequence numbers and transactions mostly grow by small steps, and CBOR writes a
// small integer in one byte. Deflate then takes care of repeated row ids and values.
//
//   change = [serverSeqΔ, device#, counterΔ, hlcΔ, txnΔ, table#, row, column# | null,
//             value, baseSeq, scope | null, author# | null]

namespace {

constexpr int ChangeFields = 12;

Error malformed(const QString &where, const QString &what)
{
    return Error{ErrorCode::Invalid, QStringLiteral("%1: %2").arg(where, what), where};
}

class Interner
{
public:
    template <typename T> qint64 index(const T &value, QCborArray &table, QHash<T, qint64> &seen)
    {
        auto it = seen.constFind(value);
        if (it != seen.constEnd())
            return *it;
        const qint64 i = table.size();
        table.append(value);
        seen.insert(value, i);
        return i;
    }
};

QCborMap encodeChanges(const QList<Change> &changes)
{
    QCborArray devices, tables, columns, authors, list;
    QHash<QByteArray, qint64> deviceIx;
    QHash<QString, qint64> tableIx, columnIx, authorIx;
    Interner in;
    qint64 seq = 0, counter = 0, txn = 0;
    quint64 hlc = 0;
    for (const Change &c : changes) {
        QCborArray a;
        a.append(c.serverSeq - seq);
        a.append(in.index(c.device, devices, deviceIx));
        a.append(c.counter - counter);
        a.append(qint64(c.hlc - hlc)); // wraps for a smaller clock; decoded the same way
        a.append(c.txn - txn);
        a.append(in.index(c.table, tables, tableIx));
        a.append(c.row);
        a.append(c.isCreation() ? QCborValue(QCborValue::Null)
                                : QCborValue(in.index(c.column, columns, columnIx)));
        a.append(c.value);
        a.append(c.baseSeq);
        a.append(c.scope.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(c.scope));
        a.append(c.author.isEmpty() ? QCborValue(QCborValue::Null)
                                    : QCborValue(in.index(c.author, authors, authorIx)));
        list.append(a);
        seq = c.serverSeq;
        counter = c.counter;
        hlc = c.hlc;
        txn = c.txn;
    }
    QCborMap m;
    m.insert(QStringLiteral("devices"), devices);
    m.insert(QStringLiteral("tables"), tables);
    m.insert(QStringLiteral("columns"), columns);
    m.insert(QStringLiteral("authors"), authors);
    m.insert(QStringLiteral("changes"), list);
    return m;
}

bool isValue(const QCborValue &v)
{
    return v.isNull() || v.isInteger() || v.isDouble() || v.isString() || v.isByteArray() ||
           v.isBool();
}

Result<QList<Change>> decodeChanges(const QCborMap &m)
{
    const QCborValue dv = m.value(QStringLiteral("devices")),
                     tv = m.value(QStringLiteral("tables")),
                     cv = m.value(QStringLiteral("columns")),
                     av = m.value(QStringLiteral("authors")),
                     lv = m.value(QStringLiteral("changes"));
    if (!lv.isArray())
        return malformed(QStringLiteral("changes"), QStringLiteral("expected an array"));
    const QCborArray list = lv.toArray();
    if (list.size() > MaxBatch)
        return malformed(
            QStringLiteral("changes"),
            QStringLiteral("%1 changes; at most %2 in one request").arg(list.size()).arg(MaxBatch));
    QList<QByteArray> devices;
    QStringList tables, columns, authors;
    for (const auto &[value, name, out] :
         {std::tuple{dv, QStringLiteral("devices"), static_cast<QStringList *>(nullptr)},
          std::tuple{tv, QStringLiteral("tables"), &tables},
          std::tuple{cv, QStringLiteral("columns"), &columns},
          std::tuple{av, QStringLiteral("authors"), &authors}}) {
        if (!value.isArray())
            return malformed(name, QStringLiteral("expected an array"));
        const QCborArray arr = value.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QCborValue e = arr.at(i);
            const QString where = QStringLiteral("%1[%2]").arg(name).arg(i);
            if (!out) {
                if (!e.isByteArray() || e.toByteArray().size() != 16)
                    return malformed(where, QStringLiteral("expected a 16-byte device id"));
                devices << e.toByteArray();
            } else {
                if (!e.isString() || e.toString().isEmpty() || e.toString().size() > 64)
                    return malformed(where,
                                     QStringLiteral("expected a name of 1 to 64 characters"));
                *out << e.toString();
            }
        }
    }
    for (const QStringList *names : {&tables, &columns}) {
        for (const QString &n : *names) {
            if (!isPlainIdentifier(n))
                return malformed(names == &tables ? QStringLiteral("tables")
                                                  : QStringLiteral("columns"),
                                 QStringLiteral("\"%1\" is not a plain identifier").arg(n));
        }
    }

    QList<Change> changes;
    changes.reserve(list.size());
    qint64 seq = 0, counter = 0, txn = 0;
    quint64 hlc = 0;
    auto index = [](const QCborValue &v, qsizetype size) -> qint64 {
        if (!v.isInteger())
            return -1;
        const qint64 i = v.toInteger();
        return i >= 0 && i < size ? i : -1;
    };
    for (qsizetype i = 0; i < list.size(); ++i) {
        // Named only when something is wrong: formatting it for every change costs.
        const auto where = [i] { return QStringLiteral("changes[%1]").arg(i); };
        const QCborValue e = list.at(i);
        if (!e.isArray() || e.toArray().size() != ChangeFields)
            return malformed(where(),
                             QStringLiteral("expected an array of %1 fields").arg(ChangeFields));
        const QCborArray a = e.toArray();
        for (int f : {0, 2, 3, 4, 9}) {
            if (!a.at(f).isInteger())
                return malformed(where(), QStringLiteral("field %1: expected an integer").arg(f));
        }
        Change c;
        c.serverSeq = seq + a.at(0).toInteger();
        const qint64 d = index(a.at(1), devices.size());
        if (d < 0)
            return malformed(where() + QStringLiteral(".device"), QStringLiteral("no such device"));
        c.device = devices.at(d);
        c.counter = counter + a.at(2).toInteger();
        c.hlc = hlc + quint64(a.at(3).toInteger());
        c.txn = txn + a.at(4).toInteger();
        const qint64 t = index(a.at(5), tables.size());
        if (t < 0)
            return malformed(where() + QStringLiteral(".table"), QStringLiteral("no such table"));
        c.table = tables.at(t);
        if (!a.at(6).isByteArray() || a.at(6).toByteArray().size() != 16)
            return malformed(where() + QStringLiteral(".row"), QStringLiteral("expected 16 bytes"));
        c.row = a.at(6).toByteArray();
        if (!a.at(7).isNull()) {
            const qint64 col = index(a.at(7), columns.size());
            if (col < 0)
                return malformed(where() + QStringLiteral(".column"),
                                 QStringLiteral("no such column"));
            c.column = columns.at(col);
        }
        c.value = a.at(8);
        if (c.isCreation()) {
            if (!c.value.isMap())
                return malformed(where() + QStringLiteral(".value"),
                                 QStringLiteral("a creation carries a map of fields"));
            const QCborMap fields = c.value.toMap();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                const QString key = it.key().toString();
                if (!it.key().isString() || !isPlainIdentifier(key))
                    return malformed(where() + QStringLiteral(".value"),
                                     QStringLiteral("field names are plain identifiers"));
                if (!isValue(it.value()))
                    return malformed(where() + QStringLiteral(".value.") + key,
                                     QStringLiteral("expected a plain value"));
            }
        } else if (!isValue(c.value)) {
            return malformed(where() + QStringLiteral(".value"),
                             QStringLiteral("expected null, a number, text or bytes"));
        }
        c.baseSeq = a.at(9).toInteger();
        if (!a.at(10).isNull()) {
            if (!a.at(10).isByteArray() || a.at(10).toByteArray().size() != 16)
                return malformed(where() + QStringLiteral(".scope"),
                                 QStringLiteral("expected 16 bytes"));
            c.scope = a.at(10).toByteArray();
        }
        if (!a.at(11).isNull()) {
            const qint64 au = index(a.at(11), authors.size());
            if (au < 0)
                return malformed(where() + QStringLiteral(".author"),
                                 QStringLiteral("no such author"));
            c.author = authors.at(au);
        }
        if (c.counter <= 0 || c.serverSeq < 0 || c.baseSeq < 0)
            return malformed(where(), QStringLiteral("counters and sequence numbers are positive"));
        changes << std::move(c);
        seq = changes.last().serverSeq;
        counter = changes.last().counter;
        hlc = changes.last().hlc;
        txn = changes.last().txn;
    }
    return changes;
}

Result<QCborMap> parseMap(const QByteArray &cbor, const QString &what)
{
    if (cbor.size() > MaxDecompressedBytes)
        return malformed(what, QStringLiteral("too large"));
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(cbor, &err);
    if (err.error != QCborError::NoError)
        return malformed(
            what,
            QStringLiteral("malformed CBOR at byte %1: %2").arg(err.offset).arg(err.errorString()));
    if (!v.isMap())
        return malformed(what, QStringLiteral("expected a CBOR map"));
    return v.toMap();
}

Result<QString> text(const QCborMap &m, const QString &key, bool required = true)
{
    const QCborValue v = m.value(key);
    if (v.isUndefined() && !required)
        return QString();
    if (!v.isString())
        return malformed(key, QStringLiteral("expected text"));
    return v.toString();
}

Result<qint64> integer(const QCborMap &m, const QString &key)
{
    const QCborValue v = m.value(key);
    if (!v.isInteger())
        return malformed(key, QStringLiteral("expected an integer"));
    return v.toInteger();
}

Result<QByteArray> deviceId(const QCborMap &m, const QString &key)
{
    const QCborValue v = m.value(key);
    if (!v.isByteArray() || v.toByteArray().size() != 16)
        return malformed(key, QStringLiteral("expected a 16-byte device id"));
    return v.toByteArray();
}

QByteArray withVersion(QCborMap m)
{
    m.insert(QStringLiteral("v"), ProtocolVersion);
    return m.toCborValue().toCbor();
}

} // namespace

bool isPlainIdentifier(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (QChar ch : name) {
        if (!(ch.unicode() < 128 && (ch.isLetterOrNumber() || ch == u'_')))
            return false;
    }
    return true;
}

QByteArray encode(const LoginRequest &r)
{
    QCborMap m;
    m.insert(QStringLiteral("user"), r.user);
    m.insert(QStringLiteral("password"), r.password);
    m.insert(QStringLiteral("device"), r.device);
    m.insert(QStringLiteral("deviceName"), r.deviceName);
    return withVersion(m);
}

QByteArray encode(const LoginResponse &r)
{
    QCborMap m;
    m.insert(QStringLiteral("token"), r.token);
    m.insert(QStringLiteral("user"), r.user);
    m.insert(QStringLiteral("team"), r.team);
    return withVersion(m);
}

QByteArray encode(const PushRequest &r)
{
    QCborMap m = encodeChanges(r.changes);
    m.insert(QStringLiteral("device"), r.device);
    return withVersion(m);
}

QByteArray encode(const PushResponse &r)
{
    QCborArray results;
    qint64 counter = 0, seq = 0;
    for (const PushResult &p : r.results) {
        QCborArray a{p.counter - counter, int(p.status), p.serverSeq - seq};
        if (!p.reason.isEmpty() || p.hlc)
            a.append(p.reason.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(p.reason));
        if (p.hlc)
            a.append(qint64(p.hlc));
        results.append(a);
        counter = p.counter;
        seq = p.serverSeq;
    }
    QCborMap m;
    m.insert(QStringLiteral("results"), results);
    m.insert(QStringLiteral("hlc"), qint64(r.hlc));
    return withVersion(m);
}

QByteArray encode(const PullResponse &r)
{
    QCborMap m = encodeChanges(r.changes);
    m.insert(QStringLiteral("next"), r.next);
    m.insert(QStringLiteral("more"), r.more);
    m.insert(QStringLiteral("hlc"), qint64(r.hlc));
    if (r.head > 0)
        m.insert(QStringLiteral("head"), r.head);
    return withVersion(m);
}

QByteArray encode(const ErrorResponse &r)
{
    QCborMap m;
    m.insert(QStringLiteral("error"), r.error);
    return withVersion(m);
}

Result<LoginRequest> decodeLoginRequest(const QByteArray &cbor)
{
    auto m = parseMap(cbor, QStringLiteral("login"));
    if (!m)
        return m.error();
    LoginRequest r;
    auto user = text(*m, QStringLiteral("user"));
    auto password = text(*m, QStringLiteral("password"));
    auto device = deviceId(*m, QStringLiteral("device"));
    auto name = text(*m, QStringLiteral("deviceName"), false);
    for (const Error *e : {user ? nullptr : &user.error(), password ? nullptr : &password.error(),
                           device ? nullptr : &device.error(), name ? nullptr : &name.error()}) {
        if (e)
            return *e;
    }
    r.user = *user;
    r.password = *password;
    r.device = *device;
    r.deviceName = *name;
    return r;
}

Result<LoginResponse> decodeLoginResponse(const QByteArray &cbor)
{
    auto m = parseMap(cbor, QStringLiteral("login response"));
    if (!m)
        return m.error();
    auto token = text(*m, QStringLiteral("token"));
    auto user = text(*m, QStringLiteral("user"));
    auto team = text(*m, QStringLiteral("team"), false);
    if (!token)
        return token.error();
    if (!user)
        return user.error();
    if (!team)
        return team.error();
    return LoginResponse{*token, *user, *team};
}

Result<PushRequest> decodePushRequest(const QByteArray &cbor)
{
    auto m = parseMap(cbor, QStringLiteral("push"));
    if (!m)
        return m.error();
    auto device = deviceId(*m, QStringLiteral("device"));
    if (!device)
        return device.error();
    auto changes = decodeChanges(*m);
    if (!changes)
        return changes.error();
    for (qsizetype i = 0; i < changes->size(); ++i) {
        if (changes->at(i).device != *device)
            return malformed(QStringLiteral("changes[%1].device").arg(i),
                             QStringLiteral("a device pushes only its own changes"));
    }
    return PushRequest{*device, std::move(changes).value()};
}

Result<PushResponse> decodePushResponse(const QByteArray &cbor)
{
    auto m = parseMap(cbor, QStringLiteral("push response"));
    if (!m)
        return m.error();
    const QCborValue rv = m->value(QStringLiteral("results"));
    if (!rv.isArray())
        return malformed(QStringLiteral("results"), QStringLiteral("expected an array"));
    auto hlc = integer(*m, QStringLiteral("hlc"));
    if (!hlc)
        return hlc.error();
    PushResponse r;
    r.hlc = quint64(*hlc);
    qint64 counter = 0, seq = 0;
    const QCborArray results = rv.toArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const auto where = [i] { return QStringLiteral("results[%1]").arg(i); };
        const QCborArray a = results.at(i).toArray();
        if (!results.at(i).isArray() || a.size() < 3 || a.size() > 5 || !a.at(0).isInteger() ||
            !a.at(1).isInteger() || !a.at(2).isInteger() ||
            (a.size() >= 4 && !a.at(3).isString() && !a.at(3).isNull()) ||
            (a.size() == 5 && !a.at(4).isInteger()))
            return malformed(where(),
                             QStringLiteral("expected [counter, status, seq, reason?, clock?]"));
        const qint64 status = a.at(1).toInteger();
        if (status < 0 || status > int(PushStatus::Rejected))
            return malformed(where(), QStringLiteral("unknown status %1").arg(status));
        PushResult p;
        p.counter = counter + a.at(0).toInteger();
        p.status = PushStatus(status);
        p.serverSeq = seq + a.at(2).toInteger();
        p.reason = a.size() >= 4 ? a.at(3).toString() : QString();
        p.hlc = a.size() == 5 ? quint64(a.at(4).toInteger()) : 0;
        counter = p.counter;
        seq = p.serverSeq;
        r.results << p;
    }
    return r;
}

Result<PullResponse> decodePullResponse(const QByteArray &cbor)
{
    auto m = parseMap(cbor, QStringLiteral("pull response"));
    if (!m)
        return m.error();
    auto changes = decodeChanges(*m);
    if (!changes)
        return changes.error();
    auto next = integer(*m, QStringLiteral("next"));
    if (!next)
        return next.error();
    auto hlc = integer(*m, QStringLiteral("hlc"));
    if (!hlc)
        return hlc.error();
    const QCborValue more = m->value(QStringLiteral("more"));
    if (!more.isBool())
        return malformed(QStringLiteral("more"), QStringLiteral("expected true or false"));
    qint64 head = 0; // optional: an older server does not tell
    if (m->contains(QStringLiteral("head"))) {
        auto told = integer(*m, QStringLiteral("head"));
        if (!told)
            return told.error();
        if (*told < 0)
            return malformed(QStringLiteral("head"), QStringLiteral("expected 0 or more"));
        head = *told;
    }
    return PullResponse{std::move(changes).value(), *next, more.toBool(), quint64(*hlc), head};
}

Result<ErrorResponse> decodeErrorResponse(const QByteArray &cbor)
{
    auto m = parseMap(cbor, QStringLiteral("error response"));
    if (!m)
        return m.error();
    auto e = text(*m, QStringLiteral("error"));
    if (!e)
        return e.error();
    return ErrorResponse{*e};
}

namespace {
qsizetype valueBytes(const QCborValue &v)
{
    if (v.isByteArray())
        return v.toByteArray().size();
    if (v.isString())
        return v.toString().size() * 2;
    return 8;
}
} // namespace

qsizetype valueBytes(const Change &change)
{
    if (!change.value.isMap())
        return valueBytes(change.value);
    qsizetype total = 0;
    const QCborMap map = change.value.toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        total += valueBytes(it.value());
    return total;
}

QByteArray compress(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size,
                  reinterpret_cast<const Bytef *>(data.constData()), uLong(data.size()),
                  Z_BEST_SPEED) != Z_OK)
        return {};
    out.resize(qsizetype(size));
    return out;
}

Result<QByteArray> decompress(const QByteArray &data, qsizetype limit)
{
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK)
        return Error{ErrorCode::Io, QStringLiteral("cannot start zlib"), {}};
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return malformed(QStringLiteral("body"), rc == Z_BUF_ERROR
                                                         ? QStringLiteral("truncated deflate data")
                                                         : QStringLiteral("corrupt deflate data"));
        }
        out.append(buffer, qsizetype(sizeof buffer - zs.avail_out));
        if (out.size() > limit) {
            inflateEnd(&zs);
            return malformed(QStringLiteral("body"),
                             QStringLiteral("more than %1 bytes once decompressed").arg(limit));
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            return malformed(QStringLiteral("body"), QStringLiteral("truncated deflate data"));
        }
    }
    inflateEnd(&zs);
    return out;
}

} // namespace crm::core::sync
