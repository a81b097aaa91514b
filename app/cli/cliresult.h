// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>
#include <utility>

namespace crm::cli {

// The exit status is part of the contract scripts rely on.
enum class ExitCode
{
    Success = 0,
    Failure = 1,
    Usage = 2
};

// What went wrong: one line for stderr, and whether it was the caller's wording (usage) or
// the data/database (failure).
struct CliError
{
    ExitCode exitCode = ExitCode::Failure;
    QString message;

    static CliError usage(QString message) { return {ExitCode::Usage, std::move(message)}; }
    static CliError failure(QString message) { return {ExitCode::Failure, std::move(message)}; }
    // A core error; its field (e.g. "birthday", "email:1") becomes the option that carried it.
    static CliError fromCore(const core::Error &error);
};

// Value or CliError, like core::Result.
template <typename T> class [[nodiscard]] CliResult
{
public:
    CliResult(T value)
        : m_value(std::move(value))
    {}
    CliResult(CliError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const CliError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    CliError m_error;
};

template <> class [[nodiscard]] CliResult<void>
{
public:
    CliResult() = default;
    CliResult(CliError error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const CliError &error() const { return m_error; }

private:
    CliError m_error;
    bool m_ok = true;
};

using CliStatus = CliResult<void>;

} // namespace crm::cli
