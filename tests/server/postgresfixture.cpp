// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <pwd.h>
#include <unistd.h>

namespace {

QString findBin()
{
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString bin = lib.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

PostgresFixture::PostgresFixture() = default;

PostgresFixture::~PostgresFixture()
{
    stop();
}

bool PostgresFixture::run(const QString &program, const QStringList &args, QString *error,
                          int timeoutMs)
{
    QProcess p;
    QString exe = m_bin + u'/' + program;
    QStringList argv = args;
    if (m_asPostgres) {
        argv.prepend(exe);
        argv.prepend(QStringLiteral("--"));
        argv.prepend(QStringLiteral("postgres"));
        argv.prepend(QStringLiteral("-u"));
        exe = QStringLiteral("runuser");
    }
    p.setWorkingDirectory(m_dir->path());
    p.start(exe, argv);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        *error =
            QStringLiteral("%1 failed (%2): %3 %4")
                .arg(program, p.errorString(), QString::fromLocal8Bit(p.readAllStandardError()),
                     QString::fromLocal8Bit(p.readAllStandardOutput()))
                .simplified();
        if (p.state() != QProcess::NotRunning)
            p.kill();
        return false;
    }
    return true;
}

bool PostgresFixture::start(QString *skip, QString *error)
{
    m_bin = findBin();
    if (m_bin.isEmpty()) {
        *skip =
            QStringLiteral("PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin "
                           "or PATH; Debian package postgresql)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (::geteuid() == 0) {
        // initdb refuses to run as root: hand the directory to the postgres system user.
        const passwd *pw = ::getpwnam("postgres");
        if (!pw) {
            *error = QStringLiteral("running as root and there is no postgres system user to run "
                                    "initdb as");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir->path());
            return false;
        }
        m_asPostgres = true;
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
             error, 60000))
        return false;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                           "-c synchronous_commit=off -c full_page_writes=off")
                .arg(m_port)
                .arg(m_dir->path());
        if (run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), data, QStringLiteral("-l"),
                 m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
                 QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                 QStringLiteral("start")},
                error, 70000)) {
            m_running = true;
            return true;
        }
    }
    QFile log(m_dir->filePath(QStringLiteral("server.log")));
    if (log.open(QIODevice::ReadOnly))
        *error +=
            QStringLiteral(" | server.log: ") + QString::fromLocal8Bit(log.readAll()).right(400);
    return false;
}

void PostgresFixture::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QString error;
    (void)run(QStringLiteral("pg_ctl"),
              {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
               QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
              &error, 30000);
}

bool PostgresFixture::restart(QString *error)
{
    return m_running && run(QStringLiteral("pg_ctl"),
                            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
                             QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                             QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("restart")},
                            error, 90000);
}

QString PostgresFixture::createDatabase(QString *error)
{
    const QString name = QStringLiteral("crm_test_%1").arg(++m_databases);
    if (!run(QStringLiteral("createdb"),
             {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
              QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"), name},
             error, 30000))
        return {};
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
}
