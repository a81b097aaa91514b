// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommand.h"

#include "commandcontext.h"
#include "commandsupport.h"
#include "idresolver.h"

#include "common/uuid.h"
#include "services/companyrepository.h"
#include "services/historyrepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace crm::cli {

namespace {

// Turns change-log values into what a person reads: company names for company ids, tag
// names for tag links, the address of an e-mail row that was removed.
class HistoryRenderer
{
public:
    explicit HistoryRenderer(core::DatabasePtr db)
        : m_db(std::move(db))
    {}

    Row render(const core::HistoryEntry &e);

private:
    struct Child
    {
        QString field;       // "email", "phone", "tag"
        QString valueColumn; // the column that holds the value
    };
    static std::optional<Child> childOf(const QString &table);
    QString companyName(const QByteArray &id);
    QString tagName(const QByteArray &id);
    QString childValue(const QString &table, const QJsonObject &fields);
    QJsonValue value(const QString &column, const QVariant &v);
    static QString text(const QJsonValue &v);

    core::DatabasePtr m_db;
    QHash<QByteArray, QString> m_companies;
    QHash<QByteArray, QString> m_tags;
    QHash<QByteArray, QJsonObject> m_rows; // child row -> its fields as last seen
};

std::optional<HistoryRenderer::Child> HistoryRenderer::childOf(const QString &table)
{
    if (table == u"contact_emails")
        return Child{QStringLiteral("email"), QStringLiteral("email")};
    if (table == u"contact_phones")
        return Child{QStringLiteral("phone"), QStringLiteral("phone")};
    if (table == u"contact_tags")
        return Child{QStringLiteral("tag"), QStringLiteral("tag_id")};
    return std::nullopt;
}

QString HistoryRenderer::companyName(const QByteArray &id)
{
    if (!core::Uuid::isValid(id))
        return {};
    if (auto it = m_companies.constFind(id); it != m_companies.constEnd())
        return *it;
    auto c = core::CompanyRepository(m_db).get(id);
    const QString name = c ? c->name : core::Uuid::toString(id);
    m_companies.insert(id, name);
    return name;
}

QString HistoryRenderer::tagName(const QByteArray &id)
{
    if (auto it = m_tags.constFind(id); it != m_tags.constEnd())
        return *it;
    // Tags have no repository of their own yet: a read of the name only.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT name FROM tags WHERE id = ?"));
    q.addBindValue(id);
    const QString name = q.exec() && q.next() ? q.value(0).toString() : core::Uuid::toString(id);
    m_tags.insert(id, name);
    return name;
}

QString HistoryRenderer::childValue(const QString &table, const QJsonObject &fields)
{
    if (table == u"contact_tags")
        return tagName(
            QByteArray::fromHex(fields.value(QStringLiteral("tag_id")).toString().toLatin1()));
    const QString column =
        table == u"contact_emails" ? QStringLiteral("email") : QStringLiteral("phone");
    const QString label = fields.value(QStringLiteral("label")).toString();
    const QString v = fields.value(column).toString();
    return label.isEmpty() ? v : label + u':' + v;
}

QJsonValue HistoryRenderer::value(const QString &column, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    if (column == u"company_id")
        return companyName(v.toByteArray());
    if (column == u"deleted")
        return v.toInt() != 0;
    if (v.typeId() == QMetaType::QByteArray)
        return core::Uuid::isValid(v.toByteArray()) ? core::Uuid::toString(v.toByteArray())
                                                    : QString::fromLatin1(v.toByteArray().toHex());
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return v.toLongLong();
    return v.toString();
}

QString HistoryRenderer::text(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return HistoryCommand::tr("(empty)");
    if (v.isBool())
        return v.toBool() ? HistoryCommand::tr("yes") : HistoryCommand::tr("no");
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

Row HistoryRenderer::render(const core::HistoryEntry &e)
{
    QString field;
    QJsonValue oldValue = QJsonValue::Null;
    QJsonValue newValue = QJsonValue::Null;
    QString change;
    const auto child = childOf(e.table);

    if (e.column.isEmpty()) {
        const QJsonObject fields = QJsonDocument::fromJson(e.newValue.toString().toUtf8()).object();
        if (child) {
            m_rows.insert(e.row, fields);
            field = child->field;
            newValue = childValue(e.table, fields);
            change = HistoryCommand::tr("added %1").arg(newValue.toString());
        } else {
            field = QStringLiteral("created");
            QJsonObject shown;
            QStringList parts;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                if (it.key() == u"deleted" || it.key() == u"created_at" || it->isNull() ||
                    (it->isString() && it->toString().isEmpty()))
                    continue;
                QString key = it.key();
                QJsonValue v = it.value();
                if (key == u"company_id") {
                    key = QStringLiteral("company");
                    v = companyName(QByteArray::fromHex(v.toString().toLatin1()));
                }
                shown.insert(key, v);
                parts << key + QStringLiteral(": ") + text(v);
            }
            newValue = shown;
            change = parts.join(QStringLiteral(", "));
        }
    } else if (child) {
        QJsonObject &fields = m_rows[e.row];
        const QString before = childValue(e.table, fields);
        fields.insert(e.column, QJsonValue::fromVariant(e.newValue));
        if (e.column == u"deleted") {
            field = child->field;
            const bool removed = e.newValue.toInt() != 0;
            (removed ? oldValue : newValue) = before;
            change = (removed ? HistoryCommand::tr("removed %1") : HistoryCommand::tr("added %1"))
                         .arg(before);
        } else if (e.column == child->valueColumn) {
            field = child->field;
            oldValue = before;
            newValue = childValue(e.table, fields);
        } else {
            field = child->field + u'.' + e.column; // "email.label", "phone.position"
            oldValue = value(e.column, e.oldValue);
            newValue = value(e.column, e.newValue);
        }
    } else {
        field = e.column == u"company_id" ? QStringLiteral("company") : e.column;
        oldValue = value(e.column, e.oldValue);
        newValue = value(e.column, e.newValue);
        if (e.column == u"deleted")
            change =
                newValue.toBool() ? HistoryCommand::tr("deleted") : HistoryCommand::tr("restored");
    }
    if (change.isEmpty())
        change = text(oldValue) + QStringLiteral(" → ") + text(newValue);
    return {CommandSupport::isoTime(e.when.toMSecsSinceEpoch()),
            e.author,
            e.table,
            field,
            oldValue,
            newValue,
            change};
}

} // namespace

CliStatus HistoryCommand::run(CommandContext &context, const ParsedArguments &args)
{
    auto pattern = IdResolver::parse(args.positional().constFirst());
    if (!pattern)
        return pattern.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = IdResolver::resolveAny(db.value(), pattern.value());
    if (!id)
        return id.error();
    auto entries = core::HistoryRepository(db.value()).historyOf(id.value());
    if (!entries)
        return CliError::fromCore(entries.error());
    Listing listing;
    listing.columns = {
        {QStringLiteral("time"), tr("Time")},
        {QStringLiteral("author"), tr("Author")},
        {QStringLiteral("table"), tr("Table"), false},
        {QStringLiteral("field"), tr("Field")},
        {QStringLiteral("old"), tr("Old"), false},
        {QStringLiteral("new"), tr("New"), false},
        {QStringLiteral("change"), tr("Change"), true, false},
    };
    HistoryRenderer renderer(db.value());
    for (const core::HistoryEntry &e : entries.value())
        listing.rows << renderer.render(e);
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

Command HistoryCommand::command()
{
    return {{QStringLiteral("history")},
            QStringLiteral("ID"),
            1,
            1,
            QT_TRANSLATE_NOOP("crm::cli::Help",
                              "Show who changed which field of a contact or company, when "
                              "(UTC), from what to what."),
            QT_TRANSLATE_NOOP("crm::cli::Help",
                              "The field is \"created\" for the creation of the record; a "
                              "contact's e-mails, phones and tags are part of its history."),
            {},
            &HistoryCommand::run,
            false};
}

} // namespace crm::cli
