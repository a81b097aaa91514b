// SPDX-License-Identifier: GPL-3.0-or-later
// The sync benchmark of issue 3, with real parts: a crm-server process on loopback (SQLite,
// or PostgreSQL started in a temporary directory), laptops as database files driven through
// the same SyncEngine the app uses, and a fresh laptop as a separate crm-cli process whose
// peak memory is measured. Prints a table against the targets; not run by ctest.
//
//   bench_sync [--changes 100000] [--records 1000000] [--postgres] [--dir PATH] [--quick]
#include "postgresfixture.h"
#include "services/contactrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "sync/localreplica.h"
#include "sync/protocol.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace crm::core;

namespace {

struct Options
{
    int changes = 100000;
    int records = 1000000;
    bool postgres = false;
    QString dir;
};

void row(const QString &figure, const QString &value, const QString &target = {}, int verdict = -1)
{
    std::printf("| %-58s | %22s | %-14s | %-5s |\n", qPrintable(figure), qPrintable(value),
                qPrintable(target), verdict < 0 ? "" : (verdict ? "ok" : "OVER"));
    std::fflush(stdout);
}

QString ms(double v)
{
    return QStringLiteral("%1 ms").arg(v, 0, 'f', v < 10 ? 1 : 0);
}

QString sec(double v)
{
    return QStringLiteral("%1 s").arg(v, 0, 'f', 2);
}

// CPU seconds this process (the laptops' sync engines) has used so far.
double selfCpuSeconds()
{
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    return double(self.ru_utime.tv_sec + self.ru_stime.tv_sec) +
           double(self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1e6;
}

class Server
{
public:
    ~Server() { stop(); }

    bool start(const QString &database)
    {
        m_database = database;
        for (const char *user : {"anna", "bob", "carl"}) {
            QProcess p;
            p.setProcessEnvironment(env());
            const QStringList add = command(
                {QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(user),
                 QStringLiteral("--team"), QStringLiteral("bench"),
                 QStringLiteral("--password-stdin"), QStringLiteral("--database"), database});
            p.start(add.first(), add.mid(1));
            p.write(QByteArray(user) + " pass\n");
            p.closeWriteChannel();
            if (!p.waitForFinished(60000) || p.exitCode() != 0) {
                std::fprintf(stderr, "user add: %s\n", p.readAllStandardError().constData());
                return false;
            }
        }
        m_process.setProcessEnvironment(env());
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardErrorFile(QProcess::nullDevice());
        const QStringList serve = command(
            {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
             QStringLiteral("--insecure"), QStringLiteral("--database"), database});
        m_process.start(serve.first(), serve.mid(1));
        QByteArray out;
        for (int i = 0; i < 600 && !out.contains('\n'); ++i) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
        }
        const auto m = QRegularExpression(QStringLiteral("listening on (http://\\S+)"))
                           .match(QString::fromUtf8(out));
        m_url = QUrl(m.captured(1));
        return m.hasMatch();
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(10000);
        }
    }
    QUrl url() const { return m_url; }
    // CPU seconds the server process has used so far (user + system), from /proc.
    double cpuSeconds() const
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray stat = f.readAll();
        // Fields after the command name (which may hold spaces): state is field 3, utime 14.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return 0;
        return double(fields[11].toLongLong() + fields[12].toLongLong()) /
               double(sysconf(_SC_CLK_TCK));
    }

    // crm-server with `args`; for profiling, BENCH_SYNC_SERVER_WRAPPER="valgrind
    // --tool=callgrind" runs it under that command.
    static QStringList command(const QStringList &args)
    {
        return QProcess::splitCommand(qEnvironmentVariable("BENCH_SYNC_SERVER_WRAPPER")) +
               QStringList{QStringLiteral(CRM_SERVER_BINARY)} + args;
    }

    static QProcessEnvironment env()
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("CRM_SERVER_FAST_HASH"), QStringLiteral("1"));
        e.insert(QStringLiteral("CRM_NO_KEYCHAIN"), QStringLiteral("1"));
        return e;
    }

private:
    QProcess m_process;
    QString m_database;
    QUrl m_url;
};

DatabasePtr openLaptop(const QString &path, const QString &user)
{
    Database::Options o;
    o.localUser = user;
    auto db = Database::open(path, o);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
        std::exit(1);
    }
    return db.value();
}

bool login(sync::SyncEngine &engine, const QUrl &url, const QString &user)
{
    auto r = engine.login(url, user, user + QStringLiteral(" pass"), QStringLiteral("bench"));
    if (!r)
        std::fprintf(stderr, "login: %s\n", qPrintable(r.error().message()));
    return r.ok();
}

// `contacts` contacts with two e-mails and a phone each: four synced records per contact.
bool fill(const DatabasePtr &db, int contacts)
{
    ContactRepository repo(db);
    const QStringList first = {QStringLiteral("Anna"),   QStringLiteral("Jānis"),
                               QStringLiteral("Ирина"),  QStringLiteral("Μαρία"),
                               QStringLiteral("Łukasz"), QStringLiteral("Mari")};
    const QStringList last = {QStringLiteral("Bērziņa"), QStringLiteral("Kowalski"),
                              QStringLiteral("Иванова"), QStringLiteral("Παπαδοπούλου"),
                              QStringLiteral("Tamm"),    QStringLiteral("Smith")};
    for (int done = 0; done < contacts;) {
        QList<Contact> chunk;
        const int n = std::min(20000, contacts - done);
        for (int i = 0; i < n; ++i) {
            const int k = done + i;
            Contact c;
            c.firstName = first[k % first.size()];
            c.lastName = last[(k / 7) % last.size()] + QString::number(k);
            c.city = QStringLiteral("Rīga");
            c.emails = {
                EmailAddress{{}, QStringLiteral("work"), QStringLiteral("p%1@work.lv").arg(k)},
                EmailAddress{{}, QStringLiteral("home"), QStringLiteral("p%1@home.lv").arg(k)}};
            c.phones = {PhoneNumber{{},
                                    QStringLiteral("mobile"),
                                    QStringLiteral("+371 2%1").arg(k, 7, 10, QLatin1Char('0'))}};
            chunk << c;
        }
        auto r = repo.createMany(chunk, 2000);
        if (!r) {
            std::fprintf(stderr, "fill: %s\n", qPrintable(r.error().message()));
            return false;
        }
        done += n;
    }
    return true;
}

// One captured transaction that changes `fields` fields: five columns of fields/5 contacts.
bool changeFields(const DatabasePtr &db, int fields)
{
    QSqlDatabase c = db->connection();
    Transaction tx(c);
    const QStringList columns = {QStringLiteral("city"), QStringLiteral("title"),
                                 QStringLiteral("street"), QStringLiteral("source"),
                                 QStringLiteral("notes")};
    for (const QString &col : columns) {
        auto s = sql::exec(c, QStringLiteral("UPDATE contacts SET %1 = %1 || ' (%2 ' || rid || ')' "
                                             "WHERE rid IN (SELECT rid FROM contacts ORDER BY rid "
                                             "LIMIT %3)")
                                  .arg(col)
                                  .arg(col.size())
                                  .arg(fields / columns.size()));
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message()));
            return false;
        }
    }
    return tx.commit().ok();
}

// The CPU seconds of the laptops and the server between the three readings of `cpu` (before
// the push, after it, after the pull), a row per phase.
void cpuRows(const double (&cpu)[3][2])
{
    for (int phase : {1, 2})
        row(QStringLiteral("… CPU of the %1: laptops + server")
                .arg(phase == 1 ? QStringLiteral("push") : QStringLiteral("pull")),
            QStringLiteral("%1 + %2 s")
                .arg(cpu[phase][0] - cpu[phase - 1][0], 0, 'f', 2)
                .arg(cpu[phase][1] - cpu[phase - 1][1], 0, 'f', 2));
}

// Bytes the outbox takes on the wire (CBOR, deflate), batch by batch as the engine sends it.
QPair<qint64, qint64> wireCost(const DatabasePtr &db)
{
    sync::LocalReplica replica(db);
    auto all = replica.pending(10'000'000);
    qint64 bytes = 0;
    for (qsizetype i = 0; i < all->size(); i += 5000) {
        const QList<sync::Change> batch = all->mid(i, 5000);
        bytes += sync::compress(sync::encode(sync::PushRequest{db->deviceId(), batch})).size();
    }
    return {bytes, all->size()};
}

int runCase(const Options &o, const QString &database, const QString &label, bool bigCase)
{
    QTemporaryDir tmp(o.dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-sync-XXXXXX")
                                      : o.dir + QStringLiteral("/bench-sync-XXXXXX"));
    Server server;
    if (!server.start(database.isEmpty()
                          ? u"sqlite:" + tmp.filePath(QStringLiteral("server.sqlite"))
                          : database)) {
        std::fprintf(stderr, "crm-server did not start\n");
        return 1;
    }
    std::printf("\n=== %s ===\n", qPrintable(label));
    std::printf("| %-58s | %22s | %-14s | %-5s |\n", "figure", "value", "target", "ok?");
    std::printf("|%s|%s|%s|%s|\n", QByteArray(60, '-').constData(), QByteArray(24, '-').constData(),
                QByteArray(16, '-').constData(), QByteArray(7, '-').constData());

    DatabasePtr a = openLaptop(tmp.filePath(QStringLiteral("anna.sqlite")), QStringLiteral("anna"));
    DatabasePtr b = openLaptop(tmp.filePath(QStringLiteral("bob.sqlite")), QStringLiteral("bob"));
    sync::SyncEngine ea(a), eb(b);
    // BENCH_SYNC_BATCH=N: smaller requests, so a server under a profiler answers in time.
    if (const int batch = qEnvironmentVariableIntValue("BENCH_SYNC_BATCH"); batch > 0) {
        ea.setBatchSize(batch);
        eb.setBatchSize(batch);
    }
    if (!login(ea, server.url(), QStringLiteral("anna")) ||
        !login(eb, server.url(), QStringLiteral("bob")))
        return 1;
    const int contacts = std::max(1, o.changes / 5);
    QElapsedTimer t;
    t.start();
    if (!fill(a, contacts))
        return 1;
    row(QStringLiteral("laptop A: %1 contacts created (4 records each)").arg(contacts),
        sec(t.nsecsElapsed() / 1e9));
    t.restart();
    // CPU seconds (laptops, server) before A's sync, after it, and after B's.
    double created[3][2] = {{selfCpuSeconds(), server.cpuSeconds()}};
    for (int i : {1, 2}) {
        if (auto r = (i == 1 ? ea : eb).syncOnce(); !r) {
            std::fprintf(stderr, "sync: %s\n", qPrintable(r.error().message()));
            return 1;
        }
        created[i][0] = selfCpuSeconds();
        created[i][1] = server.cpuSeconds();
    }
    row(QStringLiteral("A pushes them, B pulls them"), sec(t.nsecsElapsed() / 1e9));
    cpuRows(created);

    if (!changeFields(a, o.changes))
        return 1;
    const auto [bytes, count] = wireCost(a);
    const double perChange = double(bytes) / double(std::max<qint64>(1, count));
    row(QStringLiteral("wire cost of %1 field changes (CBOR + deflate)").arg(count),
        QStringLiteral("%1 B/change").arg(perChange, 0, 'f', 1), QStringLiteral("≤ 40 B"),
        perChange <= 40);
    // The machine may be shared: CPU seconds of the laptops and of the server tell more
    // than wall time then.
    double cpu[3][2] = {{selfCpuSeconds(), server.cpuSeconds()}};
    t.restart();
    auto pushed = ea.syncOnce();
    const double pushMs = t.nsecsElapsed() / 1e6;
    cpu[1][0] = selfCpuSeconds();
    cpu[1][1] = server.cpuSeconds();
    t.restart();
    auto pulled = eb.syncOnce();
    const double pullMs = t.nsecsElapsed() / 1e6;
    cpu[2][0] = selfCpuSeconds();
    cpu[2][1] = server.cpuSeconds();
    if (!pushed || !pulled) {
        std::fprintf(stderr, "sync: %s\n",
                     qPrintable((pushed ? pulled.error() : pushed.error()).message()));
        return 1;
    }
    row(QStringLiteral("A pushes %1 field changes").arg(pushed->pushed), ms(pushMs));
    row(QStringLiteral("B pulls and applies %1").arg(pulled->pulled), ms(pullMs));
    row(QStringLiteral("end to end, A's changes on B"), sec((pushMs + pullMs) / 1000),
        QStringLiteral("≤ 5 s"), pushMs + pullMs <= 5000);
    cpuRows(cpu);

    QList<double> idle;
    for (int i = 0; i < 11; ++i) {
        t.restart();
        if (!eb.syncOnce())
            return 1;
        idle << t.nsecsElapsed() / 1e6;
    }
    std::sort(idle.begin(), idle.end());
    row(QStringLiteral("a sync with nothing to do (median of 11)"), ms(idle[5]),
        QStringLiteral("≤ 50 ms"), idle[5] <= 50);

    if (bigCase && o.records > 0) {
        // A laptop joins a team whose server holds `records` records.
        const int more = std::max(0, o.records / 4 - contacts);
        t.restart();
        if (!fill(a, more))
            return 1;
        row(QStringLiteral("laptop A: %1 more contacts").arg(more), sec(t.nsecsElapsed() / 1e9));
        t.restart();
        if (!ea.syncOnce())
            return 1;
        row(QStringLiteral("A pushes them"), sec(t.nsecsElapsed() / 1e9));
        const QString fresh = tmp.filePath(QStringLiteral("carl.sqlite"));
        QProcess cli;
        cli.setProcessEnvironment(Server::env());
        cli.start(QStringLiteral(CRM_CLI_BINARY),
                  {QStringLiteral("--database"), fresh, QStringLiteral("account"),
                   QStringLiteral("login"), QStringLiteral("--server"), server.url().toString(),
                   QStringLiteral("--user"), QStringLiteral("carl"),
                   QStringLiteral("--password-stdin")});
        cli.write("carl pass\n");
        cli.closeWriteChannel();
        cli.waitForFinished(60000);
        t.restart();
        cli.start(QStringLiteral(CRM_CLI_BINARY),
                  {QStringLiteral("--database"), fresh, QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("sync")});
        cli.waitForFinished(-1);
        const double initial = t.nsecsElapsed() / 1e9;
        rusage children{};
        getrusage(RUSAGE_CHILDREN, &children); // the largest child so far: the syncing crm-cli
        const QByteArray out = cli.readAllStandardOutput();
        const int records = QRegularExpression(QStringLiteral("\"pulled\": (\\d+)"))
                                .match(QString::fromUtf8(out))
                                .captured(1)
                                .toInt();
        row(QStringLiteral("initial sync of a new laptop (crm-cli): %1 records").arg(records),
            sec(initial), QStringLiteral("≤ 90 s"), initial <= 90);
        row(QStringLiteral("… its peak RSS (largest child process)"),
            QStringLiteral("%1 MB").arg(children.ru_maxrss / 1024), QStringLiteral("≤ 500 MB"),
            children.ru_maxrss / 1024 <= 500);
        if (cli.exitCode() != 0)
            std::fprintf(stderr, "crm-cli sync: %s\n", cli.readAllStandardError().constData());
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("CRM_NO_KEYCHAIN", "1");
    qputenv("QT_LOGGING_RULES", "crm.*.info=false");
    Options o;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--changes" && i + 1 < args.size())
            o.changes = args[++i].toInt();
        else if (a == u"--records" && i + 1 < args.size())
            o.records = args[++i].toInt();
        else if (a == u"--postgres")
            o.postgres = true;
        else if (a == u"--dir" && i + 1 < args.size())
            o.dir = args[++i];
        else if (a == u"--quick") {
            o.changes = 10000;
            o.records = 40000;
        } else {
            std::fprintf(stderr,
                         "usage: bench_sync [--changes N] [--records N] [--postgres] [--dir PATH] "
                         "[--quick]\n");
            return 2;
        }
    }
    std::printf(
        "bench_sync: crm-server on loopback; %d field changes; initial sync of %d records\n",
        o.changes, o.records);
    if (int rc = runCase(o, {}, QStringLiteral("SQLite server"), true); rc != 0)
        return rc;
    if (o.postgres) {
        PostgresFixture pg;
        QString skip, error;
        if (!pg.start(&skip, &error)) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(skip.isEmpty() ? error : skip));
            return 1;
        }
        const QString spec = pg.createDatabase(&error);
        if (spec.isEmpty()) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(error));
            return 1;
        }
        return runCase(o, spec, QStringLiteral("PostgreSQL server"), false);
    }
    return 0;
}
