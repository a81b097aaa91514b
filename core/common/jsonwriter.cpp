// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

namespace crm::core::json {

void appendString(QByteArray &out, const char *s, qsizetype n)
{
    static const char special[32] = {0, 0, 0, 0, 0, 0, 0, 0, 'b', 't', 'n', 0, 'f', 'r', 0, 0,
                                     0, 0, 0, 0, 0, 0, 0, 0, 0,   0,   0,   0, 0,   0,   0, 0};
    out += '"';
    qsizetype plain = 0; // start of the run of characters copied as they are
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c != '"' && c != '\\' && c > 0x1f)
            continue;
        out.append(s + plain, i - plain);
        plain = i + 1;
        out += '\\';
        if (c == '"' || c == '\\') {
            out += char(c);
        } else if (special[c]) {
            out += special[c];
        } else {
            out += "u00";
            out += "0123456789abcdef"[c >> 4];
            out += "0123456789abcdef"[c & 0xf];
        }
    }
    out.append(s + plain, n - plain);
    out += '"';
}

void Writer::separate()
{
    if (!m_first)
        m_out += ',';
    m_first = false;
}

Writer &Writer::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_first = true; // the value follows without a comma
    return *this;
}

Writer &Writer::key(QStringView name)
{
    separate();
    appendString(m_out, name);
    m_out += ':';
    m_first = true;
    return *this;
}

Writer &Writer::string(QStringView value)
{
    separate();
    appendString(m_out, value);
    return *this;
}

Writer &Writer::boolean(bool value)
{
    separate();
    m_out += value ? "true" : "false";
    return *this;
}

Writer &Writer::beginObject()
{
    separate();
    m_out += '{';
    m_first = true;
    return *this;
}

Writer &Writer::endObject()
{
    m_out += '}';
    m_first = false;
    return *this;
}

Writer &Writer::beginArray()
{
    separate();
    m_out += '[';
    m_first = true;
    return *this;
}

Writer &Writer::endArray()
{
    m_out += ']';
    m_first = false;
    return *this;
}

} // namespace crm::core::json
