// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace crm::core::json {

// A JSON string as SQLite's json_object writes it: '"' and '\' escaped, control characters
// as \b \t \n \f \r or \u00xx, everything else (UTF-8) as it is. For hot paths that write
// JSON of a known shape themselves (a bulk insert's change-log entries, an import's undo
// records): QJsonObject builds a CBOR tree and sorts its keys first.
void appendString(QByteArray &out, const char *utf8, qsizetype size);
inline void appendString(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    appendString(out, utf8.constData(), utf8.size());
}

// Writes one JSON object or array: members in the order given, separators put in.
class Writer
{
public:
    // "key": (the key is plain ASCII, written as it is)
    Writer &key(const char *name);
    // "key": for any text (escaped)
    Writer &key(QStringView name);
    Writer &string(QStringView value);
    Writer &boolean(bool value);
    Writer &beginObject();
    Writer &endObject();
    Writer &beginArray();
    Writer &endArray();

    const QByteArray &data() const { return m_out; }

private:
    void separate();
    QByteArray m_out;
    bool m_first = true; // nothing written yet in the innermost object or array
};

} // namespace crm::core::json
