// SPDX-License-Identifier: GPL-3.0-or-later
#include "listfilter.h"

#include "domain/money.h"
#include "domain/pipeline.h"
#include "models/contactlistmodel.h"
#include "search/textfolder.h"
#include "services/customfieldrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace crm::core {

namespace {

struct Token
{
    QString key; // empty: a free word
    QString value;
};

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

// A value as the tokenizer reads it back: in double quotes when it holds white space.
QString quoted(const QString &value)
{
    const bool plain =
        std::none_of(value.begin(), value.end(), [](QChar c) { return c.isSpace(); });
    return plain ? value : QString(u'"' + value + u'"');
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

QString ListFilter::term(const QString &key, const QString &value)
{
    return key + u':' + quoted(value);
}

bool ListFilter::registerFunction(sqlite3 *handle)
{
    return sqlite3_create_function_v2(handle, "crm_fold", 1,
                                      SQLITE_UTF8 | SQLITE_INNOCUOUS | SQLITE_DETERMINISTIC,
                                      nullptr, fnFold, nullptr, nullptr, nullptr) == SQLITE_OK;
}

namespace {

// The ids of live stages (or pipelines) whose name, stored or as shown, folds to `folded`
// or, when none does, starts with it ("proposal" finds "Proposal sent"); `names` gets every
// shown name, for the error.
QVariantList namedIds(const DatabasePtr &db, const QString &table, const QString &folded,
                      QStringList *names)
{
    QVariantList ids;
    QVariantList starting;
    QSqlQuery q(db->connection());
    q.prepare(u"SELECT id, name FROM " + table + u" WHERE deleted = 0 ORDER BY position");
    if (!q.exec())
        return ids;
    while (q.next()) {
        const QByteArray id = q.value(0).toByteArray();
        const QString name = q.value(1).toString();
        QString shown = name;
        if (table == u"stages") {
            Stage s;
            s.id = id;
            s.name = name;
            shown = s.displayName();
        } else {
            Pipeline p;
            p.id = id;
            p.name = name;
            shown = p.displayName();
        }
        if (!names->contains(shown))
            *names << shown;
        const QString a = TextFolder::fold(name);
        const QString b = TextFolder::fold(shown);
        if (a == folded || b == folded)
            ids << id;
        else if (a.startsWith(folded) || b.startsWith(folded))
            starting << id;
    }
    return ids.isEmpty() ? starting : ids;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(u", ");
}

} // namespace

ListFilter ListFilter::parse(const QString &text, const QString &table, const DatabasePtr &db,
                             const QString &alias)
{
    ListFilter f;
    const QList<Token> tokens = tokenize(text);
    const bool contacts = table == u"contacts";
    const bool deals = table == u"deals";
    const CustomEntity entity = contacts ? CustomEntity::Contact
                                : deals  ? CustomEntity::Deal
                                         : CustomEntity::Company;
    const QString row = alias.isEmpty() ? table : alias;
    QList<CustomFieldDefinition> defs;
    bool defsRead = false;
    QStringList words;
    // Built-in text fields the search index holds: their words narrow the candidates.
    const QStringList indexed =
        contacts ? QStringList{QStringLiteral("city"), QStringLiteral("country"),
                               QStringLiteral("company"), QStringLiteral("title")}
        : deals  ? QStringList()
                 : QStringList{QStringLiteral("industry"), QStringLiteral("city"),
                              QStringLiteral("country")};
    // Deals' own fields (the search index holds none of them).
    const QStringList dealFields = {QStringLiteral("stage"), QStringLiteral("pipeline"),
                                    QStringLiteral("company"), QStringLiteral("currency"),
                                    QStringLiteral("status")};
    for (const Token &t : tokens) {
        if (t.key.isEmpty()) {
            words << quoted(t.value);
            continue;
        }
        const QString folded = TextFolder::fold(t.value).trimmed();
        if (folded.isEmpty()) {
            f.error = tr("“%1:” needs a value, e.g. %1:something").arg(t.key);
            return f;
        }
        f.fields << t.key;
        if (deals && (t.key == u"stage" || t.key == u"pipeline")) {
            QStringList names;
            const bool stage = t.key == u"stage";
            const QVariantList ids = namedIds(
                db, stage ? QStringLiteral("stages") : QStringLiteral("pipelines"), folded, &names);
            if (ids.isEmpty()) {
                f.error =
                    (stage ? tr("Unknown stage “%1”: use %2") : tr("Unknown pipeline “%1”: use %2"))
                        .arg(t.value, names.join(u", "));
                return f;
            }
            f.conditions << row + (stage ? u".stage_id" : u".local_pipeline_id") + u" IN (" +
                                placeholders(ids.size()) + u')';
            f.binds << ids;
            continue;
        }
        if (deals && t.key == u"company") {
            f.conditions << u"crm_fold(" + row + u".local_company_name) = ?";
            f.binds << folded;
            continue;
        }
        if (deals && t.key == u"currency") {
            const QString code = t.value.trimmed().toUpper();
            if (!Money::isCurrency(code)) {
                f.error = tr("Unknown currency “%1”: use a code such as EUR").arg(t.value);
                return f;
            }
            f.conditions << row + u".currency = ?";
            f.binds << code;
            continue;
        }
        if (deals && t.key == u"status") {
            QString key;
            if (folded == u"open" || folded == TextFolder::fold(tr("open")))
                key = QStringLiteral("open");
            else if (folded == u"won" || folded == TextFolder::fold(tr("won")))
                key = QStringLiteral("won");
            else if (folded == u"lost" || folded == TextFolder::fold(tr("lost")))
                key = QStringLiteral("lost");
            if (key.isEmpty()) {
                f.error = tr("Unknown status “%1”: use open, won or lost").arg(t.value);
                return f;
            }
            f.conditions << row + u".local_outcome = ?";
            f.binds << key;
            continue;
        }
        if (indexed.contains(t.key)) {
            const QString column =
                t.key == u"company" ? QStringLiteral("local_company_name") : t.key;
            f.conditions << u"crm_fold(" + row + u'.' + column + u") = ?";
            f.binds << folded;
            words << t.value;
            continue;
        }
        if (t.key == u"owner") {
            f.conditions << row + u".owner LIKE ? ESCAPE '\\'";
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
            f.conditions << row + u".status = ?";
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
                                  : deals  ? QStringLiteral("deal_tags l WHERE l.deal_id")
                                           : QStringLiteral("company_tags l WHERE l.company_id");
            f.conditions << u"EXISTS (SELECT 1 FROM " + links + u" = " + row +
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
            known << QStringLiteral("owner") << QStringLiteral("tag");
            if (deals)
                known << dealFields; // status among them: open, won or lost
            else
                known << QStringLiteral("status"); // contacts and companies: lifecycle
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
            f.conditions << row + u".id IN (" + values + u"crm_fold(v.value) = ?)";
            f.binds << def->id << folded;
            if (!deals) // contacts' and companies' search index holds custom text
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
            f.conditions << row + u".id IN (" + values + u"v.value LIKE ? ESCAPE '\\')";
            f.binds << def->id << QString(u"%\"" + likeEscaped(one) + u"\"%");
        } else {
            f.conditions << row + u".id IN (" + values + u"v.value = ?)";
            f.binds << def->id << canonical.value();
        }
    }
    f.words = words.join(u' ');
    return f;
}

} // namespace crm::core
