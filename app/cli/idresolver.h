// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliresult.h"

#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace crm::cli {

// ID arguments: a full UUID (with or without dashes) or a unique prefix of at least eight
// hex digits. Deleted records are found too (restore needs them).
class IdResolver
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::IdResolver)

public:
    enum class Kind
    {
        Contact,
        Company,
        Deal
    };

    // The id range the argument stands for; a usage error when it is not an id at all.
    struct Pattern
    {
        QString text;     // as given
        QByteArray lower; // first id it may mean
        QByteArray upper; // last id it may mean (== lower for a full id)
    };
    static CliResult<Pattern> parse(const QString &text);

    // The one record the pattern names; a failure when none or several match.
    static CliResult<QByteArray> resolve(const core::DatabasePtr &db, Kind kind,
                                         const Pattern &pattern);
    // A contact or a company (for `history`).
    static CliResult<QByteArray> resolveAny(const core::DatabasePtr &db, const Pattern &pattern);
    // A contact, a company or a deal (for `timeline`).
    static CliResult<QByteArray> resolveRecord(const core::DatabasePtr &db, const Pattern &pattern);

private:
    static CliResult<QByteArray> single(const QList<QByteArray> &ids, const Pattern &pattern,
                                        const QString &none);
    static CliResult<QList<QByteArray>> matches(const core::DatabasePtr &db, Kind kind,
                                                const Pattern &pattern);
};

} // namespace crm::cli
