// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineentry.h"

#include <QCoreApplication>
#include <QDateTime>

namespace crm::core::Timeline {

namespace {

struct KindName
{
    TimelineKind kind;
    const char *key;
    const char *label;
};

constexpr KindName kKinds[] = {
    {TimelineKind::Call, "call", QT_TRANSLATE_NOOP("crm::core::Timeline", "Call")},
    {TimelineKind::Meeting, "meeting", QT_TRANSLATE_NOOP("crm::core::Timeline", "Meeting")},
    {TimelineKind::Visit, "visit", QT_TRANSLATE_NOOP("crm::core::Timeline", "Customer visit")},
    {TimelineKind::Task, "task", QT_TRANSLATE_NOOP("crm::core::Timeline", "Task")},
    {TimelineKind::Note, "note", QT_TRANSLATE_NOOP("crm::core::Timeline", "Note")},
    {TimelineKind::Email, "email", QT_TRANSLATE_NOOP("crm::core::Timeline", "E-mail")},
    {TimelineKind::DealOpened, "deal_opened",
     QT_TRANSLATE_NOOP("crm::core::Timeline", "Deal opened")},
    {TimelineKind::StageChanged, "stage_changed",
     QT_TRANSLATE_NOOP("crm::core::Timeline", "Stage changed")},
    {TimelineKind::DealWon, "deal_won", QT_TRANSLATE_NOOP("crm::core::Timeline", "Deal won")},
    {TimelineKind::DealLost, "deal_lost", QT_TRANSLATE_NOOP("crm::core::Timeline", "Deal lost")},
    {TimelineKind::Created, "created", QT_TRANSLATE_NOOP("crm::core::Timeline", "Created")},
    {TimelineKind::FieldChanged, "field_changed",
     QT_TRANSLATE_NOOP("crm::core::Timeline", "Field changed")},
    {TimelineKind::Deleted, "deleted", QT_TRANSLATE_NOOP("crm::core::Timeline", "Deleted")},
    {TimelineKind::Restored, "restored", QT_TRANSLATE_NOOP("crm::core::Timeline", "Restored")},
};

} // namespace

QString kindKey(TimelineKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<TimelineKind> kindFromKey(const QString &key)
{
    for (const KindName &k : kKinds) {
        if (key == QLatin1StringView(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString kindLabel(TimelineKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("crm::core::Timeline", k.label);
    }
    return {};
}

QList<TimelineKind> allKinds()
{
    QList<TimelineKind> out;
    for (const KindName &k : kKinds)
        out << k.kind;
    return out;
}

QString recordKindKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return QStringLiteral("contact");
    case RecordKind::Company:
        return QStringLiteral("company");
    case RecordKind::Deal:
        return QStringLiteral("deal");
    case RecordKind::Activity:
        return QStringLiteral("activity");
    }
    return {};
}

QString shortTime(const QTime &time, const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(time, format);
}

QString shortDateTime(qint64 msSinceEpoch, const QLocale &locale)
{
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime(), format);
}

} // namespace crm::core::Timeline
