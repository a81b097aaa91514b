// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>
#include <QtConcurrent>

#include <functional>
#include <utility>

namespace crm::core {

// One thread of its own for work whose state belongs to a thread — a database connection of
// this thread, a network client: every task runs on that same thread, in the order given,
// and the destructor runs `finish` there last (closing what the tasks opened) and waits for
// it and for every task before it.
class WorkerThread
{
public:
    explicit WorkerThread(std::function<void()> finish = {})
        : m_finish(std::move(finish))
    {
        m_pool.setMaxThreadCount(1);
        m_pool.setExpiryTimeout(-1); // never replaced by another thread while in use
    }
    ~WorkerThread()
    {
        if (m_finish)
            m_pool.start(m_finish);
        m_pool.waitForDone();
    }
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // `task` on the thread; its result through the future.
    template <typename Task> auto run(Task &&task)
    {
        return QtConcurrent::run(&m_pool, std::forward<Task>(task));
    }

private:
    QThreadPool m_pool;
    std::function<void()> m_finish;
};

} // namespace crm::core
