// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliresult.h"
#include "outputformatter.h"

#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace crm::cli {

// What a command works with: the database (opened on first use, so arguments are checked
// before any file is touched) and the output, kept until the command succeeded so that
// nothing reaches stdout on an error.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::CommandContext)

public:
    CommandContext(QString databasePath, OutputFormat format, bool createsDatabase);

    OutputFormat format() const { return m_format; }
    CliResult<core::DatabasePtr> database();

    void print(const QByteArray &bytes) { m_output += bytes; }
    void printLine(const QString &line) { m_output += line.toUtf8() + '\n'; }
    const QByteArray &output() const { return m_output; }

private:
    QString m_databasePath;
    OutputFormat m_format;
    bool m_createsDatabase;
    core::DatabasePtr m_db;
    QByteArray m_output;
};

} // namespace crm::cli
