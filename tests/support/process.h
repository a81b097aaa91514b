// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace crm::test {

// What a finished program left: its exit code (-1 when it crashed or timed out) and output.
struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs a real program (crm-cli, crm-server) to its end with `input` on its standard input.
// The environment is this process's with CRM_NO_KEYCHAIN=1 and CRM_SERVER_FAST_HASH=1 added,
// so no test touches a desktop keychain or spends seconds on password hashing.
// The environment runProcess gives its programs.
QProcessEnvironment testEnvironment();

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QByteArray &input = {}, int timeoutMs = 60000,
                      const QProcessEnvironment &environment = testEnvironment());

// Adds a user to a crm-server database with `crm-server user add NAME --team TEAM
// --password-stdin`; the run, so a test can check exitCode and show err.
ProcessRun addServerUser(const QString &serverBinary, const QString &database, const QString &name,
                         const QString &team, const QByteArray &password);

// Starts `crm-server serve` over `database` on a free loopback port (plain HTTP) and returns
// its URL, or empty when it did not come up.
QString startServe(QProcess &process, const QString &serverBinary, const QString &database);

} // namespace crm::test
