// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/process.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace crm::test {

// The real crm-cli (CRM_CLI_BINARY) over a database file in a temporary folder of its own:
// the scaffolding of the tests of crm-cli's commands. It runs with the test environment
// (runProcess) without CRM_DATABASE, so only --database names the file.
class CliRunner
{
public:
    CliRunner();

    // Whether CRM_CLI_BINARY names an existing file (check it in initTestCase).
    bool found() const;
    QString binary() const { return m_binary; }
    // A new empty temporary folder with the database path in it (call it from init()).
    bool reset();
    QString database() const { return m_database; }
    QString folder() const { return m_dir ? m_dir->path() : QString(); }
    // A file in the temporary folder.
    QString path(const QString &name) const;
    // Sets a variable of the program's environment ("TZ", "Europe/Riga").
    void setEnv(const QString &name, const QString &value);

    // crm-cli --database <database, or the runner's> arguments…
    ProcessRun run(const QStringList &arguments, const QString &database = {},
                   const QByteArray &input = {}) const;
    // Its standard output, trimmed, when it exits 0; otherwise `onFailure`, with a warning
    // that names the command and what it wrote on stderr.
    QString ok(const QStringList &arguments, const QString &onFailure = {}) const;
    // The database file's SHA-256, to show that a refused command changed nothing.
    QByteArray databaseHash() const;

private:
    QString m_binary;
    QProcessEnvironment m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

} // namespace crm::test
