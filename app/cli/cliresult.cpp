// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliresult.h"

#include <QList>

#include <utility>

namespace crm::cli {

CliError CliError::fromCore(const core::Error &error)
{
    // Core names fields as the forms do; the command line knows them as options.
    static const QList<std::pair<QString, QString>> options = {
        {QStringLiteral("firstName"), QStringLiteral("--first-name")},
        {QStringLiteral("lastName"), QStringLiteral("--last-name")},
        {QStringLiteral("email"), QStringLiteral("--email")},
        {QStringLiteral("phone"), QStringLiteral("--phone")},
        {QStringLiteral("birthday"), QStringLiteral("--birthday")},
        {QStringLiteral("status"), QStringLiteral("--status")},
        {QStringLiteral("visibility"), QStringLiteral("--visibility")},
        {QStringLiteral("name"), QStringLiteral("--name")},
        {QStringLiteral("website"), QStringLiteral("--website")},
        {QStringLiteral("company"), QStringLiteral("--company")},
        {QStringLiteral("title"), QStringLiteral("--title")},
        {QStringLiteral("amount"), QStringLiteral("--amount")},
        {QStringLiteral("currency"), QStringLiteral("--currency")},
        {QStringLiteral("stage"), QStringLiteral("--stage")},
        {QStringLiteral("pipeline"), QStringLiteral("--pipeline")},
        {QStringLiteral("probability"), QStringLiteral("--probability")},
        {QStringLiteral("contact"), QStringLiteral("--contact")},
        {QStringLiteral("lostReason"), QStringLiteral("--reason")},
    };
    if (error.field.isEmpty())
        return failure(error.detail);
    const QString base = error.field.section(u':', 0, 0); // "email:1" -> "email"
    if (base == u"custom") // a custom field's detail starts with its label
        return failure(QStringLiteral("--field ") + error.field.section(u':', 1) +
                       QStringLiteral(": ") + error.detail);
    QString option = error.field;
    for (const auto &[field, name] : options) {
        if (field == base)
            option = name;
    }
    return failure(option + QStringLiteral(": ") + error.detail);
}

} // namespace crm::cli
