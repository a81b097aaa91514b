// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity.h"

#include "domain/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace crm::core {

namespace {

struct KindName
{
    Activity::Kind kind;
    const char *key;
    const char *label;
};

const KindName kKinds[] = {
    {Activity::Kind::Call, "call", QT_TRANSLATE_NOOP("crm::core::Activity", "Call")},
    {Activity::Kind::Meeting, "meeting", QT_TRANSLATE_NOOP("crm::core::Activity", "Meeting")},
    {Activity::Kind::Visit, "visit", QT_TRANSLATE_NOOP("crm::core::Activity", "Customer visit")},
    {Activity::Kind::Task, "task", QT_TRANSLATE_NOOP("crm::core::Activity", "Task")},
    {Activity::Kind::Note, "note", QT_TRANSLATE_NOOP("crm::core::Activity", "Note")},
    {Activity::Kind::Email, "email", QT_TRANSLATE_NOOP("crm::core::Activity", "E-mail")},
};

Error invalid(const QString &field, const QString &message)
{
    return Error{ErrorCode::Invalid, message, field};
}

} // namespace

QDateTime Activity::reminderAt() const
{
    const QDateTime at = start.isValid() ? start : due;
    if (!reminderMinutes || !at.isValid())
        return {};
    return at.addSecs(-qint64(*reminderMinutes) * 60);
}

QString Activity::kindKey(Kind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<Activity::Kind> Activity::kindFromKey(const QString &key)
{
    for (const KindName &k : kKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString Activity::kindLabel(Kind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("crm::core::Activity", k.label);
    }
    return {};
}

bool Activity::isKnownTimeZone(const QByteArray &id)
{
    if (id.isEmpty())
        return false;
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return true;
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+$"));
    return re.match(QString::fromLatin1(id)).hasMatch() && QTimeZone(id).isValid();
}

QStringList Activity::kindKeys()
{
    QStringList out;
    for (const KindName &k : kKinds)
        out << QString::fromLatin1(k.key);
    return out;
}

namespace Validation {

namespace {

// The context lupdate files the messages of the functions of Validation under.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::Validation", text);
}

} // namespace

QList<Error> check(const Activity &a)
{
    QList<Error> errors;
    if (a.subject.trimmed().isEmpty())
        errors << invalid(QStringLiteral("subject"), tr("give the activity a subject"));
    else if (a.subject.size() > 500)
        errors << invalid(QStringLiteral("subject"),
                          tr("the subject is longer than 500 characters"));
    const bool scheduled = a.kind == Activity::Kind::Meeting || a.kind == Activity::Kind::Visit;
    if (scheduled && !a.start.isValid())
        errors << invalid(QStringLiteral("start"), tr("a meeting or visit needs a start time"));
    if (a.end.isValid() && !a.start.isValid())
        errors << invalid(QStringLiteral("end"), tr("an end time needs a start time"));
    if (a.end.isValid() && a.start.isValid() && a.end < a.start)
        errors << invalid(QStringLiteral("end"), tr("the end is before the start"));
    if (!a.timeZone.isEmpty() && !Activity::isKnownTimeZone(a.timeZone.toUtf8()))
        errors << invalid(QStringLiteral("timeZone"),
                          tr("“%1” is not a known time zone").arg(a.timeZone));
    if (!a.direction.isEmpty() && a.direction != u"inbound" && a.direction != u"outbound")
        errors << invalid(QStringLiteral("direction"),
                          tr("the direction is inbound or outbound, not “%1”").arg(a.direction));
    if (a.durationSeconds < 0)
        errors << invalid(QStringLiteral("duration"), tr("the duration cannot be negative"));
    if (a.priority < 0 || a.priority > 9)
        errors << invalid(QStringLiteral("priority"), tr("the priority is a number from 0 to 9"));
    if (a.reminderMinutes) {
        if (!a.start.isValid() && !a.due.isValid())
            errors << invalid(QStringLiteral("reminder"),
                              tr("a reminder needs a start or a due time"));
        else if (*a.reminderMinutes < 0 || *a.reminderMinutes > 60 * 24 * 366)
            errors << invalid(QStringLiteral("reminder"),
                              tr("a reminder is between 0 minutes and a year ahead"));
    }
    if (a.visibility != u"team" && a.visibility != u"private")
        errors << invalid(QStringLiteral("visibility"),
                          tr("the visibility is team or private, not “%1”").arg(a.visibility));
    for (qsizetype i = 0; i < a.attendees.size(); ++i) {
        const Attendee &at = a.attendees[i];
        const QString field = QStringLiteral("attendee:%1").arg(i + 1);
        if (at.contactId.isEmpty() && at.name.trimmed().isEmpty() && at.email.trimmed().isEmpty())
            errors << invalid(field, tr("an attendee needs a contact, a name or an e-mail"));
        else if (!at.email.trimmed().isEmpty() && !isValidEmail(at.email.trimmed()))
            errors << invalid(field, tr("“%1” is not an e-mail address").arg(at.email));
    }
    return errors;
}

} // namespace Validation

} // namespace crm::core
