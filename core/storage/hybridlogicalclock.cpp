// SPDX-License-Identifier: GPL-3.0-or-later
#include "hybridlogicalclock.h"

#include <QDateTime>

#include <algorithm>

namespace crm::core {

HybridLogicalClock::HybridLogicalClock()
    : HybridLogicalClock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

HybridLogicalClock::HybridLogicalClock(WallClock wall)
    : m_wall(std::move(wall))
{}

quint64 HybridLogicalClock::tick(quint64 atLeastAfter)
{
    const quint64 wall = make(std::max<qint64>(0, m_wall()), 0);
    std::lock_guard lock(m_mutex);
    // Next value: the wall clock if it moved past everything seen, else one step further.
    m_last = std::max({wall, m_last + 1, atLeastAfter + 1});
    return m_last;
}

void HybridLogicalClock::observe(quint64 remote)
{
    std::lock_guard lock(m_mutex);
    m_last = std::max(m_last, remote);
}

quint64 HybridLogicalClock::last() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

} // namespace crm::core
