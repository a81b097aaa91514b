// SPDX-License-Identifier: GPL-3.0-or-later
#include "listfilter.h"

#include "models/contactlistmodel.h"
#include "search/textfolder.h"
#include "services/customfieldrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

namespace crm::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::ListFilter", text);
}

struct Token
{
    QString key; // empty: a free word
    QString value;
};

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

// Words and key:value pairs; a value (or a free phrase) may be in double quotes.
QList<Token> tokenize(const QString &text)
{
    QList<Token> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto readValue = [&](QString *value) {
        if (i < n && text[i] == u'"') {
            const qsizetype end = text.indexOf(u'"', i + 1);
            *value = text.mid(i + 1, end < 0 ? -1 : end - i - 1);
            i = end < 0 ? n : end + 1;
            return;
        }
        const qsizetype start = i;
        while (i < n && !text[i].isSpace())
            ++i;
        *value = text.mid(start, i - start);
    };
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && isKeyChar(text[j]))
            ++j;
        Token t;
        if (j > i && j < n && text[j] == u':' && text[i].isLetter()) {
            t.key = text.mid(i, j - i).toLower();
            i = j + 1;
        }
        readValue(&t.value);
        out << t;
    }
    return out;
}

QString likeEscaped(const QString &text)
{
    QString e = text;
    e.replace(u'\\', QStringLiteral("\\\\"));
    e.replace(u'%', QStringLiteral("\\%"));
    e.replace(u'_', QStringLiteral("\\_"));
    return e;
}

void fnFold(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray folded =
        TextFolder::fold(QString::fromUtf8(text ? text : "", sqlite3_value_bytes(argv[0])))
            .toUtf8();
    sqlite3_result_text(ctx, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

bool ListFilter::registerFunction(sqlite3 *handle)
{
    return sqlite3_create_function_v2(handle, "crm_fold", 1,
                                      SQLITE_UTF8 | SQLITE_INNOCUOUS | SQLITE_DETERMINISTIC,
                                      nullptr, fnFold, nullptr, nullptr, nullptr) == SQLITE_OK;
}

ListFilter ListFilter::parse(const QString &text, const QString &table, const DatabasePtr &db)
{
    ListFilter f;
    const QList<Token> tokens = tokenize(text);
    const bool contacts = table == u"contacts";
    const CustomEntity entity = contacts ? CustomEntity::Contact : CustomEntity::Company;
    QList<CustomFieldDefinition> defs;
    bool defsRead = false;
    QStringList words;
    // Built-in text fields the search index holds: their words narrow the candidates.
    const QStringList indexed =
        contacts ? QStringList{QStringLiteral("city"), QStringLiteral("country"),
                               QStringLiteral("company"), QStringLiteral("title")}
                 : QStringList{QStringLiteral("industry"), QStringLiteral("city"),
                               QStringLiteral("country")};
    for (const Token &t : tokens) {
        if (t.key.isEmpty()) {
            words << (t.value.contains(u' ') ? u'"' + t.value + u'"' : t.value);
            continue;
        }
        const QString folded = TextFolder::fold(t.value).trimmed();
        if (folded.isEmpty()) {
            f.error = tr("“%1:” needs a value, e.g. %1:something").arg(t.key);
            return f;
        }
        if (indexed.contains(t.key)) {
            const QString column =
                t.key == u"company" ? QStringLiteral("local_company_name") : t.key;
            f.conditions << u"crm_fold(" + table + u'.' + column + u") = ?";
            f.binds << folded;
            words << t.value;
            continue;
        }
        if (t.key == u"owner") {
            f.conditions << table + u".owner LIKE ? ESCAPE '\\'";
            f.binds << likeEscaped(t.value);
            continue;
        }
        if (t.key == u"status") { // contacts and companies alike
            QString key;
            for (const char *k : {"lead", "prospect", "customer", "former"}) {
                const QString candidate = QLatin1StringView(k);
                if (folded == candidate || folded == TextFolder::fold(lifecycleLabel(candidate)))
                    key = candidate;
            }
            if (key.isEmpty()) {
                f.error =
                    tr("Unknown status “%1”: use lead, prospect, customer or former").arg(t.value);
                return f;
            }
            f.conditions << table + u".status = ?";
            f.binds << key;
            continue;
        }
        if (t.key == u"tag") {
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("SELECT id FROM tags WHERE local_key = ? AND deleted = 0"));
            q.addBindValue(folded);
            if (!q.exec() || !q.next()) {
                f.error = tr("No tag is named “%1”").arg(t.value);
                return f;
            }
            const QString links = contacts ? QStringLiteral("contact_tags l WHERE l.contact_id")
                                           : QStringLiteral("company_tags l WHERE l.company_id");
            f.conditions << u"EXISTS (SELECT 1 FROM " + links + u" = " + table +
                                u".id AND l.tag_id = ? AND l.deleted = 0)";
            f.binds << q.value(0).toByteArray();
            continue;
        }
        if (!defsRead) {
            auto listed = CustomFieldRepository(db).list(entity);
            defs = listed ? listed.value() : QList<CustomFieldDefinition>();
            defsRead = true;
        }
        const auto def = std::find_if(defs.cbegin(), defs.cend(), [&](const auto &d) {
            return d.key.compare(t.key, Qt::CaseInsensitive) == 0;
        });
        if (def == defs.cend()) {
            QStringList known = indexed;
            known << QStringLiteral("owner") << QStringLiteral("tag") << QStringLiteral("status");
            for (const CustomFieldDefinition &d : std::as_const(defs))
                known << d.key;
            f.error = tr("Unknown field “%1”. Fields: %2").arg(t.key, known.join(u", "));
            return f;
        }
        const QString values =
            QStringLiteral("SELECT v.record_id FROM custom_values v WHERE v.field_id = ? AND"
                           u" v.deleted = 0 AND v.value <> '' AND ");
        QString input = t.value;
        if (def->type == CustomFieldType::Choice || def->type == CustomFieldType::MultiChoice) {
            for (const QString &choice : def->choices) {
                if (TextFolder::fold(choice) == folded)
                    input = choice;
            }
        }
        if (isTextLike(def->type) && def->type != CustomFieldType::Choice &&
            def->type != CustomFieldType::MultiChoice) {
            f.conditions << table + u".id IN (" + values + u"crm_fold(v.value) = ?)";
            f.binds << def->id << folded;
            words << t.value;
            continue;
        }
        auto canonical = CustomField::canonical(*def, input);
        if (!canonical) {
            f.error = canonical.error().detail;
            return f;
        }
        if (def->type == CustomFieldType::MultiChoice) {
            // One choice of the stored JSON array: ["Retail","Banking"].
            const QString one = CustomField::choicesOf(canonical.value()).value(0);
            f.conditions << table + u".id IN (" + values + u"v.value LIKE ? ESCAPE '\\')";
            f.binds << def->id << QString(u"%\"" + likeEscaped(one) + u"\"%");
        } else {
            f.conditions << table + u".id IN (" + values + u"v.value = ?)";
            f.binds << def->id << canonical.value();
        }
    }
    f.words = words.join(u' ');
    return f;
}

} // namespace crm::core
