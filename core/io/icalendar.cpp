// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"

#include "common/uuid.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

namespace crm::core {

namespace {

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core", text);
}

// ---- writing ----

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = std::abs(seconds);
    QString out = sign + QStringLiteral("%1%2")
                             .arg(seconds / 3600, 2, 10, QChar(u'0'))
                             .arg(seconds / 60 % 60, 2, 10, QChar(u'0'));
    if (seconds % 60)
        out += QStringLiteral("%1").arg(seconds % 60, 2, 10, QChar(u'0'));
    return out;
}

QString localText(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QTimeZone zoneOf(const Activity &a)
{
    if (a.timeZone.isEmpty())
        return QTimeZone::utc();
    QTimeZone z(a.timeZone.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

bool isUtcZone(const Activity &a)
{
    return a.timeZone.isEmpty() || a.timeZone == u"UTC" || a.timeZone == u"Etc/UTC";
}

// "DTSTART;TZID=Europe/Riga:20260301T090000", "…Z" in UTC, ";VALUE=DATE:…" all day.
QString timeProperty(const QString &name, const QDateTime &t, const Activity &a)
{
    const QTimeZone zone = zoneOf(a);
    if (a.allDay)
        return name + u";VALUE=DATE:" + t.toTimeZone(zone).date().toString(u"yyyyMMdd");
    if (isUtcZone(a))
        return name + u':' + utcText(t);
    return name + u";TZID=" + a.timeZone + u':' + localText(t.toTimeZone(zone));
}

QString paramValue(QString v)
{
    v.remove(u'"');
    v.replace(u'\n', u' ');
    if (v.contains(u':') || v.contains(u';') || v.contains(u','))
        return u'"' + v + u'"';
    return v;
}

void vtimezone(QStringList &lines, const QString &id, qint64 fromMs, qint64 toMs)
{
    const QTimeZone zone(id.toUtf8());
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc());
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc());
    lines << QStringLiteral("BEGIN:VTIMEZONE") << u"TZID:" + id;
    auto sub = [&](bool dst, const QDateTime &onsetLocal, int offFrom, int offTo,
                   const QString &name) {
        const QString kind = dst ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        lines << u"BEGIN:" + kind << u"DTSTART:" + localText(onsetLocal)
              << u"TZOFFSETFROM:" + offsetText(offFrom) << u"TZOFFSETTO:" + offsetText(offTo);
        if (!name.isEmpty())
            lines << u"TZNAME:" + ICalendar::escapeText(name);
        lines << u"END:" + kind;
    };
    // The offset in force at the start of the range, then every transition in it.
    const int first = zone.offsetFromUtc(from);
    sub(zone.isDaylightTime(from), from.toOffsetFromUtc(first), first, first,
        zone.abbreviation(from));
    const auto transitions = zone.transitions(from, to);
    int count = 0;
    for (const QTimeZone::OffsetData &t : transitions) {
        if (++count > 400)
            break;
        const int before = zone.offsetFromUtc(t.atUtc.addSecs(-1));
        // The onset in the wall-clock time before it (an offset time formats as local).
        sub(t.daylightTimeOffset != 0, t.atUtc.toOffsetFromUtc(before), before, t.offsetFromUtc,
            t.abbreviation);
    }
    lines << QStringLiteral("END:VTIMEZONE");
}

} // namespace

QByteArray ICalendar::fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    int limit = 75; // octets of the first line; continuation lines lose one to the space
    do {
        qsizetype end = std::min(line.size(), pos + limit);
        // Never cut a UTF-8 sequence: step back over continuation bytes (10xxxxxx).
        while (end < line.size() && end > pos && (uchar(line[end]) & 0xC0) == 0x80)
            --end;
        if (end == pos) // cannot happen with valid UTF-8; do not loop forever on bad bytes
            end = std::min(line.size(), pos + limit);
        if (pos > 0)
            out += ' ';
        out += line.mid(pos, end - pos);
        out += "\r\n";
        pos = end;
        limit = 74;
    } while (pos < line.size());
    return out;
}

QString ICalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u';')
            out += QStringLiteral("\\;");
        else if (c == u',')
            out += QStringLiteral("\\,");
        else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            continue; // CRLF → one \n
        else if (c == u'\n' || c == u'\r')
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20 && c != u'\t')
            continue; // CONTROL characters are not allowed in TEXT
        else
            out += c;
    }
    return out;
}

QString ICalendar::unescapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar n = text[++i];
        if (n == u'n' || n == u'N')
            out += u'\n';
        else
            out += n; // \\ \; \, and, leniently, any other escaped character as itself
    }
    return out;
}

QByteArray ICalendar::write(const QList<Activity> &activities, const QDateTime &stamp)
{
    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:-//CRM//CRM activities//EN"),
                      QStringLiteral("CALSCALE:GREGORIAN")};
    // One VTIMEZONE per zone used, covering its events with a year to spare on each side.
    QMap<QString, QPair<qint64, qint64>> zones;
    for (const Activity &a : activities) {
        if (a.allDay || isUtcZone(a) || !QTimeZone(a.timeZone.toUtf8()).isValid())
            continue;
        for (const QDateTime &t : {a.start, a.end, a.due}) {
            if (!t.isValid())
                continue;
            auto it = zones.find(a.timeZone);
            const qint64 ms = t.toMSecsSinceEpoch();
            if (it == zones.end())
                zones.insert(a.timeZone, {ms, ms});
            else
                *it = {std::min(it->first, ms), std::max(it->second, ms)};
        }
    }
    constexpr qint64 year = 366LL * 24 * 3600 * 1000;
    for (auto it = zones.cbegin(); it != zones.cend(); ++it)
        vtimezone(lines, it.key(), it->first - year, it->second + year);

    const QString dtstamp = u"DTSTAMP:" + utcText(stamp);
    for (const Activity &a : activities) {
        const bool todo = a.kind == Activity::Kind::Task;
        if (!todo && !a.start.isValid())
            continue;
        const QString component = todo ? QStringLiteral("VTODO") : QStringLiteral("VEVENT");
        lines << u"BEGIN:" + component;
        lines << u"UID:" +
                     escapeText(a.icalUid.isEmpty() ? Uuid::toString(a.id) + u"@crm" : a.icalUid);
        lines << dtstamp;
        if (a.updatedAt > 0)
            lines << u"LAST-MODIFIED:" +
                         utcText(QDateTime::fromMSecsSinceEpoch(a.updatedAt, QTimeZone::utc()));
        if (a.start.isValid())
            lines << timeProperty(QStringLiteral("DTSTART"), a.start, a);
        if (!todo && a.allDay) {
            // DTEND of an all-day event is the day after its last day.
            const QDateTime last = a.end.isValid() ? a.end : a.start;
            lines << timeProperty(QStringLiteral("DTEND"), last.addDays(1), a);
        } else if (!todo && a.end.isValid()) {
            lines << timeProperty(QStringLiteral("DTEND"), a.end, a);
        }
        if (todo && a.due.isValid())
            lines << timeProperty(QStringLiteral("DUE"), a.due, a);
        lines << u"SUMMARY:" + escapeText(a.subject);
        if (!a.notes.isEmpty())
            lines << u"DESCRIPTION:" + escapeText(a.notes);
        if (!a.place.isEmpty())
            lines << u"LOCATION:" + escapeText(a.place);
        if (a.priority > 0)
            lines << u"PRIORITY:" + QString::number(a.priority);
        for (const Attendee &at : a.attendees) {
            if (at.email.isEmpty())
                continue;
            lines << QStringLiteral("ATTENDEE") +
                         (at.name.isEmpty() ? QString() : u";CN=" + paramValue(at.name)) +
                         u":mailto:" + at.email;
        }
        if (todo) {
            lines << (a.done ? QStringLiteral("STATUS:COMPLETED")
                             : QStringLiteral("STATUS:NEEDS-ACTION"));
            if (a.done && a.doneAt.isValid())
                lines << u"COMPLETED:" + utcText(a.doneAt);
        }
        if (a.kind == Activity::Kind::Visit)
            lines << QStringLiteral("X-CRM-KIND:visit");
        if (a.reminderMinutes && (a.start.isValid() || a.due.isValid())) {
            lines << QStringLiteral("BEGIN:VALARM") << QStringLiteral("ACTION:DISPLAY")
                  << u"DESCRIPTION:" + escapeText(a.subject);
            // A VTODO's reminder counts from its due time when it has no start.
            const QString related =
                todo && !a.start.isValid() ? QStringLiteral(";RELATED=END") : QString();
            lines << u"TRIGGER" + related + u":" + (*a.reminderMinutes > 0 ? u"-" : u"") + u"PT" +
                         QString::number(*a.reminderMinutes) + u'M';
            lines << QStringLiteral("END:VALARM");
        }
        lines << u"END:" + component;
    }
    lines << QStringLiteral("END:VCALENDAR");
    QByteArray out;
    for (const QString &l : std::as_const(lines))
        out += fold(l.toUtf8());
    return out;
}

// ---- reading ----

namespace {

struct Property
{
    QString name;                   // upper case
    QHash<QString, QString> params; // upper-case names; values without quotes
    QString value;
    int line = 0;
};

struct Component
{
    QString name;
    int line = 0;
    QList<Property> properties;
    QList<Component> children;

    const Property *find(const QString &n) const
    {
        for (const Property &p : properties) {
            if (p.name == n)
                return &p;
        }
        return nullptr;
    }
};

Error failAt(int line, const QString &message)
{
    return Error{ErrorCode::Invalid, tr("line %1: %2").arg(line).arg(message), {}};
}

Result<Property> parseLine(const QString &text, int line)
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9-]+$"));
    Property p;
    p.line = line;
    qsizetype i = 0;
    while (i < text.size() && text[i] != u';' && text[i] != u':')
        ++i;
    p.name = text.left(i).toUpper();
    if (p.name.isEmpty() || !nameRe.match(p.name).hasMatch() || i == text.size())
        return failAt(line, tr("“%1” is not an iCalendar content line").arg(text.left(60)));
    while (i < text.size() && text[i] == u';') {
        ++i;
        const qsizetype eq = text.indexOf(u'=', i);
        if (eq < 0)
            return failAt(line, tr("a parameter of %1 has no value").arg(p.name));
        const QString pname = text.mid(i, eq - i).toUpper();
        if (!nameRe.match(pname).hasMatch())
            return failAt(line, tr("a parameter of %1 has no value").arg(p.name));
        i = eq + 1;
        QString value;
        // A parameter may hold several values, separated by commas, each quoted or not.
        while (true) {
            if (i < text.size() && text[i] == u'"') {
                const qsizetype close = text.indexOf(u'"', i + 1);
                if (close < 0)
                    return failAt(line, tr("a quoted parameter of %1 is not closed").arg(p.name));
                value += text.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype start = i;
                while (i < text.size() && text[i] != u';' && text[i] != u':' && text[i] != u',')
                    ++i;
                value += text.mid(start, i - start);
            }
            if (i < text.size() && text[i] == u',') {
                value += u',';
                ++i;
                continue;
            }
            break;
        }
        p.params.insert(pname, value);
    }
    if (i >= text.size() || text[i] != u':')
        return failAt(line, tr("%1 has no value (no “:”)").arg(p.name));
    p.value = text.mid(i + 1);
    return p;
}

// Splits and unfolds into content lines, each with the number of its first physical line.
Result<QList<QPair<QString, int>>> contentLines(const QByteArray &bytes)
{
    QList<QPair<QByteArray, int>> raw;
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        // CRLF as RFC 5545 has it, bare LF, and bare CR (old Mac files) all end a line.
        qsizetype end = pos;
        while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r')
            ++end;
        ++lineNo;
        QByteArray physical = bytes.mid(pos, end - pos);
        pos = end + 1;
        if (end + 1 < bytes.size() && bytes[end] == '\r' && bytes[end + 1] == '\n')
            ++pos;
        if (!physical.isEmpty() && (physical[0] == ' ' || physical[0] == '\t')) {
            if (raw.isEmpty())
                return failAt(lineNo, tr("a continuation line comes before any property"));
            raw.last().first += physical.mid(1);
        } else if (physical.isEmpty()) {
            continue; // blank lines are not allowed, but harmless: skip them
        } else {
            raw << qMakePair(physical, lineNo);
        }
        if (raw.last().first.size() > ICalendar::MaxLineBytes)
            return failAt(raw.last().second,
                          tr("the line is longer than %1 bytes").arg(ICalendar::MaxLineBytes));
    }
    QList<QPair<QString, int>> out;
    out.reserve(raw.size());
    for (const auto &[b, n] : raw) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder.decode(b);
        if (decoder.hasError())
            return failAt(n, tr("the text is not UTF-8"));
        // CONTROL characters (all but HTAB) are not allowed in a content line: dropped, as
        // the writer drops them, so what is read writes back the same.
        text.removeIf(
            [](QChar c) { return (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f; });
        out << qMakePair(text, n);
    }
    return out;
}

Result<QList<Component>> parseComponents(const QByteArray &bytes)
{
    auto lines = contentLines(bytes);
    if (!lines)
        return lines.error();
    QList<Component> roots;
    QList<Component> stack;
    for (const auto &[text, n] : lines.value()) {
        auto prop = parseLine(text, n);
        if (!prop)
            return prop.error();
        const QString value = prop->value.trimmed().toUpper();
        if (prop->name == u"BEGIN") {
            if (value.isEmpty())
                return failAt(n, tr("BEGIN without a component name"));
            if (stack.isEmpty() && value != u"VCALENDAR")
                return failAt(n, tr("%1 outside a VCALENDAR").arg(value));
            if (stack.size() > 16)
                return failAt(n, tr("components nest too deep"));
            stack << Component{value, n, {}, {}};
        } else if (prop->name == u"END") {
            if (stack.isEmpty() || stack.last().name != value)
                return failAt(n, stack.isEmpty()
                                     ? tr("END:%1 without its BEGIN").arg(value)
                                     : tr("END:%1 where END:%2 (begun on line %3) was expected")
                                           .arg(value, stack.last().name)
                                           .arg(stack.last().line));
            Component done = stack.takeLast();
            if (stack.isEmpty())
                roots << done;
            else
                stack.last().children << done;
        } else {
            if (stack.isEmpty())
                return failAt(n, tr("%1 outside a VCALENDAR").arg(prop->name));
            stack.last().properties << prop.value();
        }
    }
    if (!stack.isEmpty())
        return failAt(stack.last().line,
                      tr("BEGIN:%1 is never ended (the file ends early)").arg(stack.last().name));
    if (roots.isEmpty())
        return failAt(1, tr("not an iCalendar file (no BEGIN:VCALENDAR)"));
    return roots;
}

// Only real IANA ids: QTimeZone also takes POSIX TZ strings, so "Olympus" would be "valid".
std::optional<QTimeZone> ianaZone(const QByteArray &id)
{
    if (!Activity::isKnownTimeZone(id))
        return std::nullopt;
    QTimeZone z(id);
    return z.isValid() ? std::optional<QTimeZone>(z) : std::nullopt;
}

std::optional<QTimeZone> resolveZone(QString tzid)
{
    tzid = tzid.trimmed();
    if (tzid.isEmpty())
        return std::nullopt;
    if (auto z = ianaZone(tzid.toUtf8()))
        return z;
    // "/mozilla.org/20050126_1/Europe/Riga", "/freeassociation.sourceforge.net/Europe/Riga"
    const QStringList parts = tzid.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype n = std::min<qsizetype>(3, parts.size()); n >= 2; --n) {
        if (auto z = ianaZone(parts.mid(parts.size() - n).join(u'/').toUtf8()))
            return z;
    }
    // Outlook writes Windows names ("FLE Standard Time").
    return ianaZone(QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8()));
}

struct When
{
    QDateTime at;   // UTC
    QString zoneId; // what to keep as the activity's zone
    bool allDay = false;
};

Result<When> parseWhen(const Property &p, const QTimeZone &userZone)
{
    static const QRegularExpression dateRe(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression dateTimeRe(
        QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(Z?)$"));
    const QString v = p.value.trimmed();
    const QString userId = QString::fromUtf8(userZone.id());
    if (auto m = dateRe.match(v); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid())
            return failAt(p.line, tr("“%1” in %2 is not a date").arg(v, p.name));
        // A date belongs to no zone: the day in the user's zone.
        return When{QDateTime(d, QTime(0, 0), userZone).toUTC(), userId, true};
    }
    const auto m = dateTimeRe.match(v);
    if (!m.hasMatch() || p.params.value(QStringLiteral("VALUE")).toUpper() == u"DATE")
        return failAt(p.line, tr("“%1” in %2 is not a date-time").arg(v.left(40), p.name));
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int sec = m.captured(6).toInt();
    if (sec == 60)
        sec = 59; // a leap second
    const QTime t(m.captured(4).toInt(), m.captured(5).toInt(), sec);
    if (!d.isValid() || !t.isValid())
        return failAt(p.line, tr("“%1” in %2 is not a date-time").arg(v, p.name));
    if (!m.captured(7).isEmpty())
        return When{QDateTime(d, t, QTimeZone::utc()), QStringLiteral("UTC"), false};
    if (p.params.contains(QStringLiteral("TZID"))) {
        const QString tzid = p.params.value(QStringLiteral("TZID"));
        const auto zone = resolveZone(tzid);
        if (!zone)
            return failAt(p.line, tr("unknown time zone “%1”").arg(tzid.left(80)));
        return When{QDateTime(d, t, *zone).toUTC(), QString::fromUtf8(zone->id()), false};
    }
    // Floating: the same wall-clock time wherever the user is; here, the user's zone.
    return When{QDateTime(d, t, userZone).toUTC(), userId, false};
}

// "-PT15M", "P1D", "PT1H30M", "P2W" → seconds.
std::optional<qint64> parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const auto m = re.match(text.trimmed().toUpper());
    if (!m.hasMatch() || text.trimmed().size() < 3)
        return std::nullopt;
    // Each part on its own within the limit first: a part too long for a number, or one whose
    // product would overflow, is refused rather than read as 0 or wrapped.
    constexpr qint64 Limit = 10LL * 366 * 86400;
    constexpr qint64 unit[] = {0, 0, 7 * 86400, 86400, 3600, 60, 1};
    qint64 s = 0;
    for (int i = 2; i <= 6; ++i) {
        if (m.capturedLength(i) == 0)
            continue;
        bool ok = false;
        const qint64 n = m.captured(i).toLongLong(&ok);
        if (!ok || n > Limit)
            return std::nullopt;
        s += n * unit[i];
    }
    if (s > Limit)
        return std::nullopt;
    return m.captured(1) == u"-" ? -s : s;
}

Result<Activity> toActivity(const Component &c, const QTimeZone &userZone)
{
    const bool todo = c.name == u"VTODO";
    Activity a;
    a.kind = todo ? Activity::Kind::Task : Activity::Kind::Meeting;
    a.timeZone = QString::fromUtf8(userZone.id());
    if (const Property *p = c.find(QStringLiteral("UID")); p && !p->value.trimmed().isEmpty()) {
        a.icalUid = ICalendar::unescapeText(p->value.trimmed());
    } else {
        // No UID (RFC 5545 requires one): one derived from the content, so importing the
        // same file again still updates rather than duplicates.
        QCryptographicHash h(QCryptographicHash::Sha1);
        for (const Property &p2 : c.properties) {
            if (p2.name != u"DTSTAMP")
                h.addData((p2.name + u':' + p2.value + u'\n').toUtf8());
        }
        a.icalUid = QString::fromLatin1(h.result().toHex()) + u"@import";
    }
    if (a.icalUid.size() > 1000)
        return failAt(c.line, tr("the UID of %1 is longer than 1000 characters").arg(c.name));
    if (const Property *p = c.find(QStringLiteral("SUMMARY")))
        a.subject = ICalendar::unescapeText(p->value).simplified();
    if (a.subject.isEmpty())
        a.subject = todo ? tr("(task without a title)") : tr("(event without a title)");
    if (a.subject.size() > 500)
        a.subject = a.subject.left(500);
    if (const Property *p = c.find(QStringLiteral("DESCRIPTION")))
        a.notes = ICalendar::unescapeText(p->value);
    if (const Property *p = c.find(QStringLiteral("LOCATION")))
        a.place = ICalendar::unescapeText(p->value);
    if (const Property *p = c.find(QStringLiteral("X-CRM-KIND"));
        p && !todo && p->value.trimmed() == u"visit")
        a.kind = Activity::Kind::Visit;
    if (const Property *p = c.find(QStringLiteral("PRIORITY"))) {
        bool ok = false;
        const int v = p->value.trimmed().toInt(&ok);
        if (!ok || v < 0 || v > 9)
            return failAt(p->line,
                          tr("PRIORITY is a number from 0 to 9, not “%1”").arg(p->value.left(20)));
        a.priority = v;
    }
    if (const Property *p = c.find(QStringLiteral("DTSTART"))) {
        auto w = parseWhen(*p, userZone);
        if (!w)
            return w.error();
        a.start = w->at;
        a.timeZone = w->zoneId;
        a.allDay = w->allDay;
    } else if (!todo) {
        return failAt(c.line, tr("the VEVENT has no DTSTART"));
    }
    if (const Property *p = c.find(QStringLiteral("DTEND")); p && !todo) {
        auto w = parseWhen(*p, userZone);
        if (!w)
            return w.error();
        a.end = w->at;
        if (a.allDay && a.end > a.start)
            a.end = a.end.addSecs(-1); // the exclusive day after → within the last day
    } else if (const Property *d = c.find(QStringLiteral("DURATION")); d && a.start.isValid()) {
        const auto s = parseDuration(d->value);
        if (!s || *s < 0)
            return failAt(d->line, tr("“%1” is not a duration").arg(d->value.left(40)));
        a.end = a.start.addSecs(*s);
    }
    if (a.end.isValid() && a.end < a.start)
        return failAt(c.line, tr("the %1 ends before it starts").arg(c.name));
    if (todo) {
        if (const Property *p = c.find(QStringLiteral("DUE"))) {
            auto w = parseWhen(*p, userZone);
            if (!w)
                return w.error();
            a.due = w->at;
            if (!a.start.isValid()) {
                a.timeZone = w->zoneId;
                a.allDay = w->allDay;
            }
        }
        const Property *status = c.find(QStringLiteral("STATUS"));
        const Property *completed = c.find(QStringLiteral("COMPLETED"));
        a.done = (status && status->value.trimmed().toUpper() == u"COMPLETED") || completed;
        if (completed) {
            auto w = parseWhen(*completed, QTimeZone::utc());
            if (!w)
                return w.error();
            a.doneAt = w->at;
        }
        // A to-do with a start but no due time is due at its start.
        if (!a.due.isValid() && a.start.isValid()) {
            a.due = a.start;
            a.start = {};
        }
    }
    for (const Property &p : c.properties) {
        if (p.name != u"ATTENDEE")
            continue;
        Attendee at;
        QString v = p.value.trimmed();
        if (v.startsWith(u"mailto:", Qt::CaseInsensitive))
            v = v.mid(7);
        at.email = v.contains(u'@') ? v : QString();
        at.name = p.params.value(QStringLiteral("CN")).trimmed();
        if (at.email.isEmpty() && at.name.isEmpty())
            continue;
        a.attendees << at;
    }
    for (const Component &alarm : c.children) {
        if (alarm.name != u"VALARM")
            continue;
        const Property *trigger = alarm.find(QStringLiteral("TRIGGER"));
        if (!trigger)
            return failAt(alarm.line, tr("the VALARM has no TRIGGER"));
        const QDateTime base = a.start.isValid() ? a.start : a.due;
        if (!base.isValid())
            break; // nothing to remind of
        qint64 before = 0;
        if (trigger->params.value(QStringLiteral("VALUE")).toUpper() == u"DATE-TIME") {
            auto w = parseWhen(*trigger, QTimeZone::utc());
            if (!w)
                return w.error();
            before = w->at.secsTo(base);
        } else {
            const auto s = parseDuration(trigger->value);
            if (!s)
                return failAt(trigger->line,
                              tr("“%1” is not a duration").arg(trigger->value.left(40)));
            qint64 offset = *s;
            if (trigger->params.value(QStringLiteral("RELATED")).toUpper() == u"END" &&
                a.end.isValid())
                offset += a.start.secsTo(a.end);
            before = -offset;
        }
        a.reminderMinutes = int(std::clamp<qint64>(before / 60, 0, 60 * 24 * 366));
        break; // one reminder per activity: the first alarm
    }
    if (const auto errors = Validation::check(a); !errors.isEmpty())
        return failAt(c.line, c.name + u": " + errors.first().message());
    return a;
}

} // namespace

Result<QList<Activity>> ICalendar::read(const QByteArray &bytes, const QTimeZone &userZone)
{
    if (bytes.size() > MaxFileBytes)
        return Error{
            ErrorCode::Invalid, tr("the file is larger than %1 MB").arg(MaxFileBytes >> 20), {}};
    auto roots = parseComponents(bytes);
    if (!roots)
        return roots.error();
    QList<Activity> out;
    QHash<QString, int> byUid;
    for (const Component &calendar : roots.value()) {
        for (const Component &c : calendar.children) {
            if (c.name != u"VEVENT" && c.name != u"VTODO")
                continue; // VTIMEZONE (zones are resolved by TZID), VJOURNAL, X- components
            auto a = toActivity(c, userZone);
            if (!a)
                return a.error();
            // A UID twice (a recurrence override): the last one wins, once.
            if (const auto it = byUid.constFind(a->icalUid); it != byUid.constEnd())
                out[*it] = a.value();
            else {
                byUid.insert(a->icalUid, int(out.size()));
                out << a.value();
            }
        }
    }
    return out;
}

} // namespace crm::core
