// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>
#include <utility>

namespace crm::server {

// Why a request was refused: the HTTP status it maps to and one line saying what and where.
// 500 carries the internal detail for the server log; the client gets a generic message.
struct Refusal
{
    int status = 500;
    QString reason;

    static Refusal internal(const core::Error &e) { return Refusal{500, e.message()}; }
};

// A value or a Refusal, like core::Result but with HTTP semantics.
template <typename T> class [[nodiscard]] Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    {}
    Outcome(Refusal refusal)
        : m_refusal(std::move(refusal))
    {}
    Outcome(const core::Error &error)
        : m_refusal(Refusal::internal(error))
    {}

    explicit operator bool() const { return m_value.has_value(); }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Refusal &refusal() const { return m_refusal; }

private:
    std::optional<T> m_value;
    Refusal m_refusal;
};

} // namespace crm::server
