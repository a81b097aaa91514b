// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace crm::core::Validation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::Validation", text);
}

Error invalid(const QString &field, const QString &message)
{
    return Error{ErrorCode::Invalid, message, field};
}

} // namespace

bool isValidEmail(const QString &email)
{
    // Pragmatic RFC 5322 subset: a dot-atom local part, a domain of labels with a dot.
    static const QRegularExpression re(
        QStringLiteral(R"(^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*)"
                       R"(@([\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$)"));
    return email.size() <= 254 && re.match(email).hasMatch();
}

bool isValidPhone(const QString &phone)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\+?[0-9 ()./-]{3,30}(\s*(ext\.?|x)\s*[0-9]{1,6})?$)"),
        QRegularExpression::CaseInsensitiveOption);
    int digits = 0;
    for (QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 3 && digits <= 20 && re.match(phone.trimmed()).hasMatch();
}

bool isValidWebsite(const QString &url)
{
    if (url.contains(u' '))
        return false;
    const QString withScheme = url.contains(u"://") ? url : u"https://" + url;
    const QUrl u(withScheme, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == u"http" || u.scheme() == u"https") &&
           u.host().contains(u'.') && !u.host().startsWith(u'.') && !u.host().endsWith(u'.');
}

Result<QDate> parseBirthday(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return invalid(QStringLiteral("birthday"),
                       tr("“%1” is not a date; write it as YYYY-MM-DD").arg(text));
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return invalid(QStringLiteral("birthday"), tr("%1 is not a day of the calendar").arg(text));
    if (d.year() < 1900 || d > QDate::currentDate())
        return invalid(QStringLiteral("birthday"),
                       tr("a birthday must lie between 1900 and today"));
    return d;
}

QList<Error> check(const Contact &c)
{
    QList<Error> errors;
    if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty())
        errors << invalid(QStringLiteral("lastName"), tr("a contact needs a first or a last name"));
    if (c.firstName.size() > 200)
        errors << invalid(QStringLiteral("firstName"), tr("the first name is too long"));
    if (c.lastName.size() > 200)
        errors << invalid(QStringLiteral("lastName"), tr("the last name is too long"));
    for (int i = 0; i < c.emails.size(); ++i) {
        if (!isValidEmail(c.emails[i].address.trimmed()))
            errors << invalid(QStringLiteral("email:%1").arg(i),
                              tr("“%1” is not a valid e-mail address").arg(c.emails[i].address));
        if (!contactLabels().contains(c.emails[i].label))
            errors << invalid(QStringLiteral("email:%1").arg(i),
                              tr("unknown label “%1”").arg(c.emails[i].label));
    }
    for (int i = 0; i < c.phones.size(); ++i) {
        if (!isValidPhone(c.phones[i].number))
            errors << invalid(QStringLiteral("phone:%1").arg(i),
                              tr("“%1” is not a phone number").arg(c.phones[i].number));
        if (!contactLabels().contains(c.phones[i].label))
            errors << invalid(QStringLiteral("phone:%1").arg(i),
                              tr("unknown label “%1”").arg(c.phones[i].label));
    }
    if (c.birthday.isValid() && (c.birthday.year() < 1900 || c.birthday > QDate::currentDate()))
        errors << invalid(QStringLiteral("birthday"),
                          tr("a birthday must lie between 1900 and today"));
    if (c.visibility != u"team" && c.visibility != u"private")
        errors << invalid(QStringLiteral("visibility"), tr("visibility is “team” or “private”"));
    return errors;
}

QList<Error> check(const Company &c)
{
    QList<Error> errors;
    if (c.name.trimmed().isEmpty())
        errors << invalid(QStringLiteral("name"), tr("a company needs a name"));
    if (c.name.size() > 300)
        errors << invalid(QStringLiteral("name"), tr("the name is too long"));
    if (!c.website.isEmpty() && !isValidWebsite(c.website))
        errors << invalid(QStringLiteral("website"),
                          tr("“%1” is not a web address").arg(c.website));
    if (!c.phone.isEmpty() && !isValidPhone(c.phone))
        errors << invalid(QStringLiteral("phone"), tr("“%1” is not a phone number").arg(c.phone));
    if (c.visibility != u"team" && c.visibility != u"private")
        errors << invalid(QStringLiteral("visibility"), tr("visibility is “team” or “private”"));
    return errors;
}

} // namespace crm::core::Validation
