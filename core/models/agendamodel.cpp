// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendamodel.h"

#include "storage/sql.h"

#include <QLocale>
#include <QMimeData>
#include <QSqlQuery>

namespace crm::core {

AgendaModel::AgendaModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_zone(QTimeZone::systemTimeZone())
{
    // Nothing is read yet: setRange() (or a view's fetchMore()) reads the first page, so a
    // caller that sets the clock and range first pays for one query, not three.
    m_window = ActivityRepository::window(m_range, m_now(), m_zone);
}

void AgendaModel::setClock(std::function<QDateTime()> now, const QTimeZone &zone)
{
    m_now = std::move(now);
    m_zone = zone;
    if (m_loaded) {
        reload();
        return;
    }
    m_window = ActivityRepository::window(m_range, m_now(), m_zone);
}

void AgendaModel::setRange(Range range)
{
    m_range = range;
    reload();
}

void AgendaModel::reload()
{
    m_busy = true;
    m_loaded = true;
    beginResetModel();
    m_window = ActivityRepository::window(m_range, m_now(), m_zone);
    m_rows.clear();
    m_atEnd = false;
    m_rows = readPage();
    m_atEnd = m_rows.size() < PageSize;
    endResetModel();
    m_busy = false;
}

QList<AgendaModel::Row> AgendaModel::readPage() const
{
    const QString column =
        m_range == Range::Overdue ? QStringLiteral("local_open_due") : QStringLiteral("local_when");
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Keyset: the next rows after the last loaded (instant, rid); names by the unique ids.
    QString where = u"a." + column + u" >= :from AND a." + column + u" < :to";
    if (!m_rows.isEmpty())
        where += u" AND (a." + column + u", a.rid) > (:at, :rid)";
    QString select;
    for (const QString &c : ActivityRepository::selectColumns().split(QStringLiteral(", ")))
        select += (select.isEmpty() ? QStringLiteral("a.") : QStringLiteral(", a.")) + c;
    q.prepare(u"SELECT a." + column + u", " + select +
              u", trim(c.first_name || ' ' || c.last_name), co.name FROM activities a"
              u" LEFT JOIN contacts c ON c.id = a.contact_id"
              u" LEFT JOIN companies co ON co.id = a.company_id WHERE " +
              where + u" ORDER BY a." + column + u", a.rid LIMIT :limit");
    q.bindValue(QStringLiteral(":from"), m_window.from);
    q.bindValue(QStringLiteral(":to"), m_window.to);
    if (!m_rows.isEmpty()) {
        q.bindValue(QStringLiteral(":at"), m_rows.last().at);
        q.bindValue(QStringLiteral(":rid"), m_rows.last().rid);
    }
    q.bindValue(QStringLiteral(":limit"), PageSize);
    QList<Row> out;
    if (!q.exec()) {
        sql::error(q, QStringLiteral("reading the agenda"));
        return out;
    }
    while (q.next()) {
        Row r;
        r.at = q.value(0).toLongLong();
        r.activity = ActivityRepository::fromRecord(q, 1);
        r.rid = r.activity.rid;
        r.contactName = q.value(29).toString();
        r.companyName = q.value(30).toString();
        out << r;
    }
    return out;
}

bool AgendaModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void AgendaModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    m_loaded = true;
    const QList<Row> more = readPage();
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    m_busy = false;
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList AgendaModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QByteArray> ids;
    for (const QModelIndex &i : indexes) {
        const QByteArray id = idAt(i.row()).toHex();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), ids.join('\n'));
    return data;
}

QList<QByteArray> AgendaModel::idsFrom(const QMimeData *data)
{
    QList<QByteArray> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return ids;
    for (const QByteArray &hex : data->data(QString::fromLatin1(MimeType)).split('\n')) {
        const QByteArray id = QByteArray::fromHex(hex);
        if (id.size() == 16)
            ids << id;
    }
    return ids;
}

QByteArray AgendaModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].activity.id : QByteArray();
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const Activity &a = r.activity;
    switch (role) {
    case IdRole:
        return a.id;
    case InstantRole:
        return r.at;
    case DoneRole:
        return a.done;
    case Qt::CheckStateRole:
        return index.column() == Done ? QVariant(a.done ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case When: {
        const QLocale locale;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(r.at, m_zone);
        if (a.allDay)
            return locale.toString(local.date(), QLocale::ShortFormat);
        QString format = locale.dateTimeFormat(QLocale::ShortFormat);
        format.remove(QStringLiteral(":ss"));
        return locale.toString(local, format);
    }
    case Kind:
        return Activity::kindLabel(a.kind);
    case Subject:
        return a.subject;
    case Contact:
        return r.contactName;
    case Company:
        return r.companyName;
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Subject:
        return tr("Subject");
    case Contact:
        return tr("Contact");
    case Company:
        return tr("Company");
    case Done:
        return tr("Done");
    default:
        return {};
    }
}

} // namespace crm::core
