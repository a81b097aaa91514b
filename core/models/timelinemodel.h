// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "timeline/timelineentry.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace crm::core {

// The timeline of one contact, company or deal, newest first, paged by keyset through
// canFetchMore()/fetchMore() (TimelineRepository). Dates show relative to the clock in the
// user's zone and locale ("Today 14:03", "Yesterday 09:10", a weekday within the week, else
// the date). The clock is injectable for tests. Lives in the thread that owns it and uses
// that thread's connection.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        What,
        Detail,
        Who,
        ColumnCount
    };
    enum Roles
    {
        KindRole = Qt::UserRole + 1, // TimelineKind as int
        KindKeyRole,                 // "call", "deal_won" …
        AtRole,                      // UTC ms
        TitleRole,
        DetailRole,
        RecordKindRole, // RecordKind as int
        RecordIdRole,
    };

    explicit TimelineModel(DatabasePtr db, QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> now);
    void setPageSize(int size) { m_pageSize = std::max(1, size); }
    // Shows the timeline of this record (empty: nothing) from its first page.
    void setSubject(const QByteArray &id);
    QByteArray subject() const { return m_subject; }
    // Only entries of these kinds (empty: every kind); reads from the first page.
    void setKinds(const QList<TimelineKind> &kinds);
    QList<TimelineKind> kinds() const { return m_kinds; }
    void reload();

    const TimelineEntry &entryAt(int row) const { return m_entries.at(row); }
    // The last read error, translated; empty after a good read.
    QString errorString() const { return m_error; }
    // "Today 14:03", "Yesterday 09:10", "Monday 11:00", "12.03.2026" in the user's locale.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<TimelineEntry> readPage();

    DatabasePtr m_db;
    std::function<QDateTime()> m_now;
    QByteArray m_subject;
    QList<TimelineKind> m_kinds;
    int m_pageSize = 100;
    QList<TimelineEntry> m_entries;
    TimelineCursor m_cursor;
    QString m_error;
    bool m_atEnd = true;
    bool m_busy = false; // resetting or fetching: a view's (or tester's) nested fetchMore waits
};

} // namespace crm::core
