// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkedit.h"

#include "common/uuid.h"
#include "domain/money.h"
#include "domain/validation.h"
#include "models/contactlistmodel.h"
#include "search/textfolder.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <optional>
#include <utility>

namespace crm::core {

namespace {

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core", text);
}

Error invalid(const QString &field, const QString &message)
{
    return Error{ErrorCode::Invalid, message, field};
}

constexpr QStringView kCustomPrefix = u"custom:";
// Rows written between two looks at Cancel inside a batch.
constexpr int kChunk = 200;

bool sameTag(const QString &a, const QString &b)
{
    return TextFolder::fold(a.trimmed()) == TextFolder::fold(b.trimmed());
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString idText(const QByteArray &id)
{
    return id.isEmpty() ? QString() : Uuid::toString(id);
}

// --- a field of a record as canonical text, and back ---

QString customKey(const QString &key)
{
    return key.startsWith(kCustomPrefix) ? key.mid(kCustomPrefix.size()) : QString();
}

// Each built-in field a bulk edit can set, as canonical text; custom fields ("custom:key")
// are their stored text. One table per entity of {key, getter, setter}.
QString toText(const QString &v)
{
    return v;
}
QString toText(const QByteArray &id)
{
    return idText(id);
}
QString toText(const QDate &d)
{
    return dateText(d);
}
QString toText(LifecycleStatus s)
{
    return lifecycleKey(s);
}
QString toText(const std::optional<int> &n)
{
    return n ? QString::number(*n) : QString();
}
void fromText(const QString &text, QString *v)
{
    *v = text;
}
void fromText(const QString &text, QByteArray *id)
{
    *id = text.isEmpty() ? QByteArray() : Uuid::fromString(text);
}
void fromText(const QString &text, QDate *d)
{
    *d = QDate::fromString(text, Qt::ISODate);
}
void fromText(const QString &text, LifecycleStatus *s)
{
    parseLifecycle(text, s);
}
void fromText(const QString &text, std::optional<int> *n)
{
    *n = text.isEmpty() ? std::optional<int>() : std::optional<int>(text.toInt());
}

template <typename Record> struct FieldAccess
{
    QStringView key;
    QString (*get)(const Record &);
    void (*set)(Record &, const QString &);
};

template <typename> struct MemberOf;
template <typename R, typename T> struct MemberOf<T R::*>
{
    using Record = R;
};

// The table entry of a member: field<&Contact::city>(u"city").
template <auto Member> auto field(QStringView key)
{
    using Record = typename MemberOf<decltype(Member)>::Record;
    return FieldAccess<Record>{key, [](const Record &r) { return toText(r.*Member); },
                               [](Record &r, const QString &v) { fromText(v, &(r.*Member)); }};
}

template <typename Record> const QList<FieldAccess<Record>> &fields();

template <> const QList<FieldAccess<Contact>> &fields()
{
    static const QList<FieldAccess<Contact>> table = {field<&Contact::title>(u"title"),
                                                      field<&Contact::companyId>(u"company"),
                                                      field<&Contact::street>(u"street"),
                                                      field<&Contact::postalCode>(u"postal_code"),
                                                      field<&Contact::city>(u"city"),
                                                      field<&Contact::country>(u"country"),
                                                      field<&Contact::birthday>(u"birthday"),
                                                      field<&Contact::source>(u"source"),
                                                      field<&Contact::status>(u"status"),
                                                      field<&Contact::owner>(u"owner"),
                                                      field<&Contact::visibility>(u"visibility"),
                                                      field<&Contact::notes>(u"notes")};
    return table;
}

template <> const QList<FieldAccess<Company>> &fields()
{
    static const QList<FieldAccess<Company>> table = {
        field<&Company::status>(u"status"),   field<&Company::industry>(u"industry"),
        field<&Company::website>(u"website"), field<&Company::phone>(u"phone"),
        field<&Company::street>(u"street"),   field<&Company::postalCode>(u"postal_code"),
        field<&Company::city>(u"city"),       field<&Company::country>(u"country"),
        field<&Company::owner>(u"owner"),     field<&Company::visibility>(u"visibility"),
        field<&Company::notes>(u"notes")};
    return table;
}

template <> const QList<FieldAccess<Deal>> &fields()
{
    static const QList<FieldAccess<Deal>> table = {field<&Deal::title>(u"title"),
                                                   field<&Deal::companyId>(u"company"),
                                                   field<&Deal::currency>(u"currency"),
                                                   field<&Deal::stageId>(u"stage"),
                                                   field<&Deal::probability>(u"probability"),
                                                   field<&Deal::expectedClose>(u"expected_close"),
                                                   field<&Deal::owner>(u"owner"),
                                                   field<&Deal::visibility>(u"visibility"),
                                                   field<&Deal::source>(u"source"),
                                                   field<&Deal::nextStep>(u"next_step"),
                                                   field<&Deal::notes>(u"notes")};
    return table;
}

template <typename Record> QString get(const Record &r, const QString &key)
{
    if (const QString k = customKey(key); !k.isEmpty())
        return r.custom.value(k);
    for (const FieldAccess<Record> &f : fields<Record>()) {
        if (f.key == key)
            return f.get(r);
    }
    return {};
}

template <typename Record> void set(Record &r, const QString &key, const QString &v)
{
    if (const QString k = customKey(key); !k.isEmpty()) {
        r.custom.insert(k, v);
        return;
    }
    for (const FieldAccess<Record> &f : fields<Record>()) {
        if (f.key == key)
            return f.set(r, v);
    }
}

QString fieldKey(const BulkOperation &op)
{
    return op.kind == BulkOperation::Kind::SetOwner ? QStringLiteral("owner") : op.field;
}

// Applies the operation to a loaded record; returns what it held before when it changed.
template <typename Record> std::optional<QString> edit(Record &r, const BulkOperation &op)
{
    switch (op.kind) {
    case BulkOperation::Kind::SetField:
    case BulkOperation::Kind::SetOwner: {
        const QString key = fieldKey(op);
        const QString before = get(r, key);
        if (before == op.value)
            return std::nullopt;
        set(r, key, op.value);
        return before;
    }
    case BulkOperation::Kind::AddTag:
        for (const QString &t : std::as_const(r.tags)) {
            if (sameTag(t, op.value))
                return std::nullopt;
        }
        r.tags.append(op.value);
        return QString();
    case BulkOperation::Kind::RemoveTag: {
        std::optional<QString> removed;
        for (qsizetype i = r.tags.size() - 1; i >= 0; --i) {
            if (sameTag(r.tags.at(i), op.value)) {
                removed = r.tags.at(i);
                r.tags.removeAt(i);
            }
        }
        return removed;
    }
    case BulkOperation::Kind::Delete:
        break;
    }
    return std::nullopt;
}

// Puts back what edit() changed.
template <typename Record> void revert(Record &r, const BulkOperation &op, const QString &before)
{
    switch (op.kind) {
    case BulkOperation::Kind::SetField:
    case BulkOperation::Kind::SetOwner:
        set(r, fieldKey(op), before);
        break;
    case BulkOperation::Kind::AddTag:
        r.tags.removeIf([&](const QString &t) { return sameTag(t, op.value); });
        break;
    case BulkOperation::Kind::RemoveTag:
        if (std::none_of(r.tags.cbegin(), r.tags.cend(),
                         [&](const QString &t) { return sameTag(t, before); }))
            r.tags.append(before);
        break;
    case BulkOperation::Kind::Delete:
        break;
    }
}

QString tableOf(CustomEntity entity)
{
    return entityTable(entity);
}

// How bulk_edits.kind spells an operation.
constexpr std::pair<BulkOperation::Kind, QStringView> kKinds[] = {
    {BulkOperation::Kind::SetField, u"set"},
    {BulkOperation::Kind::AddTag, u"add_tag"},
    {BulkOperation::Kind::RemoveTag, u"remove_tag"},
    {BulkOperation::Kind::SetOwner, u"owner"},
    {BulkOperation::Kind::Delete, u"delete"}};

QString kindKey(BulkOperation::Kind kind)
{
    for (const auto &[k, key] : kKinds) {
        if (k == kind)
            return key.toString();
    }
    return {};
}

bool parseKind(const QString &key, BulkOperation::Kind *kind)
{
    for (const auto &[k, text] : kKinds) {
        if (text == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QList<BulkField> builtinFields(CustomEntity entity)
{
    using T = BulkField::Type;
    auto f = [](const char *key, const QString &label, T type) {
        BulkField field;
        field.key = QString::fromLatin1(key);
        field.label = label;
        field.type = type;
        if (field.key == u"visibility") {
            field.choices = {QStringLiteral("team"), QStringLiteral("private")};
            field.choiceLabels = {tr("Team"), tr("Private")};
        }
        return field;
    };
    // Contacts and companies share the lifecycle.
    BulkField status = f("status", tr("Status"), T::Choice);
    for (const char *key : {"lead", "prospect", "customer", "former"}) {
        status.choices << QString::fromLatin1(key);
        status.choiceLabels << lifecycleLabel(QString::fromLatin1(key));
    }
    QList<BulkField> fields;
    switch (entity) {
    case CustomEntity::Contact: {
        fields = {status,
                  f("owner", tr("Owner"), T::Text),
                  f("source", tr("Source"), T::Text),
                  f("title", tr("Job title"), T::Text),
                  f("company", tr("Company"), T::Company),
                  f("street", tr("Street"), T::Text),
                  f("postal_code", tr("Postal code"), T::Text),
                  f("city", tr("City"), T::Text),
                  f("country", tr("Country"), T::Text),
                  f("birthday", tr("Birthday"), T::Date),
                  f("visibility", tr("Visibility"), T::Choice),
                  f("notes", tr("Notes"), T::LongText)};
        break;
    }
    case CustomEntity::Company:
        fields = {status,
                  f("owner", tr("Owner"), T::Text),
                  f("industry", tr("Industry"), T::Text),
                  f("website", tr("Website"), T::Url),
                  f("phone", tr("Phone"), T::Phone),
                  f("street", tr("Street"), T::Text),
                  f("postal_code", tr("Postal code"), T::Text),
                  f("city", tr("City"), T::Text),
                  f("country", tr("Country"), T::Text),
                  f("visibility", tr("Visibility"), T::Choice),
                  f("notes", tr("Notes"), T::LongText)};
        break;
    case CustomEntity::Deal:
        fields = {f("stage", tr("Stage"), T::Stage),
                  f("owner", tr("Owner"), T::Text),
                  f("currency", tr("Currency"), T::Currency),
                  f("expected_close", tr("Expected close"), T::Date),
                  f("probability", tr("Probability %"), T::Number),
                  f("source", tr("Source"), T::Text),
                  f("next_step", tr("Next step"), T::Text),
                  f("company", tr("Company"), T::Company),
                  f("title", tr("Title"), T::Text),
                  f("visibility", tr("Visibility"), T::Choice),
                  f("notes", tr("Notes"), T::LongText)};
        break;
    }
    return fields;
}

} // namespace

BulkEdit::BulkEdit(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<QList<BulkField>> BulkEdit::fields(CustomEntity entity) const
{
    QList<BulkField> fields = builtinFields(entity);
    auto defs = CustomFieldRepository(m_db).list(entity);
    if (!defs)
        return defs.error();
    for (const CustomFieldDefinition &def : defs.value()) {
        BulkField f;
        f.key = kCustomPrefix + def.key;
        f.label = def.label;
        f.type = BulkField::Type::Custom;
        f.custom = def;
        f.choices = def.choices;
        f.choiceLabels = def.choices;
        fields << f;
    }
    return fields;
}

Result<BulkOperation> BulkEdit::prepare(CustomEntity entity, BulkOperation op) const
{
    using K = BulkOperation::Kind;
    switch (op.kind) {
    case K::AddTag:
    case K::RemoveTag:
        op.value = op.value.trimmed();
        if (op.value.isEmpty())
            return invalid(QStringLiteral("tag"), tr("a tag needs a name"));
        if (op.value.size() > 100)
            return invalid(QStringLiteral("tag"), tr("the tag is too long"));
        return op;
    case K::Delete:
        return op;
    case K::SetOwner:
        op.field = QStringLiteral("owner");
        op.value = op.value.trimmed();
        return op;
    case K::SetField:
        break;
    }
    auto all = fields(entity);
    if (!all)
        return all.error();
    const BulkField *field = nullptr;
    for (const BulkField &f : all.value()) {
        // A custom field also answers to its bare key when no built-in has it.
        if (f.key == op.field ||
            (!field && f.type == BulkField::Type::Custom && f.custom.key == op.field)) {
            field = &f;
            if (f.key == op.field)
                break;
        }
    }
    if (!field) {
        QStringList keys;
        for (const BulkField &f : all.value())
            keys << f.key;
        return invalid(op.field, tr("no such field of %1; the fields are: %2")
                                     .arg(entityTable(entity), keys.join(QStringLiteral(", "))));
    }
    op.field = field->key;
    QString v = field->type == BulkField::Type::LongText ? op.value : op.value.trimmed();
    const QString name = field->key;
    using T = BulkField::Type;
    switch (field->type) {
    case T::Text:
    case T::LongText:
        if (v.size() > 10000)
            return invalid(name, tr("the value is too long"));
        break;
    case T::Choice: {
        const qsizetype i = [&] {
            for (qsizetype j = 0; j < field->choices.size(); ++j) {
                if (field->choices.at(j).compare(v, Qt::CaseInsensitive) == 0 ||
                    field->choiceLabels.value(j).compare(v, Qt::CaseInsensitive) == 0)
                    return j;
            }
            return qsizetype(-1);
        }();
        if (i < 0)
            return invalid(
                name,
                tr("“%1” is not one of: %2").arg(v, field->choices.join(QStringLiteral(", "))));
        v = field->choices.at(i);
        break;
    }
    case T::Date:
        if (!v.isEmpty()) {
            if (name == u"birthday") {
                auto day = Validation::parseBirthday(v);
                if (!day)
                    return invalid(name, day.error().detail);
                v = dateText(day.value());
            } else {
                const QDate day = QDate::fromString(v, Qt::ISODate);
                if (!day.isValid())
                    return invalid(name, tr("“%1” is not a date (YYYY-MM-DD)").arg(v));
                v = dateText(day);
            }
        }
        break;
    case T::Number:
        if (!v.isEmpty()) {
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < 0 || n > 100)
                return invalid(name,
                               tr("the probability must be between 0 and 100, not %1").arg(v));
            v = QString::number(n);
        }
        break;
    case T::Url:
        if (!v.isEmpty() && !Validation::isValidWebsite(v))
            return invalid(name, tr("“%1” is not a web address").arg(v));
        break;
    case T::Phone:
        if (!v.isEmpty() && !Validation::isValidPhone(v))
            return invalid(name, tr("“%1” is not a phone number").arg(v));
        break;
    case T::Company:
        if (!v.isEmpty()) {
            const QByteArray asId = Uuid::fromString(v);
            CompanyRepository companies(m_db);
            if (asId.isEmpty() || !companies.get(asId)) {
                auto found = companies.findByName(v);
                if (!found)
                    return found.error();
                if (found->isEmpty())
                    return invalid(name, tr("there is no company named “%1”").arg(v));
                v = Uuid::toString(found.value());
            }
        }
        break;
    case T::Stage: {
        PipelineRepository pipelines(m_db);
        std::optional<Stage> stage;
        if (const QByteArray asId = Uuid::fromString(v); !asId.isEmpty()) {
            if (auto s = pipelines.stage(asId))
                stage = s.value();
        }
        if (!stage) {
            // By name: the default pipeline first, then any other with one such stage.
            auto list = pipelines.list();
            if (!list)
                return list.error();
            auto preferred = pipelines.defaultPipeline();
            QList<Pipeline> order = list.value();
            if (preferred)
                order.prepend(preferred.value());
            for (const Pipeline &p : std::as_const(order)) {
                if (auto s = pipelines.findStage(p, v)) {
                    stage = s.value();
                    break;
                }
            }
        }
        if (!stage || stage->deleted)
            return invalid(name, tr("there is no stage named “%1”").arg(v));
        if (stage->outcome == StageOutcome::Lost)
            return invalid(name, tr("a lost deal needs the reason it was lost: mark deals lost "
                                    "one at a time"));
        v = Uuid::toString(stage->id);
        break;
    }
    case T::Currency:
        v = v.toUpper();
        if (!Money::isCurrency(v))
            return invalid(name, tr("“%1” is not a currency code").arg(v));
        break;
    case T::Custom: {
        auto canonical = CustomField::canonical(field->custom, v);
        if (!canonical)
            return canonical.error();
        v = canonical.value();
        if (v.isEmpty() && field->custom.required)
            return invalid(name, tr("%1 is required").arg(field->label));
        break;
    }
    }
    // The forms' validators on a sample record, for what the checks above do not cover.
    if (entity == CustomEntity::Contact && !customKey(name).size()) {
        Contact sample;
        sample.firstName = QStringLiteral("x");
        set(sample, name, v);
        for (const Error &e : Validation::check(sample)) {
            if (e.field == name)
                return e;
        }
    } else if (entity == CustomEntity::Company && !customKey(name).size()) {
        Company sample;
        sample.name = QStringLiteral("x");
        set(sample, name, v);
        for (const Error &e : Validation::check(sample)) {
            if (e.field == name)
                return e;
        }
    }
    op.value = v;
    return op;
}

Result<QList<QByteArray>> BulkEdit::resolve(const BulkTarget &target) const
{
    if (target.query.isEmpty())
        return target.ids;
    const RecordQuery &rq = target.query;
    QList<QByteArray> ids = rq.ranges.isEmpty() ? QList<QByteArray>() : target.ids;
    // All matching: one read. A selection: one read per range, in the list's order.
    QList<RecordQuery::Range> reads = rq.ranges;
    if (reads.isEmpty())
        reads << RecordQuery::Range{0, -1, {}, {}};
    for (const RecordQuery::Range &range : std::as_const(reads)) {
        QString text = u"SELECT " + rq.idColumn + u" FROM " + rq.from + u" WHERE " + rq.where;
        if (range.count >= 0)
            text += u" ORDER BY " + rq.orderBy +
                    QStringLiteral(" LIMIT %1 OFFSET %2").arg(range.count).arg(range.first);
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        q.prepare(text);
        for (const QVariant &v : rq.binds)
            q.addBindValue(v);
        for (auto it = rq.namedBinds.cbegin(); it != rq.namedBinds.cend(); ++it)
            q.bindValue(it.key(), it.value());
        if (!q.exec())
            return sql::error(q, QStringLiteral("reading the rows to edit"));
        const qsizetype start = ids.size();
        while (q.next())
            ids << q.value(0).toByteArray();
        if (range.count < 0)
            continue;
        const qsizetype read = ids.size() - start;
        if (read != range.count || (!range.firstId.isEmpty() && ids[start] != range.firstId) ||
            (!range.lastId.isEmpty() && ids.last() != range.lastId))
            return Error{ErrorCode::Invalid,
                         tr("The list changed while the rows were selected; select them again."),
                         {}};
    }
    return ids;
}

Result<BulkOutcome> BulkEdit::apply(const BulkTarget &target, const BulkOperation &op,
                                    const Progress &progress)
{
    auto prepared = prepare(target.entity, op);
    if (!prepared)
        return prepared.error();
    auto ids = resolve(target);
    if (!ids)
        return ids.error();
    return applyTo(target.entity, ids.value(), prepared.value(), progress);
}

namespace {

// One pass over some rows: writes `op` (forward) or puts back the before-values (undo),
// inside the caller's transaction. `changes` gets the rows that changed (forward only).
class Writer
{
public:
    Writer(DatabasePtr db, CustomEntity entity, const BulkOperation &op)
        : m_db(std::move(db))
        , m_entity(entity)
        , m_op(op)
    {}

    Status forward(const QList<QByteArray> &ids, QList<BulkChange> &changes)
    {
        if (m_op.kind == BulkOperation::Kind::Delete)
            return setDeleted(ids, true, &changes);
        if (m_entity == CustomEntity::Contact) {
            auto written = ContactRepository(m_db).updateEach(
                ids, [&](const Contact &stored, Contact *edited) {
                    if (stored.deleted)
                        return false;
                    auto before = edit(*edited, m_op);
                    if (before)
                        changes << BulkChange{stored.id, *before};
                    return before.has_value();
                });
            return written ? Status() : Status(written.error());
        }
        for (const QByteArray &id : ids) {
            Status s = m_entity == CustomEntity::Company
                           ? forwardOne<Company>(CompanyRepository(m_db), id, changes)
                           : forwardOne<Deal>(DealRepository(m_db), id, changes);
            if (!s)
                return s;
        }
        return {};
    }

    // Puts back the before-values of `changes` where the record still holds what the edit
    // wrote (see stillEdited); the others go to `out->left`.
    Status backward(const QList<BulkChange> &changes, BulkUndoOutcome *out)
    {
        auto present = existing(changes);
        if (!present)
            return present.error();
        QList<QByteArray> ids;
        QHash<QByteArray, QString> before;
        for (const BulkChange &c : changes) {
            if (present->contains(c.id)) {
                ids << c.id;
                before.insert(c.id, c.before);
            } else {
                out->left << c.id; // gone from this laptop (withdrawn by sync)
            }
        }
        if (m_op.kind == BulkOperation::Kind::Delete) {
            QList<BulkChange> restored;
            if (auto s = setDeleted(ids, false, &restored); !s)
                return s;
            out->restored += int(restored.size());
            return {};
        }
        if (m_entity == CustomEntity::Contact) {
            auto written = ContactRepository(m_db).updateEach(
                ids, [&](const Contact &stored, Contact *edited) {
                    if (!stillEdited(stored)) {
                        out->left << stored.id;
                        return false;
                    }
                    revert(*edited, m_op, before.value(edited->id));
                    ++out->restored;
                    return true;
                });
            return written ? Status() : Status(written.error());
        }
        for (const QByteArray &id : std::as_const(ids)) {
            Status s =
                m_entity == CustomEntity::Company
                    ? backwardOne<Company>(CompanyRepository(m_db), id, before.value(id), out)
                    : backwardOne<Deal>(DealRepository(m_db), id, before.value(id), out);
            if (!s)
                return s;
        }
        return {};
    }

private:
    template <typename Record, typename Repository>
    Status forwardOne(Repository repo, const QByteArray &id, QList<BulkChange> &changes)
    {
        auto stored = repo.get(id);
        if (!stored) {
            if (stored.error().code == ErrorCode::NotFound)
                return {}; // an id that is gone is not edited
            return stored.error();
        }
        if (stored->deleted)
            return {};
        Record edited = stored.value();
        auto before = edit(edited, m_op);
        if (!before)
            return {};
        if (auto s = repo.update(edited); !s) {
            Error e = s.error();
            e.detail = displayOf(stored.value()) + u": " + e.detail;
            return e;
        }
        changes << BulkChange{id, *before};
        return {};
    }

    template <typename Record, typename Repository>
    Status backwardOne(Repository repo, const QByteArray &id, const QString &before,
                       BulkUndoOutcome *out)
    {
        auto stored = repo.get(id);
        if (!stored)
            return stored.error();
        if (!stillEdited(stored.value())) {
            out->left << id;
            return {};
        }
        Record edited = stored.value();
        revert(edited, m_op, before);
        if (auto s = repo.update(edited); !s)
            return s;
        ++out->restored;
        return {};
    }

    // Whether undo may put a record back: it is not deleted, and a field the edit set still
    // holds what the edit wrote (a later edit — by this user or through sync — stays). A tag
    // added or removed since is simply what undo would do.
    template <typename Record> bool stillEdited(const Record &r) const
    {
        if (r.deleted)
            return false;
        switch (m_op.kind) {
        case BulkOperation::Kind::SetField:
        case BulkOperation::Kind::SetOwner:
            return get(r, fieldKey(m_op)) == m_op.value;
        case BulkOperation::Kind::AddTag:
        case BulkOperation::Kind::RemoveTag:
        case BulkOperation::Kind::Delete:
            break;
        }
        return true;
    }

    // The ids of `changes` this laptop still has.
    Result<QSet<QByteArray>> existing(const QList<BulkChange> &changes) const
    {
        QSet<QByteArray> found;
        QSqlDatabase db = m_db->connection();
        for (qsizetype start = 0; start < changes.size(); start += 500) {
            const qsizetype n = std::min<qsizetype>(500, changes.size() - start);
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(u"SELECT id FROM " + tableOf(m_entity) + u" WHERE id IN (" +
                      sql::marks(int(n)) + u')');
            for (qsizetype i = start; i < start + n; ++i)
                q.addBindValue(changes[i].id);
            if (!q.exec())
                return sql::error(q, QStringLiteral("reading the records to put back"));
            while (q.next())
                found.insert(q.value(0).toByteArray());
        }
        return found;
    }

    static QString displayOf(const Company &c) { return c.name; }
    static QString displayOf(const Deal &d) { return d.title; }

    Status setDeleted(const QList<QByteArray> &ids, bool deleted, QList<BulkChange> *changes)
    {
        QSqlQuery state(m_db->connection());
        state.prepare(u"SELECT deleted FROM " + tableOf(m_entity) + u" WHERE id = ?");
        for (const QByteArray &id : ids) {
            state.addBindValue(id);
            if (!state.exec())
                return sql::error(state, QStringLiteral("reading a record"));
            const bool found = state.next();
            const bool isDeleted = found && state.value(0).toInt() != 0;
            state.finish();
            if (!found || isDeleted == deleted)
                continue;
            Status s;
            switch (m_entity) {
            case CustomEntity::Contact:
                s = deleted ? ContactRepository(m_db).remove(id)
                            : ContactRepository(m_db).restore(id);
                break;
            case CustomEntity::Company:
                s = deleted ? CompanyRepository(m_db).remove(id)
                            : CompanyRepository(m_db).restore(id);
                break;
            case CustomEntity::Deal:
                s = deleted ? DealRepository(m_db).remove(id) : DealRepository(m_db).restore(id);
                break;
            }
            if (!s)
                return s;
            if (changes)
                *changes << BulkChange{id, QStringLiteral("0")};
        }
        return {};
    }

    DatabasePtr m_db;
    CustomEntity m_entity;
    BulkOperation m_op;
};

} // namespace

namespace {

// The recorded edits (bulk_edits, bulk_edit_items), on one connection, inside the caller's
// transactions.
class Journal
{
public:
    explicit Journal(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Records a new edit, forgetting the oldest beyond BulkEdit::Kept.
    Result<qint64> begin(CustomEntity entity, const BulkOperation &op, const QString &description,
                         int matched)
    {
        for (const QString &statement :
             {QStringLiteral("DELETE FROM bulk_edit_items WHERE edit_id IN (SELECT id FROM"
                             " bulk_edits ORDER BY id DESC LIMIT -1 OFFSET %1)"),
              QStringLiteral("DELETE FROM bulk_edits WHERE id IN (SELECT id FROM bulk_edits"
                             " ORDER BY id DESC LIMIT -1 OFFSET %1)")}) {
            if (auto s = sql::exec(m_db, statement.arg(BulkEdit::Kept - 1)); !s)
                return s.error();
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO bulk_edits(started_at, entity, kind, field, value,"
                                 " description, matched, state) VALUES (?, ?, ?, ?, ?, ?, ?,"
                                 " 'applying')"));
        for (const QVariant &v :
             {QVariant(sql::nowMs()), QVariant(tableOf(entity)), QVariant(kindKey(op.kind)),
              QVariant(op.field), QVariant(op.value), QVariant(description), QVariant(matched)})
            q.addBindValue(sql::text(v));
        if (!q.exec())
            return sql::error(q, QStringLiteral("recording a bulk edit"));
        return q.lastInsertId().toLongLong();
    }

    Result<qint64> lastSeq(qint64 edit)
    {
        auto v = sql::scalar(m_db,
                             QStringLiteral("SELECT COALESCE(max(seq), 0) FROM bulk_edit_items"
                                            " WHERE edit_id = ?"),
                             {edit});
        if (!v)
            return v.error();
        return v->toLongLong();
    }

    Status add(qint64 edit, qint64 *seq, const QList<BulkChange> &changes)
    {
        if (m_add.lastQuery().isEmpty()) {
            m_add = QSqlQuery(m_db);
            m_add.prepare(QStringLiteral("INSERT INTO bulk_edit_items(edit_id, seq, record_id,"
                                         " before) VALUES (?, ?, ?, ?)"));
        }
        for (const BulkChange &c : changes) {
            m_add.bindValue(0, edit);
            m_add.bindValue(1, ++*seq);
            m_add.bindValue(2, c.id);
            m_add.bindValue(3, sql::text(c.before));
            if (!m_add.exec())
                return sql::error(m_add, QStringLiteral("recording a bulk edit"));
        }
        return {};
    }

    Status set(qint64 edit, const QString &assignments, const QVariantList &binds)
    {
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE bulk_edits SET " + assignments + u" WHERE id = ?");
        for (const QVariant &v : binds)
            q.addBindValue(v);
        q.addBindValue(edit);
        if (!q.exec())
            return sql::error(q, QStringLiteral("recording a bulk edit"));
        return {};
    }

    Status forget(qint64 edit, qint64 afterSeq, bool whole)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM bulk_edit_items WHERE edit_id = ? AND seq > ?"));
        q.addBindValue(edit);
        q.addBindValue(afterSeq);
        if (!q.exec())
            return sql::error(q, QStringLiteral("forgetting a bulk edit"));
        if (!whole)
            return {};
        q.prepare(QStringLiteral("DELETE FROM bulk_edits WHERE id = ?"));
        q.addBindValue(edit);
        if (!q.exec())
            return sql::error(q, QStringLiteral("forgetting a bulk edit"));
        return {};
    }

private:
    QSqlDatabase m_db;
    QSqlQuery m_add;
};

} // namespace

Result<BulkOutcome> BulkEdit::applyTo(CustomEntity entity, const QList<QByteArray> &ids,
                                      const BulkOperation &prepared, const Progress &progress)
{
    return write(0, entity, ids, prepared, progress);
}

Result<BulkOutcome> BulkEdit::redo(qint64 edit, const QList<QByteArray> &ids,
                                   const Progress &progress)
{
    auto stored = record(edit);
    if (!stored)
        return stored.error();
    if (stored->state != u"undone")
        return Error{ErrorCode::Invalid,
                     tr("bulk edit %1 is not undone; there is nothing to redo").arg(edit),
                     {}};
    return write(edit, stored->entity, ids, stored->op, progress);
}

// Writes `prepared` on `ids` in transactions of BatchSize rows, recording each changed row in
// the transaction that changes it: as a new edit (edit 0), or again as `edit` (redo).
Result<BulkOutcome> BulkEdit::write(qint64 edit, CustomEntity entity, const QList<QByteArray> &ids,
                                    const BulkOperation &prepared, const Progress &progress)
{
    BulkOutcome out;
    out.matched = int(ids.size());
    out.edit = edit;
    const bool fresh = edit == 0;
    QSqlDatabase db = m_db->connection();
    Journal journal(db);
    Writer writer(m_db, entity, prepared);
    const qint64 total = ids.size();
    qint64 firstSeq = 0; // items before this one are not this run's
    if (!fresh) {
        auto last = journal.lastSeq(edit);
        if (!last)
            return last.error();
        firstSeq = last.value();
    }
    qint64 seq = firstSeq;
    const QString description = fresh ? describe(entity, prepared) : QString();
    // Anything that stops the run part-way puts back the batches already committed and
    // forgets what this run recorded.
    auto abandon = [&](Error e) -> Result<BulkOutcome> {
        BulkUndoOutcome reverted;
        const Status putBack = [&]() -> Status {
            Transaction tx(db);
            if (!tx.begun())
                return tx.begun();
            for (qint64 start = 0; start < out.changes.size(); start += BatchSize) {
                if (auto s = writer.backward(out.changes.mid(start, BatchSize), &reverted); !s)
                    return s;
            }
            if (out.edit != 0) {
                if (auto s = journal.forget(out.edit, firstSeq, fresh); !s)
                    return s;
                if (!fresh) {
                    if (auto s = journal.set(out.edit, QStringLiteral("state = 'undone'"), {}); !s)
                        return s;
                }
            }
            return tx.commit();
        }();
        if (!putBack)
            e.detail += u" (" +
                        tr("undoing the finished part failed: %1").arg(putBack.error().detail) +
                        u')';
        return e;
    };
    const Error cancelled{ErrorCode::Cancelled, tr("cancelled: nothing was changed"), {}};
    for (qint64 start = 0; start < total; start += BatchSize) {
        Transaction tx(db);
        if (!tx.begun())
            return abandon(tx.begun().error());
        QList<BulkChange> batch;
        const qint64 end = std::min(total, start + BatchSize);
        for (qint64 chunk = start; chunk < end; chunk += kChunk) {
            if (progress && !progress(chunk, total)) {
                tx.rollback();
                return abandon(cancelled);
            }
            if (auto s =
                    writer.forward(ids.mid(chunk, std::min<qint64>(kChunk, end - chunk)), batch);
                !s) {
                tx.rollback();
                return abandon(s.error());
            }
        }
        // The record goes with the first batch that changed something.
        if (out.edit == 0 && !batch.isEmpty()) {
            auto begun = journal.begin(entity, prepared, description, out.matched);
            if (!begun) {
                tx.rollback();
                return abandon(begun.error());
            }
            out.edit = begun.value();
        } else if (!fresh && start == 0) {
            if (auto s = journal.set(edit,
                                     QStringLiteral("state = 'applying', undone_at = NULL,"
                                                    " left_count = 0, matched = ?"),
                                     {out.matched});
                !s) {
                tx.rollback();
                return abandon(s.error());
            }
        }
        if (out.edit != 0) {
            Status s = journal.add(out.edit, &seq, batch);
            if (s && end == total)
                s = journal.set(out.edit,
                                QStringLiteral("state = 'applied', finished_at = ?, changed = ?"),
                                {sql::nowMs(), seq - firstSeq});
            if (!s) {
                tx.rollback();
                return abandon(s.error());
            }
        }
        if (auto s = tx.commit(); !s)
            return abandon(s.error());
        out.changes += batch;
    }
    if (progress)
        progress(total, total);
    return out;
}

Result<BulkUndoOutcome> BulkEdit::undo(qint64 edit, const Progress &progress)
{
    auto stored = record(edit);
    if (!stored)
        return stored.error();
    if (stored->state == u"undone")
        return Error{ErrorCode::Invalid, tr("bulk edit %1 was undone already").arg(edit), {}};
    QSqlDatabase db = m_db->connection();
    Journal journal(db);
    auto count = sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM bulk_edit_items"
                                            " WHERE edit_id = ?"),
                             {edit});
    if (!count)
        return count.error();
    const qint64 total = count->toLongLong();
    Writer writer(m_db, stored->entity, stored->op);
    BulkUndoOutcome out;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT seq, record_id, before FROM bulk_edit_items"
                                " WHERE edit_id = ? ORDER BY seq LIMIT ?"));
    for (qint64 done = 0;;) {
        if (progress)
            progress(done, total);
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun().error();
        read.addBindValue(edit);
        read.addBindValue(BatchSize);
        if (!read.exec())
            return sql::error(read, QStringLiteral("reading a bulk edit"));
        QList<BulkChange> batch;
        qint64 lastSeq = 0;
        while (read.next()) {
            lastSeq = read.value(0).toLongLong();
            batch << BulkChange{read.value(1).toByteArray(), read.value(2).toString()};
        }
        read.finish();
        const int leftBefore = int(out.left.size());
        if (auto s = writer.backward(batch, &out); !s)
            return s.error();
        // What is put back is forgotten in the same transaction: a stopped undo goes on
        // from where it stopped.
        QSqlQuery forget(db);
        forget.prepare(QStringLiteral("DELETE FROM bulk_edit_items WHERE edit_id = ? AND"
                                      " seq <= ?"));
        forget.addBindValue(edit);
        forget.addBindValue(lastSeq);
        if (!forget.exec())
            return sql::error(forget, QStringLiteral("recording an undo"));
        const bool last = batch.size() < BatchSize;
        if (auto s = journal.set(edit,
                                 QStringLiteral("left_count = left_count + ?, state = ?,"
                                                " undone_at = ?"),
                                 {int(out.left.size()) - leftBefore,
                                  last ? QStringLiteral("undone") : QStringLiteral("undoing"),
                                  last ? QVariant(sql::nowMs()) : QVariant()});
            !s)
            return s.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        done += batch.size();
        if (last)
            break;
    }
    if (progress)
        progress(total, total);
    return out;
}

namespace {

Result<QList<BulkEditRecord>> readRecords(QSqlDatabase db, const QString &where,
                                          const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, started_at, COALESCE(finished_at, 0), COALESCE(undone_at, 0), entity,"
              u" kind, field, value, description, matched, changed, left_count, state"
              u" FROM bulk_edits " +
              where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sql::error(q, QStringLiteral("reading the bulk edits"));
    QList<BulkEditRecord> out;
    while (q.next()) {
        BulkEditRecord r;
        r.id = q.value(0).toLongLong();
        r.startedAt = q.value(1).toLongLong();
        r.finishedAt = q.value(2).toLongLong();
        r.undoneAt = q.value(3).toLongLong();
        if (!parseEntity(q.value(4).toString(), &r.entity) ||
            !parseKind(q.value(5).toString(), &r.op.kind))
            continue; // written by a newer version: not ours to undo
        r.op.field = q.value(6).toString();
        r.op.value = q.value(7).toString();
        r.description = q.value(8).toString();
        r.matched = q.value(9).toInt();
        r.changed = q.value(10).toInt();
        r.left = q.value(11).toInt();
        r.state = q.value(12).toString();
        out << r;
    }
    return out;
}

} // namespace

Result<QList<BulkEditRecord>> BulkEdit::history(int limit) const
{
    return readRecords(m_db->connection(), QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
}

Result<BulkEditRecord> BulkEdit::record(qint64 edit) const
{
    auto found = readRecords(m_db->connection(), QStringLiteral("WHERE id = ?"), {edit});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{ErrorCode::NotFound, tr("there is no bulk edit %1").arg(edit), {}};
    return found->constFirst();
}

QString BulkEdit::describe(CustomEntity entity, const BulkOperation &op) const
{
    switch (op.kind) {
    case BulkOperation::Kind::AddTag:
        return tr("Add tag “%1”").arg(op.value);
    case BulkOperation::Kind::RemoveTag:
        return tr("Remove tag “%1”").arg(op.value);
    case BulkOperation::Kind::SetOwner:
        return op.value.isEmpty() ? tr("Clear the owner") : tr("Change owner to %1").arg(op.value);
    case BulkOperation::Kind::Delete:
        return tr("Delete");
    case BulkOperation::Kind::SetField:
        break;
    }
    QString label = op.field;
    QString shown = op.value;
    if (auto all = fields(entity)) {
        for (const BulkField &f : all.value()) {
            if (f.key != op.field)
                continue;
            label = f.label;
            if (f.type == BulkField::Type::Choice)
                shown = f.choiceLabels.value(f.choices.indexOf(op.value), op.value);
            else if (f.type == BulkField::Type::Custom && !op.value.isEmpty())
                shown = CustomField::display(f.custom, op.value);
            else if (f.type == BulkField::Type::Company && !op.value.isEmpty()) {
                if (auto c = CompanyRepository(m_db).get(Uuid::fromString(op.value)))
                    shown = c->name;
            } else if (f.type == BulkField::Type::Stage) {
                if (auto s = PipelineRepository(m_db).stage(Uuid::fromString(op.value)))
                    shown = s->displayName();
            }
        }
    }
    return shown.isEmpty() ? tr("Clear %1").arg(label) : tr("Set %1 to %2").arg(label, shown);
}

} // namespace crm::core
