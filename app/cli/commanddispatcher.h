// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace crm::cli {

// crm-cli [--database PATH] [--format table|csv|json] COMMAND ...
// Finds the command, parses its arguments strictly, runs it and turns the outcome into
// the exit status and one line on stderr (0 success, 1 failure, 2 usage).
class CommandDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::CommandDispatcher)

public:
    CommandDispatcher();

    // `arguments` without the program name. Writes to stdout and stderr.
    int run(const QStringList &arguments);

private:
    struct Outcome
    {
        CliError error;    // exitCode Success: no error
        QByteArray output; // for stdout
    };
    Outcome dispatch(const QStringList &arguments);
    const Command *find(const QStringList &words) const;
    QStringList subcommandsOf(const QString &group) const;

    QString programHelp() const;
    QString groupHelp(const QString &group) const;
    QString commandHelp(const Command &command) const;

    QList<Command> m_commands;
};

} // namespace crm::cli
