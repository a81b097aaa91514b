// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyformatter.h"

#include "models/contactlistmodel.h"
#include "timeline/fieldlabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace crm::ui {

namespace {

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::ui", text);
}

QString labelName(const QString &label)
{
    if (label == u"work")
        return tr("work");
    if (label == u"mobile")
        return tr("mobile");
    if (label == u"home")
        return tr("home");
    if (label == u"other")
        return tr("other");
    return label;
}

QString quoted(const QString &text)
{
    QString t = text;
    t.replace(u'\n', u' ');
    if (t.size() > 80)
        t = t.left(79) + QChar(0x2026);
    return QChar(0x201C) + t + QChar(0x201D);
}

bool isChild(const QString &table)
{
    return table == u"contact_emails" || table == u"contact_phones" || table == u"contact_tags";
}

QString textOf(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

HistoryFormatter::HistoryFormatter(NameLookup lookup)
    : m_lookup(std::move(lookup))
{}

QString HistoryFormatter::fieldLabel(const QString &table, const QString &column)
{
    return core::FieldLabels::label(table, column);
}

QString HistoryFormatter::value(const QString &table, const QString &column,
                                const QVariant &v) const
{
    Q_UNUSED(table)
    if (column == u"company_id") {
        const QByteArray id = v.toByteArray();
        if (id.isEmpty())
            return {};
        const QString name = m_lookup ? m_lookup(QStringLiteral("companies"), id) : QString();
        return name.isEmpty() ? tr("(unknown company)") : name;
    }
    if (column == u"status")
        return core::lifecycleLabel(textOf(v));
    if (column == u"label")
        return labelName(textOf(v));
    if (column == u"visibility")
        return textOf(v) == u"private" ? tr("Private") : tr("Team");
    if (column == u"birthday") {
        const QDate d = QDate::fromString(textOf(v), Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : textOf(v);
    }
    return textOf(v);
}

QList<HistoryFormatter::Line>
HistoryFormatter::format(const QList<core::HistoryEntry> &entries) const
{
    // Child rows are described by their current fields, so replay them in order.
    QHash<QByteArray, QJsonObject> rows;
    QList<Line> lines;
    const QLocale locale;
    for (const core::HistoryEntry &e : entries) {
        const QString who = e.author.isEmpty() ? tr("someone") : e.author;
        QString sentence;
        if (e.column.isEmpty()) {
            const QJsonObject fields = QJsonDocument::fromJson(e.newValue.toByteArray()).object();
            rows.insert(e.row, fields);
            if (e.table == u"contacts")
                sentence = tr("%1 created the contact").arg(who);
            else if (e.table == u"companies")
                sentence = tr("%1 created the company").arg(who);
            else if (e.table == u"contact_emails")
                sentence = tr("%1 added e-mail %2 (%3)")
                               .arg(who, fields.value(u"email").toString(),
                                    labelName(fields.value(u"label").toString()));
            else if (e.table == u"contact_phones")
                sentence = tr("%1 added phone %2 (%3)")
                               .arg(who, fields.value(u"phone").toString(),
                                    labelName(fields.value(u"label").toString()));
            else if (e.table == u"contact_tags") {
                const QByteArray tag =
                    QByteArray::fromHex(fields.value(u"tag_id").toString().toLatin1());
                sentence = tr("%1 added tag %2")
                               .arg(who, quoted(m_lookup ? m_lookup(QStringLiteral("tags"), tag)
                                                         : QString()));
            }
        } else {
            QJsonObject &row = rows[e.row];
            const bool child = isChild(e.table);
            if (e.column == u"position" || e.column == u"created_at" || e.column == u"contact_id") {
                row.insert(e.column, QJsonValue::fromVariant(e.newValue));
                continue;
            }
            if (e.column == u"deleted") {
                const bool deleted = e.newValue.toInt() != 0;
                if (e.table == u"contacts")
                    sentence = deleted ? tr("%1 deleted the contact").arg(who)
                                       : tr("%1 restored the contact").arg(who);
                else if (e.table == u"companies")
                    sentence = deleted ? tr("%1 deleted the company").arg(who)
                                       : tr("%1 restored the company").arg(who);
                else if (e.table == u"contact_emails")
                    sentence = (deleted ? tr("%1 removed e-mail %2") : tr("%1 added e-mail %2"))
                                   .arg(who, row.value(u"email").toString());
                else if (e.table == u"contact_phones")
                    sentence = (deleted ? tr("%1 removed phone %2") : tr("%1 added phone %2"))
                                   .arg(who, row.value(u"phone").toString());
                else if (e.table == u"contact_tags") {
                    const QByteArray tag =
                        QByteArray::fromHex(row.value(u"tag_id").toString().toLatin1());
                    const QString name =
                        quoted(m_lookup ? m_lookup(QStringLiteral("tags"), tag) : QString());
                    sentence =
                        (deleted ? tr("%1 removed tag %2") : tr("%1 added tag %2")).arg(who, name);
                }
            } else if (child && e.column == u"label") {
                const QString what = e.table == u"contact_emails" ? row.value(u"email").toString()
                                                                  : row.value(u"phone").toString();
                sentence = tr("%1 changed the label of %2 from %3 to %4")
                               .arg(who, what, labelName(textOf(e.oldValue)),
                                    labelName(textOf(e.newValue)));
            } else {
                sentence = tr("%1 changed %2 from %3 to %4")
                               .arg(who, fieldLabel(e.table, e.column),
                                    quoted(value(e.table, e.column, e.oldValue)),
                                    quoted(value(e.table, e.column, e.newValue)));
            }
            row.insert(e.column, QJsonValue::fromVariant(e.newValue));
        }
        if (sentence.isEmpty())
            continue;
        Line line;
        line.when = e.when.toLocalTime();
        line.author = who;
        line.sentence = sentence;
        line.text = locale.toString(line.when, QLocale::ShortFormat) + u" — " + sentence;
        lines << line;
    }
    std::reverse(lines.begin(), lines.end());
    return lines;
}

} // namespace crm::ui
