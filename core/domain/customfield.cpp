// SPDX-License-Identifier: GPL-3.0-or-later
#include "customfield.h"

#include "domain/money.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace crm::core {

namespace {

struct TypeName
{
    CustomFieldType type;
    const char *key;
};

constexpr TypeName kTypes[] = {
    {CustomFieldType::Text, "text"},     {CustomFieldType::LongText, "longtext"},
    {CustomFieldType::Number, "number"}, {CustomFieldType::Money, "money"},
    {CustomFieldType::Date, "date"},     {CustomFieldType::YesNo, "yesno"},
    {CustomFieldType::Choice, "choice"}, {CustomFieldType::MultiChoice, "multichoice"},
    {CustomFieldType::Url, "url"},
};

// A name-based id in UUID layout (version 5 bits over SHA-1), so every laptop derives the
// same 16 bytes from the same names.
QByteArray nameId(const QByteArray &space, const QByteArray &name)
{
    QByteArray h =
        QCryptographicHash::hash(QByteArray(space + '\0' + name), QCryptographicHash::Sha1);
    h.truncate(16);
    h[6] = char((uchar(h[6]) & 0x0f) | 0x50);
    h[8] = char((uchar(h[8]) & 0x3f) | 0x80);
    return h;
}

// Error::field is "custom:KEY" (forms find the editor by it, crm-cli names --field KEY);
// the detail names the field by its label.
Error invalid(const CustomFieldDefinition &def, const QString &detail)
{
    return Error{ErrorCode::Invalid,
                 (def.label.isEmpty() ? def.key : def.label) + QStringLiteral(": ") + detail,
                 QStringLiteral("custom:") + def.key};
}

} // namespace

QString entityTable(CustomEntity entity)
{
    switch (entity) {
    case CustomEntity::Contact:
        return QStringLiteral("contacts");
    case CustomEntity::Company:
        return QStringLiteral("companies");
    case CustomEntity::Deal:
        return QStringLiteral("deals");
    }
    return {};
}

bool parseEntity(const QString &text, CustomEntity *entity)
{
    const QString t = text.trimmed().toLower();
    if (t == u"contact" || t == u"contacts")
        *entity = CustomEntity::Contact;
    else if (t == u"company" || t == u"companies")
        *entity = CustomEntity::Company;
    else if (t == u"deal" || t == u"deals")
        *entity = CustomEntity::Deal;
    else
        return false;
    return true;
}

QString typeKey(CustomFieldType type)
{
    for (const TypeName &t : kTypes) {
        if (t.type == type)
            return QString::fromLatin1(t.key);
    }
    return {};
}

bool parseType(const QString &key, CustomFieldType *type)
{
    for (const TypeName &t : kTypes) {
        if (key == QLatin1StringView(t.key)) {
            *type = t.type;
            return true;
        }
    }
    return false;
}

QList<CustomFieldType> allTypes()
{
    QList<CustomFieldType> out;
    for (const TypeName &t : kTypes)
        out << t.type;
    return out;
}

bool isTextLike(CustomFieldType type)
{
    return type == CustomFieldType::Text || type == CustomFieldType::LongText ||
           type == CustomFieldType::Choice || type == CustomFieldType::MultiChoice ||
           type == CustomFieldType::Url;
}

namespace CustomField {

namespace {

// The context lupdate files the messages of the functions of CustomField under.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::CustomField", text);
}

} // namespace

QByteArray fieldId(CustomEntity entity, const QString &key, const QString &team)
{
    const QByteArray name = (entityTable(entity) + u'/' + key).toUtf8();
    if (team.isEmpty())
        return nameId(QByteArrayLiteral("crm.custom_field"), name);
    // Entity and key never hold '\0': split at the last one, the name gives back its parts.
    return nameId(QByteArrayLiteral("crm.custom_field.team"), team.toUtf8() + '\0' + name);
}

QByteArray valueId(const QByteArray &recordId, const QByteArray &fieldId)
{
    return nameId(QByteArrayLiteral("crm.custom_value"), recordId + fieldId);
}

bool isValidKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return re.match(key).hasMatch();
}

QStringList choicesOf(const QString &value)
{
    QStringList out;
    if (value.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
    if (!doc.isArray())
        return {value};
    for (const QJsonValue &v : doc.array())
        out << v.toString();
    return out;
}

QString encodeChoices(const CustomFieldDefinition &def, const QStringList &chosen)
{
    QJsonArray a;
    for (const QString &c : def.choices) {
        if (chosen.contains(c))
            a.append(c);
    }
    return a.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

bool splitMoney(const QString &value, qint64 *minor, QString *currency)
{
    const QString amount = value.section(u' ', 0, 0);
    const QString code = value.section(u' ', 1, 1);
    if (!Money::isCurrency(code))
        return false;
    auto m = Money::parse(amount, code);
    if (!m)
        return false;
    *minor = m.value();
    *currency = code;
    return true;
}

Result<QString> canonical(const CustomFieldDefinition &def, const QString &input)
{
    const QString in = def.type == CustomFieldType::LongText ? input : input.trimmed();
    if (in.trimmed().isEmpty())
        return QString();
    switch (def.type) {
    case CustomFieldType::Text:
        if (in.contains(u'\n'))
            return invalid(def, tr("one line only"));
        return in;
    case CustomFieldType::LongText:
        return in;
    case CustomFieldType::Number: {
        bool ok = false;
        const double d = in.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return invalid(def, tr("“%1” is not a number").arg(in));
        return QString::number(d, 'g', 15);
    }
    case CustomFieldType::Money: {
        const QStringList parts = in.split(u' ', Qt::SkipEmptyParts);
        const QString code = parts.size() == 2 ? parts[1].toUpper() : QString();
        if (parts.size() != 2 || !Money::isCurrency(code))
            return invalid(def,
                           tr("“%1” is not an amount with a currency, like 1250.50 EUR").arg(in));
        auto minor = Money::parse(parts[0], code);
        if (!minor)
            return invalid(def, minor.error().detail);
        return QString(Money::plain(minor.value(), code) + u' ' + code);
    }
    case CustomFieldType::Date: {
        const QDate d = QDate::fromString(in, Qt::ISODate);
        if (!d.isValid() || in.size() != 10)
            return invalid(def, tr("“%1” is not a date (YYYY-MM-DD)").arg(in));
        return d.toString(Qt::ISODate);
    }
    case CustomFieldType::YesNo: {
        const QString l = in.toLower();
        if (l == u"1" || l == u"yes" || l == u"true" || l == u"y")
            return QStringLiteral("1");
        if (l == u"0" || l == u"no" || l == u"false" || l == u"n")
            return QStringLiteral("0");
        return invalid(def, tr("“%1” is not yes or no").arg(in));
    }
    case CustomFieldType::Choice:
        for (const QString &c : def.choices) {
            if (c.compare(in, Qt::CaseInsensitive) == 0)
                return c;
        }
        return invalid(def, tr("“%1” is not one of: %2").arg(in, def.choices.join(u", ")));
    case CustomFieldType::MultiChoice: {
        QStringList given = in.startsWith(u'[') ? choicesOf(in) : in.split(u';');
        QStringList chosen;
        for (QString g : std::as_const(given)) {
            g = g.trimmed();
            if (g.isEmpty())
                continue;
            auto it = std::find_if(def.choices.cbegin(), def.choices.cend(), [&](const QString &c) {
                return c.compare(g, Qt::CaseInsensitive) == 0;
            });
            if (it == def.choices.cend())
                return invalid(def, tr("“%1” is not one of: %2").arg(g, def.choices.join(u", ")));
            chosen << *it;
        }
        return encodeChoices(def, chosen);
    }
    case CustomFieldType::Url: {
        const QUrl url(in, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() ||
            !(((scheme == u"http" || scheme == u"https") && !url.host().isEmpty()) ||
              scheme == u"mailto"))
            return invalid(def, tr("“%1” is not a web address (https://…)").arg(in));
        return in;
    }
    }
    return in;
}

Status normalize(const QList<CustomFieldDefinition> &defs, CustomValues &values,
                 const CustomValues *stored)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        const auto def = std::find_if(defs.cbegin(), defs.cend(),
                                      [&](const auto &d) { return d.key == it.key(); });
        if (def == defs.cend())
            return Error{ErrorCode::Invalid, tr("there is no custom field “%1”").arg(it.key()),
                         QStringLiteral("custom:") + it.key()};
        auto c = canonical(*def, it.value());
        if (!c)
            return c.error();
        it.value() = c.value();
    }
    for (const CustomFieldDefinition &def : defs) {
        if (!def.required || !values.value(def.key).isEmpty())
            continue;
        const bool clearing =
            stored && values.contains(def.key) && !stored->value(def.key).isEmpty();
        if (!stored || clearing)
            return invalid(def, tr("a value is required"));
    }
    return {};
}

QString display(const CustomFieldDefinition &def, const QString &value, const QLocale &locale)
{
    if (value.isEmpty())
        return {};
    switch (def.type) {
    case CustomFieldType::Number: {
        bool ok = false;
        const double d = value.toDouble(&ok);
        return ok ? locale.toString(d, 'g', 15) : value;
    }
    case CustomFieldType::Money: {
        qint64 minor = 0;
        QString code;
        return splitMoney(value, &minor, &code) ? Money::format(minor, code, locale) : value;
    }
    case CustomFieldType::Date: {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : value;
    }
    case CustomFieldType::YesNo:
        return value == u"1" ? tr("Yes") : tr("No");
    case CustomFieldType::MultiChoice:
        return choicesOf(value).join(QStringLiteral(", "));
    default:
        return value;
    }
}

} // namespace CustomField

} // namespace crm::core
