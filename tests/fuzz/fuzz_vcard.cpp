// SPDX-License-Identifier: GPL-3.0-or-later
// vCard 2.1/3.0/4.0 reader: any bytes are read or refused with an error (naming the line
// where there is one); what is read is written back as vCard 4.0, and that reads again as
// the same number of cards.
#include "fuzzcheck.h"

#include "io/vcard.h"

using namespace crm::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size);
    for (const bool keepPhotos : {false, true}) {
        const auto cards = io::parseVCards(input, keepPhotos);
        if (!cards) {
            // "line N: …", or what is wrong with the whole file ("no vCard in the file").
            FUZZ_CHECK(!cards.error().detail.isEmpty(), QStringLiteral("an empty error"));
            continue;
        }
        QList<Contact> contacts;
        for (const io::VCard &card : *cards) {
            FUZZ_CHECK(card.line >= 1, QString::number(card.line));
            contacts.append(io::toContact(card));
        }
        const QByteArray written = io::writeVCards(contacts);
        const auto again = io::parseVCards(written, keepPhotos);
        FUZZ_CHECK(again.ok(), again.error().detail);
        FUZZ_CHECK(
            again->size() == contacts.size(),
            QStringLiteral("%1 cards read back of %2").arg(again->size()).arg(contacts.size()));
    }
    return 0;
}
