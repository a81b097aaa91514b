// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommandline.h"

#include "accountservice.h"
#include "apihandler.h"
#include "httpfrontend.h"
#include "serverstore.h"
#include "syncservice.h"

#include "common/uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>

#include <csignal>
#include <cstdio>
#include <map>
#include <optional>

#include <sys/socket.h>
#include <unistd.h>

namespace crm::server {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitError = 1;
constexpr int ExitUsage = 2;

void printErr(const QString &line)
{
    std::fprintf(stderr, "crm-server: %s\n", line.toUtf8().constData());
}

struct UsageError
{
    QString message;
};

// Options of one command: the names that take a value, the flags, and the positionals.
struct Parsed
{
    std::map<QString, QString> values;
    QStringList flags;
    QStringList positionals;
    std::optional<UsageError> error;

    QString value(const QString &name) const
    {
        auto it = values.find(name);
        return it == values.end() ? QString() : it->second;
    }
    bool has(const QString &name) const { return values.count(name) || flags.contains(name); }
};

Parsed parse(const QStringList &args, const QStringList &valueOptions,
             const QStringList &flagOptions)
{
    Parsed p;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        if (!a.startsWith(u"--") || a == u"--") {
            p.positionals << a;
            continue;
        }
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = a.indexOf(u'='); eq > 0) {
            inlineValue = a.mid(eq + 1);
            a = a.left(eq);
            hasInline = true;
        }
        if (valueOptions.contains(a)) {
            if (hasInline) {
                p.values[a] = inlineValue;
            } else if (i + 1 < args.size()) {
                p.values[a] = args.at(++i);
            } else {
                p.error = UsageError{QStringLiteral("%1: a value is missing").arg(a)};
                return p;
            }
        } else if (flagOptions.contains(a) && !hasInline) {
            p.flags << a;
        } else {
            p.error = UsageError{QStringLiteral("unknown option %1").arg(a)};
            return p;
        }
    }
    return p;
}

// Reads the password from standard input: everything up to the end, less one line break.
std::optional<QString> readPassword()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray data = in.readAll();
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    return QString::fromUtf8(data);
}

int sigPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(sigPipe[1], &c, 1);
}

QString isoTime(qint64 ms)
{
    return ms <= 0 ? QStringLiteral("-")
                   : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QString ServerCommandLine::usage()
{
    return QStringLiteral(
        "Usage:\n"
        "  crm-server serve --listen HOST:PORT --database DB\n"
        "                   (--tls-cert FILE --tls-key FILE | --insecure) [--token-days N]\n"
        "  crm-server user add NAME [--team TEAM] --password-stdin --database DB\n"
        "  crm-server user passwd NAME --password-stdin --database DB\n"
        "  crm-server user disable NAME --database DB\n"
        "  crm-server device list [--user NAME] --database DB\n"
        "  crm-server device revoke ID --database DB\n"
        "\n"
        "The team sync server of CRM. It speaks the sync protocol v1 over HTTPS:\n"
        "GET /healthz, POST /api/v1/login, POST /api/v1/push, GET /api/v1/pull.\n"
        "\n"
        "DB is sqlite:PATH (created on first use) or postgresql://USER@HOST:PORT/DATABASE\n"
        "(the password from PGPASSWORD or ~/.pgpass). CRM_SERVER_DATABASE is the default.\n"
        "Several servers may share one PostgreSQL database.\n"
        "\n"
        "serve        listens on HOST:PORT (port 0 picks a free one) and prints\n"
        "             \"listening on https://HOST:PORT\" when ready; plain HTTP only with\n"
        "             --insecure (for tests on loopback). Tokens expire after --token-days\n"
        "             (default 90). SIGTERM or SIGINT stops it. One line per request on stderr.\n"
        "user add     adds a user (the password is read from standard input); without --team\n"
        "             the user is a team of one. Users see their own records and their team's.\n"
        "user passwd  sets a new password, read from standard input.\n"
        "user disable refuses the user's logins and tokens from now on.\n"
        "device list  lists registered devices: id, user, name, registered, last login, state.\n"
        "device revoke ID  makes the device's token invalid (a new login with the password\n"
        "             registers it again; disable the user to stop that too).\n"
        "\n"
        "Passwords are stored as Argon2id hashes. CRM_SERVER_FAST_HASH=1 uses the minimal\n"
        "hashing cost: for tests only, never for real accounts.\n"
        "Exit status: 0 success, 1 runtime error, 2 usage error.\n");
}

int ServerCommandLine::run(const QStringList &arguments)
{
    auto usageError = [](const QString &message) {
        printErr(message + QStringLiteral(" (see crm-server --help)"));
        return ExitUsage;
    };
    if (arguments.isEmpty())
        return usageError(QStringLiteral("a command is missing"));
    if (arguments.first() == u"--help" || arguments.first() == u"-h" ||
        arguments.first() == u"help") {
        std::fputs(usage().toUtf8().constData(), stdout);
        return ExitOk;
    }
    if (arguments.first() == u"--version") {
        std::printf("crm-server %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    QStringList command{arguments.first()};
    QStringList rest = arguments.mid(1);
    if ((command.first() == u"user" || command.first() == u"device") && !rest.isEmpty() &&
        !rest.first().startsWith(u"--"))
        command << rest.takeFirst();
    const QString name = command.join(u' ');
    if (rest.contains(QStringLiteral("--help"))) {
        std::fputs(usage().toUtf8().constData(), stdout);
        return ExitOk;
    }

    QStringList valueOptions{QStringLiteral("--database")};
    QStringList flags;
    int positionals = 0;
    if (name == u"serve") {
        valueOptions << QStringLiteral("--listen") << QStringLiteral("--tls-cert")
                     << QStringLiteral("--tls-key") << QStringLiteral("--token-days");
        flags << QStringLiteral("--insecure");
    } else if (name == u"user add") {
        valueOptions << QStringLiteral("--team");
        flags << QStringLiteral("--password-stdin");
        positionals = 1;
    } else if (name == u"user passwd") {
        flags << QStringLiteral("--password-stdin");
        positionals = 1;
    } else if (name == u"user disable" || name == u"device revoke") {
        positionals = 1;
    } else if (name == u"device list") {
        valueOptions << QStringLiteral("--user");
    } else {
        return usageError(QStringLiteral("unknown command \"%1\"").arg(name));
    }
    const Parsed p = parse(rest, valueOptions, flags);
    if (p.error)
        return usageError(name + QStringLiteral(": ") + p.error->message);
    if (p.positionals.size() != positionals)
        return usageError(positionals
                              ? QStringLiteral("%1: expected one %2")
                                    .arg(name, name.startsWith(u"device") ? QStringLiteral("ID")
                                                                          : QStringLiteral("NAME"))
                              : QStringLiteral("%1: unexpected argument \"%2\"")
                                    .arg(name, p.positionals.value(0)));
    QString database = p.value(QStringLiteral("--database"));
    if (database.isEmpty())
        database = qEnvironmentVariable("CRM_SERVER_DATABASE");
    if (database.isEmpty())
        return usageError(name + QStringLiteral(": --database is missing"));
    if ((name == u"user add" || name == u"user passwd") &&
        !p.has(QStringLiteral("--password-stdin")))
        return usageError(name + QStringLiteral(": --password-stdin is required (passwords never "
                                                "go on the command line)"));

    // serve: check the listening options before touching the database.
    QHostAddress address;
    quint16 port = 0;
    std::optional<QSslConfiguration> tls;
    qint64 tokenDays = AccountService::DefaultTokenDays;
    if (name == u"serve") {
        const QString listen = p.value(QStringLiteral("--listen"));
        const qsizetype colon = listen.lastIndexOf(u':');
        bool portOk = false;
        const uint portValue = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
        QString host = colon > 0 ? listen.left(colon) : QString();
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        if (listen.isEmpty())
            return usageError(QStringLiteral("serve: --listen HOST:PORT is missing"));
        if (!portOk || portValue > 65535 ||
            !address.setAddress(host == u"localhost" ? QStringLiteral("127.0.0.1") : host))
            return usageError(
                QStringLiteral("serve: --listen \"%1\": expected an IP address and a port, e.g. "
                               "127.0.0.1:8443")
                    .arg(listen));
        port = quint16(portValue);
        const bool insecure = p.has(QStringLiteral("--insecure"));
        const QString cert = p.value(QStringLiteral("--tls-cert"));
        const QString key = p.value(QStringLiteral("--tls-key"));
        if (insecure && (!cert.isEmpty() || !key.isEmpty()))
            return usageError(QStringLiteral("serve: --insecure and --tls-cert/--tls-key "
                                             "exclude each other"));
        if (!insecure && (cert.isEmpty() || key.isEmpty()))
            return usageError(QStringLiteral("serve: give --tls-cert FILE and --tls-key FILE, or "
                                             "--insecure for plain HTTP"));
        if (p.has(QStringLiteral("--token-days"))) {
            bool ok = false;
            tokenDays = p.value(QStringLiteral("--token-days")).toLongLong(&ok);
            if (!ok || tokenDays < 0 || tokenDays > 3650)
                return usageError(QStringLiteral("serve: --token-days: expected 0 to 3650"));
        }
        if (!insecure) {
            QFile certFile(cert), keyFile(key);
            if (!certFile.open(QIODevice::ReadOnly)) {
                printErr(
                    QStringLiteral("serve: --tls-cert %1: %2").arg(cert, certFile.errorString()));
                return ExitError;
            }
            if (!keyFile.open(QIODevice::ReadOnly)) {
                printErr(QStringLiteral("serve: --tls-key %1: %2").arg(key, keyFile.errorString()));
                return ExitError;
            }
            const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
            QSslKey privateKey(&keyFile, QSsl::Rsa, QSsl::Pem);
            if (privateKey.isNull()) {
                keyFile.seek(0);
                privateKey = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
            }
            if (chain.isEmpty()) {
                printErr(
                    QStringLiteral("serve: --tls-cert %1: no PEM certificate in it").arg(cert));
                return ExitError;
            }
            if (privateKey.isNull()) {
                printErr(QStringLiteral("serve: --tls-key %1: no PEM RSA or EC private key in it")
                             .arg(key));
                return ExitError;
            }
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificateChain(chain);
            config.setPrivateKey(privateKey);
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            tls = config;
        }
    }

    std::optional<QString> password;
    if (name == u"user add" || name == u"user passwd") {
        password = readPassword();
        if (!password || password->isEmpty()) {
            printErr(name + QStringLiteral(": no password on standard input"));
            return ExitError;
        }
    }

    auto store = ServerStore::open(database);
    if (!store) {
        printErr(store.error().message());
        return ExitError;
    }
    AccountService accounts(**store);
    auto report = [&name](const core::Status &s) {
        if (!s) {
            printErr(name + QStringLiteral(": ") + s.error().message());
            return ExitError;
        }
        return ExitOk;
    };

    if (name == u"user add")
        return report(
            accounts.addUser(p.positionals.at(0), p.value(QStringLiteral("--team")), *password));
    if (name == u"user passwd")
        return report(accounts.setPassword(p.positionals.at(0), *password));
    if (name == u"user disable")
        return report(accounts.disableUser(p.positionals.at(0)));
    if (name == u"device revoke")
        return report(accounts.revokeDevice(p.positionals.at(0)));
    if (name == u"device list") {
        auto devices = accounts.devices(p.value(QStringLiteral("--user")));
        if (!devices)
            return report(devices.error());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::printf("%-36s  %-16s  %-20s  %-20s  %-20s  %s\n", "ID", "User", "Name", "Registered",
                    "Last login", "State");
        for (const DeviceRow &d : *devices) {
            const char *state = d.revoked                 ? "revoked"
                                : d.tokenExpiresAt <= now ? "expired"
                                                          : "active";
            std::printf("%-36s  %-16s  %-20s  %-20s  %-20s  %s\n",
                        qPrintable(core::Uuid::toString(d.id)), d.user.toUtf8().constData(),
                        d.name.toUtf8().constData(), qPrintable(isoTime(d.registeredAt)),
                        qPrintable(isoTime(d.lastSeenAt)), state);
        }
        return ExitOk;
    }

    // serve
    accounts.setTokenLifetimeMs(tokenDays * 24 * 3600 * 1000);
    SyncService sync(**store);
    ApiHandler handler(accounts, sync);
    HttpFrontend frontend(handler);
    QString error;
    const quint16 actualPort = frontend.start(address, port, tls, &error);
    if (!actualPort) {
        printErr(QStringLiteral("serve: ") + error);
        return ExitError;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, sigPipe) != 0) {
        printErr(QStringLiteral("serve: cannot set up signal handling"));
        return ExitError;
    }
    QSocketNotifier notifier(sigPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [] {
        char c;
        [[maybe_unused]] const auto n = ::read(sigPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    std::printf("listening on %s://%s:%u\n", tls ? "https" : "http", qPrintable(host),
                unsigned(actualPort));
    std::fflush(stdout);
    std::fprintf(stderr, "crm-server: serving %s\n", qPrintable((*store)->description()));
    std::fflush(stderr);
    const int rc = QCoreApplication::exec();
    std::fprintf(stderr, "crm-server: stopped\n");
    return rc == 0 ? ExitOk : ExitError;
}

} // namespace crm::server
