// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throw-away PostgreSQL cluster for tests: initdb into a temporary directory, pg_ctl start
// on 127.0.0.1 with a free port (its socket in the same directory), stop on destruction.
// As root (CI) the server runs as the `postgres` system user through runuser, because
// initdb refuses root.
class PostgresFixture
{
public:
    PostgresFixture();
    ~PostgresFixture();

    // False with `skip` set when PostgreSQL is not installed; false with `error` when it is
    // but could not be started.
    bool start(QString *skip, QString *error);
    void stop();
    // Restarts the cluster (fast shutdown): every client connection is cut.
    bool restart(QString *error);
    // A new empty database and its spec for crm-server ("postgresql://postgres@...").
    QString createDatabase(QString *error);
    int port() const { return m_port; }

private:
    bool run(const QString &program, const QStringList &args, QString *error, int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_asPostgres = false;
    bool m_running = false;
    int m_databases = 0;
};
