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
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

namespace crm::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::BulkEdit", text);
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

    Status backward(const QList<BulkChange> &changes)
    {
        QList<QByteArray> ids;
        QHash<QByteArray, QString> before;
        for (const BulkChange &c : changes) {
            ids << c.id;
            before.insert(c.id, c.before);
        }
        if (m_op.kind == BulkOperation::Kind::Delete)
            return setDeleted(ids, false, nullptr);
        if (m_entity == CustomEntity::Contact) {
            auto written =
                ContactRepository(m_db).updateEach(ids, [&](const Contact &, Contact *edited) {
                    revert(*edited, m_op, before.value(edited->id));
                    return true;
                });
            return written ? Status() : Status(written.error());
        }
        for (const QByteArray &id : std::as_const(ids)) {
            Status s = m_entity == CustomEntity::Company
                           ? backwardOne<Company>(CompanyRepository(m_db), id, before.value(id))
                           : backwardOne<Deal>(DealRepository(m_db), id, before.value(id));
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
    Status backwardOne(Repository repo, const QByteArray &id, const QString &before)
    {
        auto stored = repo.get(id);
        if (!stored)
            return stored.error();
        Record edited = stored.value();
        revert(edited, m_op, before);
        return repo.update(edited);
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

Result<BulkOutcome> BulkEdit::applyTo(CustomEntity entity, const QList<QByteArray> &ids,
                                      const BulkOperation &prepared, const Progress &progress)
{
    BulkOutcome out;
    out.matched = int(ids.size());
    QSqlDatabase db = m_db->connection();
    Writer writer(m_db, entity, prepared);
    const qint64 total = ids.size();
    // Anything that stops the run part-way puts back the batches already committed.
    auto abandon = [&](Error e) -> Result<BulkOutcome> {
        if (auto s = undo(entity, prepared, out.changes); !s)
            e.detail +=
                u" (" + tr("undoing the finished part failed: %1").arg(s.error().detail) + u')';
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
        if (auto s = tx.commit(); !s)
            return abandon(s.error());
        out.changes += batch;
    }
    if (progress)
        progress(total, total);
    return out;
}

Status BulkEdit::undo(CustomEntity entity, const BulkOperation &prepared,
                      const QList<BulkChange> &changes, const Progress &progress)
{
    QSqlDatabase db = m_db->connection();
    Writer writer(m_db, entity, prepared);
    const qint64 total = changes.size();
    for (qint64 start = 0; start < total; start += BatchSize) {
        if (progress)
            progress(start, total);
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        if (auto s = writer.backward(changes.mid(start, BatchSize)); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    if (progress)
        progress(total, total);
    return {};
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
