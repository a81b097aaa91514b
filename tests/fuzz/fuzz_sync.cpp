// SPDX-License-Identifier: GPL-3.0-or-later
// Sync payloads, as the server and the client receive them: the deflate layer, then every
// CBOR message decoder. Each refuses bad input with an Error; a message it accepts encodes
// again to bytes that decode to the same encoding (nothing is lost or invented on the way).
#include "fuzzcheck.h"

#include "sync/protocol.h"

using namespace crm::core;
using namespace crm::core::sync;

namespace {

template <typename Decode> void roundTrip(const QByteArray &cbor, Decode decode, const char *name)
{
    const auto message = decode(cbor);
    if (!message) {
        FUZZ_CHECK(!message.error().detail.isEmpty(), QString::fromLatin1(name));
        return;
    }
    const QByteArray encoded = encode(*message);
    const auto again = decode(encoded);
    FUZZ_CHECK(again.ok(), QString::fromLatin1(name) + QStringLiteral(": ") + again.error().detail);
    FUZZ_CHECK(encode(*again) == encoded, QString::fromLatin1(name));
}

void decodeAll(const QByteArray &cbor)
{
    roundTrip(cbor, decodeLoginRequest, "LoginRequest");
    roundTrip(cbor, decodeLoginResponse, "LoginResponse");
    roundTrip(cbor, decodePushRequest, "PushRequest");
    roundTrip(cbor, decodePushResponse, "PushResponse");
    roundTrip(cbor, decodePullResponse, "PullResponse");
    roundTrip(cbor, decodeErrorResponse, "ErrorResponse");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size);
    decodeAll(input);
    // A small limit, so a deflate bomb in the corpus is refused quickly.
    if (const auto inflated = decompress(input, 1 << 20); inflated.ok()) {
        decodeAll(*inflated);
        const auto again = decompress(compress(*inflated), 1 << 20);
        FUZZ_CHECK(again.ok() && *again == *inflated, QStringLiteral("compress round trip"));
    }
    return 0;
}
