// SPDX-License-Identifier: GPL-3.0-or-later
// iCalendar reader: any bytes are read or refused with an error whose detail starts "line N:";
// what is read is written back, and that reads again as the same activities (UID, kind, subject,
// start, due).
#include "fuzzcheck.h"

#include "io/icalendar.h"

#include <QTimeZone>

using namespace crm::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Riga"));
    const auto activities = ICalendar::read(fuzzBytes(data, size), zone);
    if (!activities) {
        FUZZ_CHECK(activities.error().detail.startsWith(QStringLiteral("line ")),
                   activities.error().detail);
        return 0;
    }
    const QDateTime stamp(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    const QByteArray written = ICalendar::write(*activities, stamp);
    const auto again = ICalendar::read(written, zone);
    FUZZ_CHECK(again.ok(), again.error().detail);
    FUZZ_CHECK(again->size() == activities->size(),
               QStringLiteral("%1 read back of %2").arg(again->size()).arg(activities->size()));
    for (qsizetype i = 0; i < again->size(); ++i) {
        const Activity &a = activities->at(i);
        const Activity &b = again->at(i);
        FUZZ_CHECK(b.icalUid == a.icalUid, b.icalUid);
        FUZZ_CHECK(b.kind == a.kind, b.subject);
        FUZZ_CHECK(b.subject == a.subject, b.subject);
        FUZZ_CHECK(b.start == a.start, b.start.toString(Qt::ISODate));
        FUZZ_CHECK(b.due == a.due, b.due.toString(Qt::ISODate));
    }
    return 0;
}
