// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmapping.h"

#include "search/textfolder.h"
#include "services/customfieldrepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace crm::core::import {

namespace {

// A header folded to lower-case letters and digits with single spaces: "E-mail 1 - Value"
// becomes "e mail 1 value", "Country/Region" becomes "country region".
QString simplifiedHeader(const QString &header)
{
    const QString folded = TextFolder::fold(header);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u' '))
            out += u' ';
    }
    return out.trimmed();
}

// Headers that name a field whatever their number ("E-mail 2 Address", "Phone 3 - Value"):
// digits are dropped before these are looked up.
const QHash<QString, QString> &knownHeaders()
{
    static const QHash<QString, QString> known = [] {
        QHash<QString, QString> h;
        auto add = [&h](const QString &key, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(QString::fromLatin1(n), key);
        };
        add(QStringLiteral("first_name"),
            {"first name", "firstname", "given name", "first", "forename", "given"});
        add(QStringLiteral("last_name"),
            {"last name", "lastname", "family name", "surname", "last", "family"});
        add(QStringLiteral("full_name"),
            {"name", "full name", "fullname", "display name", "contact name", "contact",
             "contact full name", "formatted name"});
        add(QStringLiteral("title"), {"title", "job title", "jobtitle", "position", "role",
                                      "organization title", "organisation title", "job"});
        add(QStringLiteral("company"),
            {"company", "company name", "organization", "organisation", "organization name",
             "organisation name", "account name", "account", "employer", "business"});
        add(QStringLiteral("email"),
            {"email", "e mail", "email address", "e mail address", "email value", "e mail value",
             "mail", "emails", "primary email", "work email", "business email"});
        add(QStringLiteral("email:home"), {"home email", "personal email", "private email"});
        add(QStringLiteral("email:other"), {"other email", "secondary email"});
        add(QStringLiteral("email_label"),
            {"email type", "e mail type", "email label", "e mail label"});
        add(QStringLiteral("phone"),
            {"phone", "phone number", "telephone", "tel", "phone value", "phones"});
        add(QStringLiteral("phone:work"),
            {"business phone", "work phone", "office phone", "company main phone", "company phone",
             "primary phone", "direct phone", "business phone number"});
        add(QStringLiteral("phone:mobile"),
            {"mobile", "mobile phone", "mobile phone number", "cell", "cell phone", "cellphone",
             "mobile number", "gsm"});
        add(QStringLiteral("phone:home"), {"home phone", "home phone number", "private phone"});
        add(QStringLiteral("phone:other"),
            {"other phone", "other phone number", "assistant s phone", "assistant phone",
             "car phone", "pager"});
        add(QStringLiteral("phone_label"), {"phone type", "phone label", "telephone type"});
        add(QStringLiteral("street"),
            {"street", "street address", "address", "address street", "business street",
             "home street", "other street", "mailing street", "billing street", "address line",
             "address line 1", "street 1"});
        add(QStringLiteral("postal_code"),
            {"postal code", "postcode", "post code", "zip", "zip code", "zipcode",
             "address postal code", "business postal code", "home postal code", "other postal code",
             "mailing zip postal code", "mailing postal code", "billing zip postal code",
             "zip postal code", "postal"});
        add(QStringLiteral("city"), {"city", "town", "address city", "business city", "home city",
                                     "other city", "mailing city", "billing city", "locality"});
        add(QStringLiteral("country"),
            {"country", "country region", "address country", "business country region",
             "home country region", "other country region", "mailing country", "billing country",
             "business country", "home country", "nation"});
        add(QStringLiteral("birthday"),
            {"birthday", "birth date", "birthdate", "date of birth", "dob", "born"});
        add(QStringLiteral("source"),
            {"source", "lead source", "original source", "contact source", "original source type"});
        add(QStringLiteral("status"), {"status", "lead status", "lifecycle stage",
                                       "lifecycle status", "contact status", "stage"});
        add(QStringLiteral("tags"), {"tags", "tag", "labels", "categories", "category",
                                     "group membership", "groups", "group", "keywords"});
        add(QStringLiteral("notes"),
            {"notes", "note", "description", "comments", "comment", "remarks"});
        return h;
    }();
    return known;
}

QString withoutDigits(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (!c.isDigit())
            out += c;
    }
    return out.simplified();
}

// Several values in one cell: Google joins them with " ::: ", others with ; or ,.
QStringList splitValues(const QString &cell, bool commas)
{
    static const QRegularExpression withCommas(QStringLiteral("\\s*(?::::|;|,|\\n)\\s*"));
    static const QRegularExpression noCommas(QStringLiteral("\\s*(?::::|;|\\n)\\s*"));
    QStringList out;
    for (const QString &v : cell.split(commas ? withCommas : noCommas, Qt::SkipEmptyParts)) {
        const QString t = v.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

// A label as our contacts know it, from the words exports use ("Work", "Cell", "Business").
QString labelOf(const QString &text, const QString &fallback)
{
    const QString s = simplifiedHeader(text);
    if (s.contains(u"mobile") || s.contains(u"cell") || s.contains(u"gsm"))
        return QStringLiteral("mobile");
    if (s.contains(u"home") || s.contains(u"personal") || s.contains(u"private"))
        return QStringLiteral("home");
    if (s.contains(u"work") || s.contains(u"business") || s.contains(u"office") ||
        s.contains(u"company") || s.contains(u"main"))
        return QStringLiteral("work");
    if (s.contains(u"other"))
        return QStringLiteral("other");
    return fallback;
}

// Dates as exports write them: ISO, 31.01.1980, US 1/31/1980, a date with a time after it.
// Outlook writes 0/0/00 for none. A date without a year (Google's --01-31) is refused: a
// birthday here has one.
std::optional<QDate> parseBirthday(const QString &text, bool *empty)
{
    const QString s = text.trimmed();
    *empty = s.isEmpty() || s == u"0/0/00" || s == u"0/0/0000" || s == u"00.00.0000";
    if (*empty)
        return QDate();
    for (const QString &fmt :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-M-d"), QStringLiteral("d.M.yyyy"),
          QStringLiteral("M/d/yyyy"), QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy/M/d")}) {
        const QDate d = QDate::fromString(s, fmt);
        if (d.isValid())
            return d;
    }
    // A date with a time after it (Salesforce, HubSpot): the date part.
    const QDate iso = QDate::fromString(s.left(10), QStringLiteral("yyyy-MM-dd"));
    if (iso.isValid())
        return iso;
    return std::nullopt;
}

bool parseStatus(const QString &text, LifecycleStatus *status)
{
    const QString s = simplifiedHeader(text).remove(u' ');
    if (parseLifecycle(s, status))
        return true;
    static const QHash<QString, LifecycleStatus> others = {
        {QStringLiteral("subscriber"), LifecycleStatus::Lead},
        {QStringLiteral("marketingqualifiedlead"), LifecycleStatus::Lead},
        {QStringLiteral("salesqualifiedlead"), LifecycleStatus::Lead},
        {QStringLiteral("new"), LifecycleStatus::Lead},
        {QStringLiteral("open"), LifecycleStatus::Lead},
        {QStringLiteral("opportunity"), LifecycleStatus::Prospect},
        {QStringLiteral("qualified"), LifecycleStatus::Prospect},
        {QStringLiteral("working"), LifecycleStatus::Prospect},
        {QStringLiteral("evangelist"), LifecycleStatus::Customer},
        {QStringLiteral("client"), LifecycleStatus::Customer},
        {QStringLiteral("closed"), LifecycleStatus::Former},
        {QStringLiteral("unqualified"), LifecycleStatus::Former},
        {QStringLiteral("inactive"), LifecycleStatus::Former},
    };
    if (auto it = others.constFind(s); it != others.constEnd()) {
        *status = *it;
        return true;
    }
    return false;
}

} // namespace

QStringList ColumnMapping::targetKeys()
{
    return {QString(),
            QStringLiteral("first_name"),
            QStringLiteral("last_name"),
            QStringLiteral("full_name"),
            QStringLiteral("title"),
            QStringLiteral("company"),
            QStringLiteral("email"),
            QStringLiteral("email:work"),
            QStringLiteral("email:home"),
            QStringLiteral("email:other"),
            QStringLiteral("email_label"),
            QStringLiteral("phone"),
            QStringLiteral("phone:work"),
            QStringLiteral("phone:mobile"),
            QStringLiteral("phone:home"),
            QStringLiteral("phone:other"),
            QStringLiteral("phone_label"),
            QStringLiteral("street"),
            QStringLiteral("postal_code"),
            QStringLiteral("city"),
            QStringLiteral("country"),
            QStringLiteral("birthday"),
            QStringLiteral("source"),
            QStringLiteral("status"),
            QStringLiteral("tags"),
            QStringLiteral("notes")};
}

QStringList ColumnMapping::customTargetKeys(QSqlDatabase &db)
{
    QStringList keys;
    if (auto defs = CustomFieldRepository::definitions(db, CustomEntity::Contact)) {
        for (const CustomFieldDefinition &d : defs.value())
            keys << u"custom:" + d.key;
    }
    return keys;
}

QString ColumnMapping::targetName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QString(), QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "(do not import)")},
        {QStringLiteral("first_name"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "First name")},
        {QStringLiteral("last_name"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Last name")},
        {QStringLiteral("full_name"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Full name")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Title")},
        {QStringLiteral("company"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Company")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "E-mail")},
        {QStringLiteral("email:work"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "E-mail (work)")},
        {QStringLiteral("email:home"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "E-mail (home)")},
        {QStringLiteral("email:other"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "E-mail (other)")},
        {QStringLiteral("email_label"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "E-mail label")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Phone")},
        {QStringLiteral("phone:work"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Phone (work)")},
        {QStringLiteral("phone:mobile"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Phone (mobile)")},
        {QStringLiteral("phone:home"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Phone (home)")},
        {QStringLiteral("phone:other"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Phone (other)")},
        {QStringLiteral("phone_label"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Phone label")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Street")},
        {QStringLiteral("postal_code"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Postal code")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "City")},
        {QStringLiteral("country"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Country")},
        {QStringLiteral("birthday"),
         QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Birthday")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Source")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Status")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Tags")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("crm::core::import::ColumnMapping", "Notes")},
    };
    const char *n = names.value(key);
    return n ? tr(n) : key;
}

QString ColumnMapping::recognise(const QString &header)
{
    const QString s = simplifiedHeader(header);
    if (s.isEmpty())
        return {};
    const auto &known = knownHeaders();
    if (auto it = known.constFind(s); it != known.constEnd())
        return *it;
    const QString bare = withoutDigits(s);
    if (auto it = known.constFind(bare); it != known.constEnd())
        return *it;
    const QStringList words = bare.split(u' ', Qt::SkipEmptyParts);
    // Numbered groups: Google's "E-mail 1 - Type", "Phone 2 - Value", "Address 1 - City",
    // "Organization 1 - Name"; our own "E-mail 1 - Label".
    if (words.size() >= 2) {
        const QString last = words.last();
        const QString group = QStringList(words.mid(0, words.size() - 1)).join(u' ');
        const bool label = last == u"type" || last == u"label";
        if (group == u"e mail" || group == u"email")
            return label ? QStringLiteral("email_label")
                         : (last == u"value" || last == u"address" ? QStringLiteral("email")
                                                                   : QString());
        if (group == u"phone" || group == u"telephone")
            return label ? QStringLiteral("phone_label")
                         : (last == u"value" || last == u"number" ? QStringLiteral("phone")
                                                                  : QString());
        if (group == u"organization" || group == u"organisation") {
            if (last == u"name")
                return QStringLiteral("company");
            if (last == u"title")
                return QStringLiteral("title");
            return {};
        }
        if (group == u"address") {
            if (last == u"street")
                return QStringLiteral("street");
            if (last == u"city")
                return QStringLiteral("city");
            if (last == u"country")
                return QStringLiteral("country");
            if (last == u"code" || last == u"zip")
                return QStringLiteral("postal_code");
            return {};
        }
    }
    // "Business Phone 2", "Home Phone 2": the same as their first.
    if (bare.endsWith(u" phone") || bare.endsWith(u" telephone"))
        return QStringLiteral("phone:") + labelOf(bare, QStringLiteral("other"));
    if (bare.endsWith(u" email") || bare.endsWith(u" e mail"))
        return QStringLiteral("email:") + labelOf(bare, QStringLiteral("other"));
    return {};
}

ColumnMapping ColumnMapping::recognised(const QStringList &headers)
{
    QStringList targets;
    for (const QString &h : headers)
        targets << recognise(h);
    // A file with both a full name and first/last columns: the parts win.
    if (targets.contains(u"first_name"_qs) || targets.contains(u"last_name"_qs))
        targets.replaceInStrings(QRegularExpression(QStringLiteral("^full_name$")), QString());
    return ColumnMapping(targets);
}

void ColumnMapping::setTarget(int column, const QString &key)
{
    while (m_targets.size() <= column)
        m_targets << QString();
    m_targets[column] = key;
}

bool ColumnMapping::mapsAnything() const
{
    return std::any_of(m_targets.cbegin(), m_targets.cend(),
                       [](const QString &t) { return !t.isEmpty(); });
}

Result<Contact> ColumnMapping::toContact(const QStringList &headers, const QStringList &row) const
{
    Contact c;
    QString fullName;
    QString emailLabel;
    QString phoneLabel;
    auto setOnce = [](QString *field, const QString &value) {
        if (field->isEmpty())
            *field = value;
    };
    for (int i = 0; i < m_targets.size() && i < row.size(); ++i) {
        const QString &key = m_targets[i];
        const QString value = row[i].trimmed();
        if (key.isEmpty() || value.isEmpty())
            continue;
        auto fail = [&](const QString &why) {
            return Error{ErrorCode::Invalid, why, headers.value(i, QString::number(i + 1))};
        };
        if (key == u"first_name")
            setOnce(&c.firstName, value);
        else if (key == u"last_name")
            setOnce(&c.lastName, value);
        else if (key == u"full_name")
            setOnce(&fullName, value);
        else if (key == u"title")
            setOnce(&c.title, value);
        else if (key == u"company")
            setOnce(&c.companyName, value);
        else if (key == u"street")
            setOnce(&c.street, value);
        else if (key == u"postal_code")
            setOnce(&c.postalCode, value);
        else if (key == u"city")
            setOnce(&c.city, value);
        else if (key == u"country")
            setOnce(&c.country, value);
        else if (key == u"source")
            setOnce(&c.source, value);
        else if (key == u"notes")
            c.notes = c.notes.isEmpty() ? value : c.notes + u'\n' + value;
        else if (key.startsWith(u"custom:")) // checked against its definition by the importer
            c.custom.insert(key.mid(7), value);
        else if (key == u"email_label")
            emailLabel = labelOf(value, QStringLiteral("other"));
        else if (key == u"phone_label")
            phoneLabel = labelOf(value, QStringLiteral("other"));
        else if (key.startsWith(u"email")) {
            const QString label = key.contains(u':')     ? key.section(u':', 1)
                                  : emailLabel.isEmpty() ? QStringLiteral("work")
                                                         : emailLabel;
            for (const QString &v : splitValues(value, true))
                c.emails << EmailAddress{{}, label, v};
            emailLabel.clear();
        } else if (key.startsWith(u"phone")) {
            const QString label = key.contains(u':')     ? key.section(u':', 1)
                                  : phoneLabel.isEmpty() ? QStringLiteral("mobile")
                                                         : phoneLabel;
            for (const QString &v : splitValues(value, false))
                c.phones << PhoneNumber{{}, label, v};
            phoneLabel.clear();
        } else if (key == u"birthday") {
            bool empty = false;
            const auto d = parseBirthday(value, &empty);
            if (!d)
                return fail(tr("“%1” is not a date (expected YYYY-MM-DD, DD.MM.YYYY or "
                               "MM/DD/YYYY)")
                                .arg(value));
            if (!empty && !c.birthday.isValid())
                c.birthday = *d;
        } else if (key == u"status") {
            LifecycleStatus st;
            if (!parseStatus(value, &st))
                return fail(
                    tr("“%1” is not a status (lead, prospect, customer or former)").arg(value));
            c.status = st;
        } else if (key == u"tags") {
            for (QString t : splitValues(value, true)) {
                if (t.startsWith(u'*'))
                    t = t.mid(1).trimmed();
                if (!t.isEmpty() && t != u"myContacts" && !c.tags.contains(t))
                    c.tags << t;
            }
        }
    }
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && !fullName.isEmpty()) {
        const QString n = fullName.simplified();
        const qsizetype space = n.lastIndexOf(u' ');
        if (space < 0) {
            c.lastName = n;
        } else {
            c.firstName = n.left(space);
            c.lastName = n.mid(space + 1);
        }
    }
    return c;
}

QString ColumnMapping::headerKey(const QStringList &headers)
{
    QStringList simplified;
    for (const QString &h : headers)
        simplified << simplifiedHeader(h);
    return QStringLiteral("import_mapping:") +
           QString::fromLatin1(QCryptographicHash::hash(simplified.join(QChar(0x1f)).toUtf8(),
                                                        QCryptographicHash::Sha1)
                                   .toHex());
}

Status ColumnMapping::remember(QSqlDatabase &db, const QStringList &headers, const ColumnMapping &m)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    q.addBindValue(headerKey(headers));
    q.addBindValue(m.targets().join(u'\n'));
    return sql::run(q, QStringLiteral("remembering the column mapping"));
}

ColumnMapping ColumnMapping::recall(QSqlDatabase &db, const QStringList &headers)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                         {headerKey(headers)});
    if (v && v->isValid() && !v->isNull()) {
        QStringList targets = v->toString().split(u'\n');
        const QStringList known = targetKeys() + customTargetKeys(db);
        for (QString &t : targets) {
            if (!known.contains(t))
                t.clear();
        }
        if (targets.size() == headers.size())
            return ColumnMapping(targets);
    }
    // A header that names a custom field by its label or key maps to it.
    ColumnMapping m = recognised(headers);
    auto defs = CustomFieldRepository::definitions(db, CustomEntity::Contact);
    for (int i = 0; defs && i < headers.size(); ++i) {
        if (!m.target(i).isEmpty())
            continue;
        for (const CustomFieldDefinition &d : defs.value()) {
            if (headers[i].trimmed().compare(d.label, Qt::CaseInsensitive) == 0 ||
                headers[i].trimmed().compare(d.key, Qt::CaseInsensitive) == 0)
                m.setTarget(i, u"custom:" + d.key);
        }
    }
    return m;
}

} // namespace crm::core::import
