// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "timeline/timelinerepository.h"

#include <QLocale>

namespace crm::core {

TimelineModel::TimelineModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_now([] { return QDateTime::currentDateTime(); })
{}

void TimelineModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, When), index(rowCount() - 1, When));
}

void TimelineModel::setSubject(const QByteArray &id)
{
    m_subject = id;
    reload();
}

void TimelineModel::setKinds(const QList<TimelineKind> &kinds)
{
    m_kinds = kinds;
    reload();
}

void TimelineModel::reload()
{
    m_busy = true;
    beginResetModel();
    m_entries.clear();
    m_cursor = {};
    m_atEnd = m_subject.isEmpty();
    m_error.clear();
    if (!m_atEnd)
        m_entries = readPage();
    endResetModel();
    m_busy = false;
}

QList<TimelineEntry> TimelineModel::readPage()
{
    auto page = TimelineRepository(m_db).page(m_subject, m_cursor, m_pageSize, m_kinds);
    if (!page) {
        m_error = page.error().message();
        m_atEnd = true;
        return {};
    }
    m_error.clear();
    m_cursor = page->next;
    m_atEnd = page->atEnd;
    return page->entries;
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    m_busy = true;
    const QList<TimelineEntry> more = readPage();
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + more.size() - 1));
        m_entries += more;
        endInsertRows();
    }
    m_busy = false;
}

QString TimelineModel::relativeTime(const QDateTime &when, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    const QDate day = local.date();
    const QDate today = now.toLocalTime().date();
    const QString time = Timeline::shortTime(local.time(), locale);
    const qint64 days = today.daysTo(day);
    if (days == 0)
        return tr("Today %1").arg(time);
    if (days == -1)
        return tr("Yesterday %1").arg(time);
    if (days == 1)
        return tr("Tomorrow %1").arg(time);
    if (days > -7 && days < 7)
        return locale.dayName(day.dayOfWeek()) + u' ' + time;
    return locale.toString(day, QLocale::ShortFormat);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const TimelineEntry &e = m_entries[index.row()];
    switch (role) {
    case KindRole:
        return int(e.kind);
    case KindKeyRole:
        return Timeline::kindKey(e.kind);
    case AtRole:
        return e.at;
    case TitleRole:
        return e.title;
    case DetailRole:
        return e.detail;
    case RecordKindRole:
        return int(e.recordKind);
    case RecordIdRole:
        return e.recordId;
    case Qt::ToolTipRole:
        if (index.column() == When)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at).toLocalTime(),
                                      QLocale::LongFormat);
        return e.detail.isEmpty() ? e.title : e.title + u'\n' + e.detail;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case When:
        return relativeTime(QDateTime::fromMSecsSinceEpoch(e.at), m_now());
    case What:
        return e.title;
    case Detail:
        return e.detail;
    case Who:
        return e.who;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case What:
        return tr("What");
    case Detail:
        return tr("Details");
    case Who:
        return tr("Who");
    default:
        return {};
    }
}

} // namespace crm::core
