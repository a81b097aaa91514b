// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/activityrepository.h"
#include "storage/database.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace crm::core {

// The agenda (overdue, today or this week), paged from SQL by keyset over
// (instant, rid) with canFetchMore()/fetchMore(): opening it reads one page, however many
// activities there are. Times show in the user's zone and locale. The clock and zone are
// injectable for tests. Lives in the thread that owns it; uses that thread's connection.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    enum Column
    {
        When,
        Kind,
        Subject,
        Contact,
        Company,
        Done,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        InstantRole, // UTC ms of the agenda time
        DoneRole
    };
    using Range = ActivityRepository::Range;

    explicit AgendaModel(DatabasePtr db, QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> now, const QTimeZone &zone);
    void setRange(Range range);
    Range range() const { return m_range; }
    // Re-reads from the first page (after an edit; keeps the range).
    void reload();
    QByteArray idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Activities are dragged (onto a day to reschedule them) as their ids, one per line.
    static constexpr const char *MimeType = "application/x-crm-activity-ids";
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    // The ids in a drag's data (none when it is not ours).
    static QList<QByteArray> idsFrom(const QMimeData *data);

private:
    struct Row
    {
        qint64 rid = 0;
        qint64 at = 0;
        Activity activity;
        QString contactName;
        QString companyName;
    };
    QList<Row> readPage() const;

    DatabasePtr m_db;
    std::function<QDateTime()> m_now;
    QTimeZone m_zone;
    Range m_range = Range::Today;
    ActivityRepository::Window m_window;
    QList<Row> m_rows;
    bool m_atEnd = false;
    bool m_loaded = false;
    bool m_busy = false; // resetting or fetching: a view's (or tester's) nested fetchMore waits
};

} // namespace crm::core
