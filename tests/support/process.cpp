// SPDX-License-Identifier: GPL-3.0-or-later
#include "process.h"

#include <QProcess>
#include <QRegularExpression>

namespace crm::test {

QProcessEnvironment testEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CRM_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("CRM_SERVER_FAST_HASH"), QStringLiteral("1"));
    return env;
}

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QByteArray &input,
                      int timeoutMs, const QProcessEnvironment &environment)
{
    QProcess p;
    p.setProcessEnvironment(environment);
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

ProcessRun addServerUser(const QString &serverBinary, const QString &database, const QString &name,
                         const QString &team, const QByteArray &password)
{
    return runProcess(serverBinary,
                      {QStringLiteral("user"), QStringLiteral("add"), name,
                       QStringLiteral("--team"), team, QStringLiteral("--password-stdin"),
                       QStringLiteral("--database"), database},
                      password + '\n');
}

QString startServe(QProcess &process, const QString &serverBinary, const QString &database)
{
    process.setProcessEnvironment(testEnvironment());
    process.start(serverBinary, {QStringLiteral("serve"), QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure"),
                                 QStringLiteral("--database"), database});
    if (!process.waitForStarted(10000))
        return {};
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
    }
    return QRegularExpression(QStringLiteral("listening on (http://\\S+)"))
        .match(QString::fromUtf8(out))
        .captured(1);
}

} // namespace crm::test
