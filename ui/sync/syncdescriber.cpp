// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncdescriber.h"

#include "history/historyformatter.h"
#include "models/contactlistmodel.h"
#include "storage/sql.h"

#include <QLocale>

namespace crm::ui {

namespace {
QString quoted(const QString &text)
{
    QString t = text;
    t.replace(u'\n', u' ');
    if (t.size() > 60)
        t = t.left(59) + QChar(0x2026);
    return QChar(0x201C) + t + QChar(0x201D);
}

bool contactChild(const QString &table)
{
    return table == u"contact_emails" || table == u"contact_phones" || table == u"contact_tags";
}
} // namespace

SyncDescriber::SyncDescriber(core::DatabasePtr db)
    : m_db(std::move(db))
{}

QString SyncDescriber::tableLabel(const QString &table)
{
    if (table == u"contacts")
        return tr("Contact");
    if (table == u"companies")
        return tr("Company");
    if (table == u"contact_emails")
        return tr("E-mail address");
    if (table == u"contact_phones")
        return tr("Phone number");
    if (table == u"contact_tags")
        return tr("Tag of a contact");
    if (table == u"tags")
        return tr("Tag");
    if (table == u"conflicts")
        return tr("Conflict");
    return table;
}

QString SyncDescriber::fieldLabel(const QString &table, const QString &column)
{
    if (column.isEmpty())
        return tr("(new record)");
    if (column == u"deleted")
        return tr("Deleted");
    if (table == u"contact_tags" && column == u"tag_id")
        return tr("Tag");
    if (table == u"conflicts")
        return column == u"state" ? tr("Conflict state") : tr("Conflict");
    return HistoryFormatter::fieldLabel(table, column);
}

QDateTime SyncDescriber::timeOfClock(quint64 hlc)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(hlc >> 16)).toLocalTime();
}

QString SyncDescriber::when(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    const QDateTime t = time.toLocalTime();
    const qint64 days = t.date().daysTo(now.toLocalTime().date());
    // The locale's short formats, without seconds (some locales' short time has them).
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    const QString clock = locale.toString(t.time(), timeFormat);
    if (days == 0)
        return tr("today %1").arg(clock);
    if (days > 0 && days < 7)
        return locale.dayName(t.date().dayOfWeek(), QLocale::LongFormat) + u' ' + clock;
    return locale.toString(t.date(), QLocale::ShortFormat) + u' ' + clock;
}

QString SyncDescriber::recordName(const QString &table, const QByteArray &row) const
{
    QSqlDatabase db = m_db->connection();
    if (table == u"contacts") {
        auto v = core::sql::scalar(
            db,
            QStringLiteral("SELECT trim(first_name || ' ' || last_name) FROM contacts "
                           "WHERE id = ?"),
            {row});
        return v ? v->toString() : QString();
    }
    if (table == u"companies") {
        auto v =
            core::sql::scalar(db, QStringLiteral("SELECT name FROM companies WHERE id = ?"), {row});
        return v ? v->toString() : QString();
    }
    if (table == u"tags") {
        auto v = core::sql::scalar(db, QStringLiteral("SELECT name FROM tags WHERE id = ?"), {row});
        return v ? v->toString() : QString();
    }
    if (contactChild(table)) {
        const auto owner = owningRecord(table, row);
        return owner.second.isEmpty() ? QString() : recordName(owner.first, owner.second);
    }
    return {};
}

std::pair<QString, QByteArray> SyncDescriber::owningRecord(const QString &table,
                                                           const QByteArray &row) const
{
    if (table == u"contacts" || table == u"companies")
        return {table, row};
    if (!contactChild(table))
        return {};
    QSqlDatabase db = m_db->connection();
    auto v = core::sql::scalar(db, u"SELECT contact_id FROM " + table + u" WHERE id = ?", {row});
    if (!v || v->toByteArray().isEmpty())
        return {};
    return {QStringLiteral("contacts"), v->toByteArray()};
}

QString SyncDescriber::value(const QString &table, const QString &column, const QVariant &v) const
{
    if (v.isNull() || !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
        return tr("(empty)");
    QString text;
    if (column == u"company_id") {
        text = recordName(QStringLiteral("companies"), v.toByteArray());
        if (text.isEmpty())
            text = tr("(unknown company)");
    } else if (column == u"tag_id") {
        text = recordName(QStringLiteral("tags"), v.toByteArray());
    } else if (column == u"status") {
        text = core::lifecycleLabel(v.toString());
    } else if (column == u"visibility") {
        text = v.toString() == u"private" ? tr("Private") : tr("Team");
    } else if (column == u"deleted") {
        return v.toInt() != 0 ? tr("deleted") : tr("restored");
    } else if (column == u"birthday") {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        text = d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : v.toString();
    } else if (v.typeId() == QMetaType::QByteArray) {
        text = recordName(table, v.toByteArray());
    } else {
        text = v.toString();
    }
    return quoted(text);
}

QString SyncDescriber::sentence(const core::sync::Conflict &c) const
{
    const QString field = fieldLabel(c.table, c.column);
    // "Mine" is what this laptop wrote; when neither side is this laptop, both are named.
    const bool mineIsWinner = c.mineIsWinner();
    const bool mineIsLoser = c.mineIsLoser();
    const QString winnerValue = value(c.table, c.column, c.winnerValue);
    const QString loserValue = value(c.table, c.column, c.loserValue);
    const QString winner = c.winnerAuthor.isEmpty() ? tr("Someone") : c.winnerAuthor;
    const QString loser = c.loserAuthor.isEmpty() ? tr("someone") : c.loserAuthor;

    if (c.kind == u"edit_delete") {
        // The delete is the winner, the edit of `column` the loser.
        const QString at = when(timeOfClock(c.winnerHlc));
        if (mineIsWinner)
            return tr("%1 changed %2 to %3 while you deleted this record, %4.")
                .arg(loser, field, loserValue, when(timeOfClock(c.loserHlc)));
        if (mineIsLoser)
            return tr("%1 deleted this record while you changed %2 to %3, %4.")
                .arg(winner, field, loserValue, at);
        return tr("%1 deleted this record while %2 changed %3 to %4, %5.")
            .arg(winner, loser, field, loserValue, at);
    }
    if (mineIsWinner)
        return tr("%1 changed %2 to %3 while you changed it to %4, %5.")
            .arg(loser, field, loserValue, winnerValue, when(timeOfClock(c.loserHlc)));
    if (mineIsLoser)
        return tr("%1 changed %2 to %3 while you changed it to %4, %5.")
            .arg(winner, field, winnerValue, loserValue, when(timeOfClock(c.winnerHlc)));
    return tr("%1 changed %2 to %3 while %4 changed it to %5, %6.")
        .arg(winner, field, winnerValue, loser, loserValue, when(timeOfClock(c.winnerHlc)));
}

QString SyncDescriber::outcome(const core::sync::Conflict &c) const
{
    const bool mineIsWinner = c.mineIsWinner();
    if (c.kind == u"edit_delete")
        return mineIsWinner ? tr("The record stays deleted unless you keep their change.")
                            : tr("The record is deleted now; “Use mine” restores it with "
                                 "your change.");
    const QString now = value(c.table, c.column, c.winnerValue);
    if (mineIsWinner)
        return tr("The record shows your value %1 now.").arg(now);
    if (c.mineLost)
        return tr("The record shows their value %1 now; yours is kept here.").arg(now);
    return tr("The record shows %1 now.").arg(now);
}

} // namespace crm::ui
