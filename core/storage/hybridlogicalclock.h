// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>
#include <mutex>

namespace crm::core {

// Hybrid logical clock: 48-bit wall milliseconds << 16 | 16-bit logical counter.
// Monotonic per process; never refuses to tick because of clock drift (a counter overflow
// borrows the next millisecond). Thread-safe: every connection of a database shares one.
class HybridLogicalClock
{
public:
    using WallClock = std::function<qint64()>; // ms since the epoch

    HybridLogicalClock();
    explicit HybridLogicalClock(WallClock wall);

    // A local event; `atLeastAfter` is a clock value already used (e.g. read from the log
    // by another process), so the new value is strictly greater than it.
    quint64 tick(quint64 atLeastAfter = 0);
    // Fold in a clock received from elsewhere (a server or another replica).
    void observe(quint64 remote);
    quint64 last() const;

    static quint64 make(qint64 ms, quint16 counter) { return (quint64(ms) << 16) | counter; }
    static qint64 millis(quint64 hlc) { return qint64(hlc >> 16); }
    static quint16 counter(quint64 hlc) { return quint16(hlc & 0xffff); }

private:
    WallClock m_wall;
    mutable std::mutex m_mutex;
    quint64 m_last = 0;
};

} // namespace crm::core
