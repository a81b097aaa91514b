// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcard.h"

#include "common/uuid.h"
#include "io/textcodec.h"

#include <QCoreApplication>

namespace crm::core::io {

namespace {

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::io", text);
}

Error errorAt(qint64 line, const QString &what)
{
    return Error{ErrorCode::Invalid, tr("line %1: %2").arg(line).arg(what),
                 QStringLiteral("line %1").arg(line)};
}

struct RawLine
{
    qint64 line;
    QByteArray text;
};

struct Property
{
    qint64 line = 0;
    QByteArray name;                             // upper case, without group
    QList<QPair<QByteArray, QByteArray>> params; // upper-case names; bare 2.1 types as TYPE
    QByteArray rawValue;

    QList<QByteArray> types() const
    {
        QList<QByteArray> out;
        for (const auto &[n, v] : params) {
            if (n == "TYPE") {
                for (const QByteArray &t : v.split(','))
                    out << t.trimmed().toLower();
            }
        }
        return out;
    }
    QByteArray param(const QByteArray &wanted) const
    {
        for (const auto &[n, v] : params) {
            if (n == wanted)
                return v;
        }
        return {};
    }
};

// Physical lines, with their numbers; CRLF, LF or CR.
QList<RawLine> physicalLines(const QByteArray &data)
{
    QList<RawLine> out;
    qint64 number = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= data.size(); ++i) {
        if (i == data.size() || data[i] == '\n' || data[i] == '\r') {
            out << RawLine{number, data.mid(start, i - start)};
            if (i < data.size() && data[i] == '\r' && i + 1 < data.size() && data[i + 1] == '\n')
                ++i;
            ++number;
            start = i + 1;
        }
    }
    return out;
}

bool isQuotedPrintable(const QByteArray &head)
{
    return head.toUpper().contains("QUOTED-PRINTABLE");
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
                continue;
            }
        }
        if (c == '=' && i == in.size() - 1)
            continue; // a soft line break left at the very end
        out += c;
    }
    return out;
}

// Text with vCard escapes undone: \n \N \, \; \\ (3.0 and 4.0).
QString unescape(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\' && i + 1 < s.size()) {
            const QChar n = s[++i];
            out += (n == u'n' || n == u'N') ? QChar(u'\n') : n;
        } else {
            out += s[i];
        }
    }
    return out;
}

// Splits at separators that are not escaped (structured values: N, ADR, ORG, CATEGORIES).
QStringList splitUnescaped(const QString &s, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\' && i + 1 < s.size()) {
            current += s[i];
            current += s[++i];
        } else if (s[i] == separator) {
            parts << current;
            current.clear();
        } else {
            current += s[i];
        }
    }
    parts << current;
    return parts;
}

Result<Property> parseProperty(const RawLine &l)
{
    // name[;param…]:value — the first ':' outside a quoted parameter value.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < l.text.size(); ++i) {
        if (l.text[i] == '"')
            quoted = !quoted;
        else if (l.text[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return errorAt(
            l.line,
            tr("“%1” is not a property (NAME:value)").arg(QString::fromUtf8(l.text.left(40))));
    Property p;
    p.line = l.line;
    const QList<QByteArray> head = l.text.left(colon).split(';');
    p.name = head.first().trimmed().toUpper();
    if (const qsizetype dot = p.name.lastIndexOf('.'); dot >= 0)
        p.name = p.name.mid(dot + 1); // "item1.EMAIL"
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArray &param = head[i];
        const qsizetype eq = param.indexOf('=');
        if (eq < 0) {
            // 2.1: ;WORK;CELL;QUOTED-PRINTABLE;BASE64
            const QByteArray bare = param.trimmed().toUpper();
            if (bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "B")
                p.params << qMakePair(QByteArray("ENCODING"), bare);
            else
                p.params << qMakePair(QByteArray("TYPE"), bare);
        } else {
            QByteArray value = param.mid(eq + 1).trimmed();
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            p.params << qMakePair(param.left(eq).trimmed().toUpper(), value);
        }
    }
    p.rawValue = l.text.mid(colon + 1);
    return p;
}

QString textOf(const Property &p)
{
    QByteArray bytes = p.rawValue;
    if (p.param("ENCODING").toUpper() == "QUOTED-PRINTABLE")
        bytes = decodeQuotedPrintable(bytes);
    const QByteArray charset = p.param("CHARSET");
    if (!charset.isEmpty()) {
        TextDecoder d(charset);
        if (d.isValid())
            return d.decode(bytes, true);
    }
    qint64 invalid = 0;
    QString text = TextDecoder::decodeAll("UTF-8", bytes, &invalid);
    if (invalid > 0) // an old card in a code page without saying so
        text = TextDecoder::decodeAll(detectEncoding(bytes).name, bytes);
    return text;
}

QString labelOf(const QList<QByteArray> &types, bool phone)
{
    if (phone && (types.contains("cell") || types.contains("mobile") || types.contains("iphone")))
        return QStringLiteral("mobile");
    if (types.contains("work"))
        return QStringLiteral("work");
    if (types.contains("home"))
        return QStringLiteral("home");
    return phone ? QStringLiteral("other") : QStringLiteral("work");
}

// 4.0 and 3.0 write 1985-04-12 or 19850412, sometimes with a time after it.
QDate parseBirthday(const QString &value)
{
    const QString v = value.trimmed();
    const QDate iso = QDate::fromString(v.left(10), QStringLiteral("yyyy-MM-dd"));
    if (iso.isValid())
        return iso;
    if (v.size() == 8 || (v.size() > 8 && v.at(8) == u'T'))
        return QDate::fromString(v.left(8), QStringLiteral("yyyyMMdd"));
    return {};
}

Status applyProperty(VCard &card, const Property &p, bool keepPhotos)
{
    const QByteArray &n = p.name;
    if (n == "VERSION") {
        card.version = QString::fromLatin1(p.rawValue.trimmed());
        return {};
    }
    if (n == "PHOTO") {
        if (!keepPhotos)
            return {};
        card.photoLine = p.line;
        card.photo.clear();
        card.photoType.clear();
        const QByteArray encoding = p.param("ENCODING").toUpper();
        const QByteArray value = p.rawValue.trimmed();
        if (encoding == "B" || encoding == "BASE64") {
            const auto decoded =
                QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.isEmpty()) {
                card.warnings << tr("line %1: the photo is not valid base64; skipped").arg(p.line);
                return {};
            }
            card.photo = *decoded;
            const QByteArray type = p.param("TYPE").toLower();
            card.photoType = type.isEmpty() ? QString() : u"image/"_qs + QString::fromLatin1(type);
        } else if (value.startsWith("data:")) {
            // 4.0: data:image/jpeg;base64,…
            const qsizetype comma = value.indexOf(',');
            const QByteArray meta = value.mid(5, comma - 5);
            const auto decoded = QByteArray::fromBase64Encoding(
                value.mid(comma + 1), QByteArray::AbortOnBase64DecodingErrors);
            if (comma < 0 || !meta.endsWith(";base64") || !decoded || decoded.decoded.isEmpty()) {
                card.warnings
                    << tr("line %1: the photo is not a base64 data URI; skipped").arg(p.line);
                return {};
            }
            card.photo = *decoded;
            card.photoType = QString::fromLatin1(meta.left(meta.indexOf(';')));
        } else if (!value.isEmpty()) {
            // A link (http:, cid:, file:): the picture is not in the file, and an import
            // does not fetch from the network.
            card.warnings << tr("line %1: the photo is a link to elsewhere (“%2”), not a picture "
                                "in the file; skipped")
                                 .arg(p.line)
                                 .arg(QString::fromUtf8(value.left(60)));
        }
        return {};
    }
    if (n == CustomFieldProperty) {
        const QString key = QString::fromUtf8(p.param("X-KEY")).trimmed().toLower();
        const QString raw = textOf(p);
        const bool escaped = card.version != u"2.1";
        VCardCustomValue v{p.line, key, escaped ? unescape(raw) : raw, {}};
        for (const QString &part : splitUnescaped(raw, u','))
            v.values << (escaped ? unescape(part) : part);
        if (key.isEmpty())
            card.warnings << tr("line %1: %2 without X-KEY (the field it is for); skipped")
                                 .arg(p.line)
                                 .arg(QString::fromLatin1(CustomFieldProperty));
        else
            card.custom << v;
        return {};
    }
    const QString text = textOf(p);
    const bool escaped = card.version != u"2.1";
    auto value = [&](const QString &s) { return escaped ? unescape(s) : s; };
    if (n == "FN") {
        card.formattedName = value(text).trimmed();
    } else if (n == "N") {
        const QStringList parts = splitUnescaped(text, u';');
        card.lastName = value(parts.value(0)).trimmed();
        card.firstName = value(parts.value(1)).trimmed();
        const QString middle = value(parts.value(2)).trimmed();
        if (!middle.isEmpty())
            card.firstName += u' ' + middle;
    } else if (n == "ORG") {
        card.organization = value(splitUnescaped(text, u';').value(0)).trimmed();
    } else if (n == "TITLE") {
        card.title = value(text).trimmed();
    } else if (n == "NOTE") {
        card.note = value(text);
    } else if (n == "EMAIL") {
        const QString address = value(text).trimmed();
        if (!address.isEmpty())
            card.emails << EmailAddress{{}, labelOf(p.types(), false), address};
    } else if (n == "TEL") {
        QString number = value(text).trimmed();
        if (number.startsWith(u"tel:", Qt::CaseInsensitive))
            number = number.mid(4);
        if (!number.isEmpty())
            card.phones << PhoneNumber{{}, labelOf(p.types(), true), number};
    } else if (n == "ADR") {
        const QStringList parts = splitUnescaped(text, u';');
        VCardAddress a;
        a.label = labelOf(p.types(), false);
        QStringList street;
        for (int i : {0, 1, 2}) {
            const QString s = value(parts.value(i)).trimmed();
            if (!s.isEmpty())
                street << s;
        }
        a.street = street.join(QStringLiteral(", "));
        a.city = value(parts.value(3)).trimmed();
        a.region = value(parts.value(4)).trimmed();
        a.postalCode = value(parts.value(5)).trimmed();
        a.country = value(parts.value(6)).trimmed();
        card.addresses << a;
    } else if (n == "BDAY") {
        const QDate d = parseBirthday(value(text));
        if (d.isValid())
            card.birthday = d;
        else
            card.warnings << tr("line %1: birthday “%2” is not a date; skipped")
                                 .arg(p.line)
                                 .arg(value(text).left(40));
    } else if (n == "CATEGORIES") {
        for (const QString &c : splitUnescaped(text, u',')) {
            const QString tag = value(c).trimmed();
            if (!tag.isEmpty() && !card.categories.contains(tag))
                card.categories << tag;
        }
    }
    return {};
}

} // namespace

Result<QList<VCard>> parseVCards(const QByteArray &input, bool keepPhotos)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        data = TextDecoder::decodeAll(detectEncoding(data).name, data.mid(2)).toUtf8();
    const QList<RawLine> physical = physicalLines(data);

    // Logical lines: unfold (a line starting with space or tab continues the previous one;
    // a quoted-printable value ending in '=' continues on the next line).
    QList<RawLine> lines;
    for (const RawLine &l : physical) {
        if (!lines.isEmpty() && !l.text.isEmpty() && (l.text[0] == ' ' || l.text[0] == '\t')) {
            lines.last().text += l.text.mid(1); // the line break and one space are the fold
            continue;
        }
        if (!lines.isEmpty() && lines.last().text.endsWith('=')) {
            const QByteArray &prev = lines.last().text;
            const qsizetype colon = prev.indexOf(':');
            if (colon > 0 && isQuotedPrintable(prev.left(colon))) {
                lines.last().text.chop(1);
                lines.last().text += l.text;
                continue;
            }
        }
        lines << l;
    }

    QList<VCard> cards;
    VCard *open = nullptr;
    for (const RawLine &l : std::as_const(lines)) {
        if (l.text.trimmed().isEmpty())
            continue;
        const QByteArray upper = l.text.trimmed().toUpper();
        if (upper == "BEGIN:VCARD") {
            if (open)
                return errorAt(
                    l.line,
                    tr("a vCard begins inside the one that begins on line %1").arg(open->line));
            cards.append(VCard{});
            open = &cards.last();
            open->line = l.line;
            continue;
        }
        if (upper == "END:VCARD") {
            if (!open)
                return errorAt(l.line, tr("END:VCARD without BEGIN:VCARD"));
            open = nullptr;
            continue;
        }
        if (!open) {
            return errorAt(l.line, tr("text outside a vCard (BEGIN:VCARD … END:VCARD): “%1”")
                                       .arg(QString::fromUtf8(l.text.left(40))));
        }
        auto p = parseProperty(l);
        if (!p)
            return p.error();
        if (auto s = applyProperty(*open, *p, keepPhotos); !s)
            return s.error();
    }
    if (open)
        return errorAt(open->line, tr("the vCard that begins here does not end (END:VCARD is "
                                      "missing)"));
    if (cards.isEmpty())
        return Error{ErrorCode::Invalid, tr("no vCard in the file (BEGIN:VCARD is missing)"), {}};
    return cards;
}

Contact toContact(const VCard &card)
{
    Contact c;
    c.firstName = card.firstName;
    c.lastName = card.lastName;
    if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
        // Only a formatted name: its last word is the last name.
        const QStringList words = card.formattedName.split(u' ', Qt::SkipEmptyParts);
        if (words.size() > 1) {
            c.lastName = words.last();
            c.firstName = words.mid(0, words.size() - 1).join(u' ');
        } else {
            c.lastName = card.formattedName;
        }
    }
    c.title = card.title;
    c.emails = card.emails;
    c.phones = card.phones;
    if (!card.addresses.isEmpty()) {
        const VCardAddress &a = card.addresses.first();
        c.street = a.street;
        c.postalCode = a.postalCode;
        c.city = a.city;
        c.country = a.country;
    }
    c.birthday = card.birthday;
    c.tags = card.categories;
    c.notes = card.note;
    c.source = QStringLiteral("vCard");
    return c;
}

namespace {

QString escape(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == u'\\' || c == u',' || c == u';')
            out += u'\\';
        if (c == u'\n') {
            out += QStringLiteral("\\n");
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    return out;
}

// One content line, folded at 75 octets without cutting a UTF-8 sequence, ended by CRLF.
void appendLine(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    bool first = true;
    while (start < bytes.size()) {
        qsizetype room = first ? 75 : 74; // a continuation starts with a space
        qsizetype end = std::min(bytes.size(), start + room);
        while (end < bytes.size() && end > start && (uchar(bytes[end]) & 0xC0) == 0x80)
            --end; // never split inside a character
        if (!first)
            out += ' ';
        out += bytes.mid(start, end - start);
        out += "\r\n";
        start = end;
        first = false;
    }
    if (bytes.isEmpty())
        out += "\r\n";
}

QString typeOf(const QString &label, bool phone)
{
    if (label == u"mobile")
        return phone ? QStringLiteral("cell") : QStringLiteral("home");
    if (label == u"home" || label == u"work")
        return label;
    return phone ? QStringLiteral("voice") : QStringLiteral("other");
}

} // namespace

QByteArray writeVCards(const QList<Contact> &contacts, const QList<CustomFieldDefinition> &fields)
{
    QByteArray out;
    for (const Contact &c : contacts) {
        appendLine(out, QStringLiteral("BEGIN:VCARD"));
        appendLine(out, QStringLiteral("VERSION:4.0"));
        if (!c.id.isEmpty())
            appendLine(out, u"UID:urn:uuid:"_qs + Uuid::toString(c.id));
        appendLine(out, u"FN:"_qs + escape(c.displayName()));
        appendLine(out, u"N:"_qs + escape(c.lastName) + u';' + escape(c.firstName) + u";;;");
        if (!c.companyName.isEmpty())
            appendLine(out, u"ORG:"_qs + escape(c.companyName));
        if (!c.title.isEmpty())
            appendLine(out, u"TITLE:"_qs + escape(c.title));
        for (const EmailAddress &e : c.emails)
            appendLine(out, u"EMAIL;TYPE="_qs + typeOf(e.label, false) + u':' + escape(e.address));
        for (const PhoneNumber &p : c.phones)
            appendLine(out, u"TEL;TYPE="_qs + typeOf(p.label, true) + u':' + escape(p.number));
        if (!c.street.isEmpty() || !c.city.isEmpty() || !c.postalCode.isEmpty() ||
            !c.country.isEmpty())
            appendLine(out, u"ADR:;;"_qs + escape(c.street) + u';' + escape(c.city) + u";;" +
                                escape(c.postalCode) + u';' + escape(c.country));
        if (c.birthday.isValid())
            appendLine(out, u"BDAY:"_qs + c.birthday.toString(QStringLiteral("yyyyMMdd")));
        if (!c.tags.isEmpty()) {
            QStringList tags;
            for (const QString &t : c.tags)
                tags << escape(t);
            appendLine(out, u"CATEGORIES:"_qs + tags.join(u','));
        }
        if (!c.notes.isEmpty())
            appendLine(out, u"NOTE:"_qs + escape(c.notes));
        for (const CustomFieldDefinition &f : fields) {
            const QString value = c.custom.value(f.key);
            if (value.isEmpty())
                continue;
            QString text;
            if (f.type == CustomFieldType::MultiChoice) {
                QStringList choices;
                for (const QString &choice : CustomField::choicesOf(value))
                    choices << escape(choice);
                text = choices.join(u',');
            } else {
                text = escape(value);
            }
            appendLine(out, QLatin1StringView(CustomFieldProperty) + u";X-KEY="_qs + f.key + u':' +
                                text);
        }
        if (c.photo && !c.photo->isEmpty()) {
            appendLine(out, u"PHOTO:data:"_qs + c.photo->type + u";base64,"_qs +
                                QString::fromLatin1(c.photo->data.toBase64()));
        }
        appendLine(out, QStringLiteral("END:VCARD"));
    }
    return out;
}

} // namespace crm::core::io
