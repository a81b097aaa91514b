// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsupport.h"

#include "common/uuid.h"
#include "domain/validation.h"
#include "services/companyrepository.h"

#include <QDateTime>

namespace crm::cli {

QJsonValue CommandSupport::isoTime(qint64 msSinceEpoch)
{
    if (msSinceEpoch == 0)
        return QJsonValue::Null;
    // toUTC(): the Qt::UTC spec prints "Z" where a UTC time zone would print "+00:00".
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue CommandSupport::idValue(const QByteArray &id)
{
    if (!core::Uuid::isValid(id))
        return QJsonValue::Null;
    return core::Uuid::toString(id);
}

CliResult<int> CommandSupport::limit(const ParsedArguments &arguments, const QString &command)
{
    if (!arguments.isSet(QStringLiteral("limit")))
        return -1;
    const QString text = arguments.value(QStringLiteral("limit"));
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n <= 0) {
        return CliError::usage(command + u": " +
                               tr("--limit: “%1” is not a positive number").arg(text));
    }
    return n;
}

CliStatus CommandSupport::checkCompanyName(const QString &name)
{
    core::Company probe;
    probe.name = name;
    for (const core::Error &e : core::Validation::check(probe)) {
        if (e.field == u"name")
            return CliError::failure(QStringLiteral("--company: ") + e.detail);
    }
    return {};
}

CliResult<CommandSupport::CompanyLink>
CommandSupport::findOrCreateCompany(const core::DatabasePtr &db, const QString &name)
{
    if (auto s = checkCompanyName(name); !s)
        return s.error();
    core::CompanyRepository companies(db);
    auto found = companies.findByName(name);
    if (!found)
        return CliError::fromCore(found.error());
    if (!found->isEmpty())
        return CompanyLink{found.value(), false};
    core::Company company;
    company.name = name;
    auto created = companies.create(company);
    if (!created)
        return CliError::failure(QStringLiteral("--company: ") + created.error().message());
    return CompanyLink{created.value(), true};
}

CliResult<core::io::CsvWriteOptions> CommandSupport::csvOptions(const ParsedArguments &args)
{
    core::io::CsvWriteOptions csv;
    if (args.isSet(QStringLiteral("delimiter"))) {
        const QString d = args.value(QStringLiteral("delimiter"));
        if (d == u"," || d == u"comma")
            csv.delimiter = u',';
        else if (d == u";" || d == u"semicolon")
            csv.delimiter = u';';
        else if (d == u"\t" || d == u"tab")
            csv.delimiter = u'\t';
        else
            return CliError::usage(tr("--delimiter: “%1” is not comma, semicolon or tab").arg(d));
    }
    csv.byteOrderMark = args.isSet(QStringLiteral("bom"));
    return csv;
}

} // namespace crm::cli
