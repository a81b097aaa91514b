// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QCryptographicHash>
#include <QFile>

namespace crm::test {

CliRunner::CliRunner()
    : m_binary(qEnvironmentVariable("CRM_CLI_BINARY"))
    , m_env(testEnvironment())
{
    m_env.remove(QStringLiteral("CRM_DATABASE"));
}

bool CliRunner::found() const
{
    return !m_binary.isEmpty() && QFile::exists(m_binary);
}

bool CliRunner::reset()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = m_dir->filePath(QStringLiteral("crm.sqlite"));
    return m_dir->isValid();
}

QString CliRunner::path(const QString &name) const
{
    return m_dir ? m_dir->filePath(name) : QString();
}

void CliRunner::setEnv(const QString &name, const QString &value)
{
    m_env.insert(name, value);
}

ProcessRun CliRunner::run(const QStringList &arguments, const QString &database,
                          const QByteArray &input) const
{
    return runProcess(
        m_binary,
        QStringList{QStringLiteral("--database"), database.isEmpty() ? m_database : database} +
            arguments,
        input, 60000, m_env);
}

QString CliRunner::ok(const QStringList &arguments, const QString &onFailure) const
{
    const ProcessRun r = run(arguments);
    if (r.exitCode != 0) {
        qWarning("crm-cli %s: %s", qPrintable(arguments.join(u' ')), r.err.constData());
        return onFailure;
    }
    return QString::fromUtf8(r.out).trimmed();
}

QByteArray CliRunner::databaseHash() const
{
    QFile f(m_database);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace crm::test
