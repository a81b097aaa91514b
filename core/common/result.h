// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace crm::core {

// What went wrong, as a code the UI can translate plus a detail that names what and where.
enum class ErrorCode
{
    NotFound,
    Invalid,      // bad input from a user, a file or a command line
    Database,     // SQL failed
    NotADatabase, // the file is not an SQLite database
    Damaged,      // the file is an SQLite database but malformed
    NewerVersion, // written by a newer program
    Io,
    Cancelled,
    Unauthorized, // a server did not accept the credentials or the token (HTTP 401)
    Forbidden,    // a server refused the account or device (HTTP 403)
};

struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString detail;
    QString field; // the offending field, when there is one (for form validation)

    QString message() const
    {
        return field.isEmpty() ? detail : field + QStringLiteral(": ") + detail;
    }
};

// Value or Error; core never throws across its API.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace crm::core
