// SPDX-License-Identifier: GPL-3.0-or-later
#include "process.h"

#include <QProcess>

namespace crm::test {

QProcessEnvironment testEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CRM_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("CRM_SERVER_FAST_HASH"), QStringLiteral("1"));
    return env;
}

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QByteArray &input,
                      int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(testEnvironment());
    p.start(program, arguments);
    p.write(input);
    p.closeWriteChannel();
    ProcessRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace crm::test
