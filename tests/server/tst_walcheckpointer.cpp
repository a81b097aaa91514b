// SPDX-License-Identifier: GPL-3.0-or-later
// crm-server's WAL checkpoints off the request thread (WalCheckpointer): the serving
// connection's commits leave the copying to the thread, which brings the log back to its
// start, so the log stays as long as a few commits; a log past InlinePages is checkpointed in
// the COMMIT again; every committed row is there for a new connection; stopping hands the
// checkpoints back to SQLite's automatic ones.
#include "walcheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using crm::server::WalCheckpointer;

namespace {

// Small pages make a long log cheap: a row of 400 bytes is about a page.
constexpr int PageSize = 512;

bool exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    qWarning() << sql << sqlite3_errmsg(db);
    return false;
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *q = nullptr;
    qint64 out = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        out = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    return out;
}

// One transaction of `rows` rows of about a page each.
bool commitRows(sqlite3 *db, int rows)
{
    const QByteArray sql = "INSERT INTO t (v) SELECT randomblob(400) FROM "
                           "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < " +
                           QByteArray::number(rows) + ") SELECT i FROM n)";
    return exec(db, "BEGIN IMMEDIATE") && exec(db, sql.constData()) && exec(db, "COMMIT");
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sqlite3 *m_db = nullptr;
    QString m_path;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite");
        QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &m_db), SQLITE_OK);
        QVERIFY(exec(m_db, "PRAGMA page_size=512"));
        QVERIFY(exec(m_db, "PRAGMA journal_mode=WAL"));
        QVERIFY(exec(m_db, "PRAGMA synchronous=FULL"));
        QVERIFY(exec(m_db, "CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)"));
        QCOMPARE(scalar(m_db, "PRAGMA page_size"), PageSize);
    }
    void cleanup()
    {
        sqlite3_close(m_db);
        m_db = nullptr;
    }

    // Commits of 1.5 times StartPages each: the thread checkpoints after each, the next
    // commit writes the log from its start again, and the log file stays near two commits'
    // pages instead of growing with every one.
    void theThreadCheckpointsAndTheLogStaysShort()
    {
        auto checkpointer = WalCheckpointer::start(m_db, m_path);
        QVERIFY(checkpointer);
        const int perCommit = WalCheckpointer::StartPages * 3 / 2;
        const int commits = 12;
        for (int i = 0; i < commits; ++i) {
            QVERIFY(commitRows(m_db, perCommit));
            // A commit does not wait for the checkpoint; the test does, so the next commit
            // finds the log copied (a slower thread only makes the log longer).
            QTRY_COMPARE_WITH_TIMEOUT(checkpointer->threadCheckpoints(), i + 1, 20000);
        }
        QCOMPARE(checkpointer->inlineCheckpoints(), 0);
        const qint64 wal = QFileInfo(m_path + u"-wal").size();
        QVERIFY2(wal < qint64(3) * perCommit * (PageSize + 24),
                 qPrintable(QStringLiteral("the log is %1 bytes").arg(wal)));
        // Everything is in the database file: a new connection reads it without the log.
        QVERIFY(QFileInfo(m_path).size() >= qint64(commits) * perCommit * PageSize * 3 / 4);
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(scalar(other, "SELECT count(*) FROM t"), qint64(commits) * perCommit);
        sqlite3_close(other);

        checkpointer.reset();
        // SQLite's automatic checkpoint is back, at its usual threshold.
        QCOMPARE(scalar(m_db, "PRAGMA wal_autocheckpoint"), WalCheckpointer::StartPages);
    }

    // A commit that leaves InlinePages in the log is checkpointed in the COMMIT, as SQLite
    // would, whatever the thread is doing.
    void aVeryLongLogIsCheckpointedInTheCommit()
    {
        auto checkpointer = WalCheckpointer::start(m_db, m_path);
        QVERIFY(checkpointer);
        QVERIFY(commitRows(m_db, WalCheckpointer::InlinePages + 100));
        QCOMPARE(checkpointer->inlineCheckpoints(), 1);
        QCOMPARE(scalar(m_db, "SELECT count(*) FROM t"), WalCheckpointer::InlinePages + 100);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
