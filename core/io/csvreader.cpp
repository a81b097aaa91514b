// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <map>

namespace crm::core::io {

namespace {
constexpr qint64 ChunkBytes = 256 * 1024;

} // namespace

QChar detectDelimiter(QStringView sample)
{
    const QChar candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    double bestScore = 0;
    for (QChar d : candidates) {
        // Field counts of the first complete lines, quotes respected.
        QList<int> counts;
        int fields = 1;
        bool quoted = false;
        bool any = false;
        for (qsizetype i = 0; i < sample.size() && counts.size() < 50; ++i) {
            const QChar c = sample[i];
            if (c == u'"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == d) {
                ++fields;
            } else if (c == u'\n' || c == u'\r') {
                if (any)
                    counts << fields;
                if (c == u'\r' && i + 1 < sample.size() && sample[i + 1] == u'\n')
                    ++i;
                fields = 1;
                any = false;
                continue;
            }
            any = true;
        }
        if (counts.isEmpty() && any)
            counts << fields; // one line without an end
        if (counts.isEmpty())
            continue;
        // The most common count, and how many lines have it.
        std::map<int, int> freq;
        for (int n : std::as_const(counts))
            ++freq[n];
        const auto mode = std::max_element(freq.begin(), freq.end(), [](auto a, auto b) {
            return a.second < b.second || (a.second == b.second && a.first < b.first);
        });
        if (mode->first < 2)
            continue;
        const double consistency = double(mode->second) / double(counts.size());
        const double score = consistency * 100 + std::min(mode->first, 50);
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

CsvReader::CsvReader(QIODevice *device, const QByteArray &encoding, QChar delimiter, int bomLength)
    : m_device(device)
    , m_decoder(encoding)
    , m_delimiter(delimiter)
    , m_skip(bomLength)
    , m_started(bomLength > 0) // a mark already skipped: a second U+FEFF is text
{}

bool CsvReader::fill()
{
    if (m_end)
        return false;
    // Keep what is not consumed yet; decode the next chunk after it.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    QByteArray chunk = m_device->read(ChunkBytes);
    m_bytesRead += chunk.size();
    if (m_skip > 0) {
        const qsizetype cut = std::min<qsizetype>(m_skip, chunk.size());
        chunk.remove(0, cut);
        m_skip -= int(cut);
    }
    const bool last = chunk.isEmpty(); // a file device reads nothing only at its end
    QString text = m_decoder.decode(chunk, last);
    // A byte-order mark the caller did not skip (an encoding chosen by hand) is no text.
    if (!m_started && !text.isEmpty()) {
        m_started = true;
        if (text.front() == QChar::ByteOrderMark)
            text.remove(0, 1);
    }
    m_buffer += text;
    if (last)
        m_end = true;
    return !last || m_pos < m_buffer.size();
}

Error CsvReader::error(qint64 line, const QString &what) const
{
    return Error{ErrorCode::Invalid, tr("line %1: %2").arg(line).arg(what),
                 QStringLiteral("line %1").arg(line)};
}

Result<std::optional<CsvRecord>> CsvReader::next()
{
    CsvRecord record;
    QString field;
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    } state = State::FieldStart;
    qint64 quoteLine = 0;
    bool blank = true; // nothing but a line end so far

    auto endField = [&]() -> Status {
        if (record.fields.size() >= MaxFields)
            return error(record.line, tr("more than %1 fields").arg(MaxFields));
        record.fields << field;
        field.clear();
        return {};
    };

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            // The end of the file.
            if (state == State::Quoted)
                return error(quoteLine, tr("a quoted field that starts here is not closed"));
            if (blank)
                return std::optional<CsvRecord>();
            if (auto s = endField(); !s)
                return s.error();
            return std::optional<CsvRecord>(std::move(record));
        }
        const QChar c = m_buffer.at(m_pos++);
        if (record.line == 0)
            record.line = m_line;
        const bool lineEnd = c == u'\n' || c == u'\r';
        if (lineEnd) {
            // CRLF is one line end, wherever the chunk boundary falls.
            if (c == u'\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')
                    ++m_pos;
            }
            ++m_line;
        }
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (lineEnd) {
                if (blank) {
                    record.line = 0; // a blank line: skip it
                    continue;
                }
                if (auto s = endField(); !s)
                    return s.error();
                return std::optional<CsvRecord>(std::move(record));
            }
            blank = false;
            if (c == m_delimiter) {
                if (auto s = endField(); !s)
                    return s.error();
                state = State::FieldStart;
            } else if (c == u'"' && state == State::FieldStart) {
                state = State::Quoted;
                quoteLine = m_line;
            } else {
                field += c;
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                state = State::AfterQuote;
            } else if (lineEnd) {
                field += u'\n'; // a line break inside a field, as one \n
            } else {
                field += c;
            }
            break;
        case State::AfterQuote:
            if (c == u'"') {
                field += u'"'; // "" inside quotes
                state = State::Quoted;
            } else if (c == m_delimiter) {
                if (auto s = endField(); !s)
                    return s.error();
                state = State::FieldStart;
            } else if (lineEnd) {
                if (auto s = endField(); !s)
                    return s.error();
                return std::optional<CsvRecord>(std::move(record));
            } else {
                return error(m_line, tr("“%1” after the closing quote of a field (a quote "
                                        "inside a field is written \"\")")
                                         .arg(c));
            }
            break;
        }
        if (field.size() > MaxFieldChars)
            return error(record.line, tr("a field longer than %1 characters").arg(MaxFieldChars));
    }
}

} // namespace crm::core::io
