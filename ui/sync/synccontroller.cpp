// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "common/logging.h"
#include "storage/sql.h"
#include "sync/syncengine.h"

#include <QRandomGenerator>
#include <QSettings>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <optional>

namespace crm::ui {

namespace {
const QString kAutomaticKey = QStringLiteral("sync/automatic");
constexpr int kPeriodicMs = 5 * 60 * 1000;

enum ErrorKind
{
    NoError = 0,
    Unreachable = 1, // network, timeout, server errors: retry with back-off
    Refused = 2,     // wrong password, revoked or missing token: sign in again
};

int errorKind(const core::Error &e)
{
    if (e.code == core::ErrorCode::Unauthorized || e.code == core::ErrorCode::Forbidden)
        return Refused;
    return Unreachable;
}
} // namespace

// Owns the SyncEngine on the sync thread; every slot is reached by a queued call and may
// block (network, SQLite) without touching the UI. Uses the sync thread's own connection,
// closed when the worker is deleted there (QThread::finished → deleteLater).
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(core::DatabasePtr db)
        : m_db(std::move(db))
    {}
    ~SyncWorker() override
    {
        m_engine.reset();
        m_db->closeConnection();
    }

public slots:
    void login(const QUrl &server, const QString &user, const QString &password)
    {
        auto r = engine().login(server, user, password, QSysInfo::machineHostName());
        if (!r) {
            const core::Error &e = r.error();
            const int kind = e.field == u"server"                      ? 3
                             : e.code == core::ErrorCode::Unauthorized ? 4
                                                                       : errorKind(e);
            emit loginDone(false, kind, e.detail, {}, {});
            return;
        }
        emit loginDone(true, NoError, {}, r->user, r->team);
        counts();
    }

    void logout()
    {
        auto s = engine().logout();
        if (!s)
            qCWarning(lcSync) << "sign out:" << s.error().detail;
        emit logoutDone();
    }

    void sync()
    {
        auto r = engine().syncOnce([this](const QString &phase, qint64 done, qint64 total) {
            emit progress(done, total, phase == u"pull");
        });
        counts();
        if (!r) {
            qCInfo(lcSync) << "sync failed:" << r.error().detail;
            emit syncDone(false, errorKind(r.error()), r.error().detail, {});
            return;
        }
        emit syncDone(true, NoError, {}, r.value());
    }

    void counts()
    {
        core::sync::LocalReplica replica(m_db);
        const auto pending = replica.pendingCount();
        QSqlDatabase db = m_db->connection();
        const auto conflicts = core::sql::scalar(
            db,
            QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE deleted = 0 AND state = 'open'"));
        const auto rejections =
            core::sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sync_rejections"));
        emit countsReady(pending ? *pending : 0, conflicts ? conflicts->toInt() : 0,
                         rejections ? rejections->toInt() : 0);
    }

    void dismissRejections()
    {
        QSqlDatabase db = m_db->connection();
        auto s = core::sql::exec(db, QStringLiteral("DELETE FROM sync_rejections"));
        if (!s)
            qCWarning(lcSync) << "clearing refused changes:" << s.error().detail;
        counts();
    }

signals:
    void loginDone(bool ok, int errorKind, const QString &error, const QString &user,
                   const QString &team);
    void logoutDone();
    void progress(qint64 done, qint64 total, bool estimate);
    void syncDone(bool ok, int errorKind, const QString &error,
                  const crm::core::sync::SyncReport &report);
    void countsReady(qint64 pending, int conflicts, int rejections);

private:
    core::sync::SyncEngine &engine()
    {
        if (!m_engine)
            m_engine.emplace(m_db);
        return *m_engine;
    }

    core::DatabasePtr m_db;
    std::optional<core::sync::SyncEngine> m_engine;
};

SyncController::SyncController(core::DatabasePtr db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    qRegisterMetaType<crm::core::sync::SyncReport>();
    qRegisterMetaType<crm::ui::SyncStatus>();
    m_automatic = QSettings().value(kAutomaticKey, true).toBool();

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker(m_db);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this,
            [this](qint64 done, qint64 total, bool estimate) {
                if (!m_busy)
                    return;
                m_status.done = done;
                m_status.total = total;
                m_status.estimate = estimate;
                setState(SyncStatus::State::Syncing);
            });
    connect(m_worker, &SyncWorker::countsReady, this, &SyncController::onCounts);
    connect(m_worker, &SyncWorker::syncDone, this, &SyncController::onSyncDone);
    connect(m_worker, &SyncWorker::loginDone, this,
            [this](bool ok, int kind, const QString &error, const QString &user, const QString &) {
                m_busy = false;
                if (!ok) {
                    QString message, field;
                    switch (kind) {
                    case 3:
                        message = tr("Enter a server address such as "
                                     "https://crm.example.com:8443.");
                        field = QStringLiteral("server");
                        break;
                    case Unreachable:
                        message = tr("The server cannot be reached. Check the address and "
                                     "your network connection.");
                        field = QStringLiteral("server");
                        break;
                    case 4: // HTTP 401
                        message = tr("The user name or the password is wrong.");
                        field = QStringLiteral("password");
                        break;
                    default:
                        message = tr("The server refused the sign-in: %1").arg(error);
                        field = QStringLiteral("password");
                    }
                    emit signInFinished(false, message, field);
                    return;
                }
                m_db->setLocalUser(user); // edits from now on are the account's
                readAccount();
                m_status.error.clear();
                m_retryDelay = 0;
                setState(m_automatic ? SyncStatus::State::Synced : SyncStatus::State::Off);
                emit signInFinished(true, {}, {});
                emit signedInChanged();
                if (m_automatic) {
                    m_periodic->start();
                    schedule(0);
                }
            });
    connect(m_worker, &SyncWorker::logoutDone, this, [this] {
        m_busy = false;
        readAccount();
        m_retry->stop();
        m_periodic->stop();
        m_debounce->stop();
        setState(SyncStatus::State::NotSignedIn);
        emit signedInChanged();
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &SyncController::runSync);
    m_periodic = new QTimer(this);
    m_periodic->setInterval(kPeriodicMs);
    connect(m_periodic, &QTimer::timeout, this, &SyncController::runSync);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SyncController::runSync);

    m_thread->start();
    readAccount();
    m_status.state = isSignedIn()
                         ? (m_automatic ? SyncStatus::State::Synced : SyncStatus::State::Off)
                         : SyncStatus::State::NotSignedIn;
}

SyncController::~SyncController()
{
    // A sync in flight ends at its next step (quit ends the worker's local event loops);
    // what it committed page by page stays committed.
    m_thread->quit();
    m_thread->wait();
}

void SyncController::setIntervals(int debounceMs, int periodicMs, int backoffMs, int maxBackoffMs)
{
    m_debounceMs = debounceMs;
    m_periodic->setInterval(periodicMs);
    m_backoffMs = backoffMs;
    m_maxBackoffMs = maxBackoffMs;
}

void SyncController::setAutomatic(bool on)
{
    if (m_automatic == on)
        return;
    m_automatic = on;
    QSettings().setValue(kAutomaticKey, on);
    if (!isSignedIn())
        return;
    if (on) {
        m_periodic->start();
        schedule(0);
    } else {
        m_periodic->stop();
        m_debounce->stop();
        m_retry->stop();
        m_retryDelay = 0;
        if (!m_busy)
            setState(SyncStatus::State::Off);
    }
}

void SyncController::readAccount()
{
    core::sync::LocalReplica replica(m_db);
    auto text = [&replica](const char *key) {
        auto v = replica.setting(QString::fromLatin1(key));
        return v ? *v : QString();
    };
    m_server = text("sync_server");
    m_user = text("sync_user");
    m_team = text("sync_team");
}

void SyncController::start()
{
    m_started = true;
    recount();
    if (isSignedIn() && m_automatic) {
        m_periodic->start();
        schedule(0);
    }
}

void SyncController::syncNow()
{
    if (!isSignedIn())
        return;
    m_retry->stop();
    m_debounce->stop();
    runSync();
}

void SyncController::localChanged()
{
    recount();
    if (!isSignedIn() || !m_automatic)
        return;
    if (m_retry->isActive())
        return; // offline: the next retry carries the change
    m_debounce->start(m_debounceMs);
}

void SyncController::schedule(int delayMs)
{
    m_debounce->start(delayMs);
}

void SyncController::recount()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::counts, Qt::QueuedConnection);
}

void SyncController::dismissRejections()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::dismissRejections, Qt::QueuedConnection);
}

void SyncController::signIn(const QUrl &server, const QString &user, const QString &password)
{
    if (m_busy) {
        emit signInFinished(false, tr("A sync is running; try again in a moment."),
                            QStringLiteral("server"));
        return;
    }
    m_busy = true;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, server, user, password] { w->login(server, user, password); },
        Qt::QueuedConnection);
}

void SyncController::signOut()
{
    m_retry->stop();
    m_debounce->stop();
    m_periodic->stop();
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::logout, Qt::QueuedConnection);
}

void SyncController::runSync()
{
    if (!isSignedIn())
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    m_status.done = 0;
    m_status.total = m_status.pending;
    m_status.estimate = false;
    setState(SyncStatus::State::Syncing);
    QMetaObject::invokeMethod(m_worker, &SyncWorker::sync, Qt::QueuedConnection);
}

void SyncController::onSyncDone(bool ok, int kind, const QString &error,
                                const core::sync::SyncReport &report)
{
    m_busy = false;
    if (ok) {
        m_status.lastSync = QDateTime::currentDateTime();
        m_status.error.clear();
        m_retryDelay = 0;
        setState(SyncStatus::State::Synced);
        if (report.pulled > 0 || report.conflicts > 0 || report.rejected > 0)
            emit dataArrived();
        emit syncFinished(true);
        if (m_again)
            schedule(0);
        return;
    }
    m_status.error = error;
    if (kind == Refused) {
        m_retryDelay = 0;
        setState(SyncStatus::State::SignInNeeded);
    } else {
        // Exponential back-off with jitter (±25 %), so many laptops do not retry in step.
        m_retryDelay = m_retryDelay == 0 ? m_backoffMs : std::min(m_retryDelay * 2, m_maxBackoffMs);
        const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
        if (m_automatic)
            m_retry->start(int(m_retryDelay * jitter));
        setState(SyncStatus::State::Offline);
    }
    m_again = false;
    emit syncFinished(false);
}

void SyncController::onCounts(qint64 pending, int conflicts, int rejections)
{
    m_status.pending = pending;
    m_status.conflicts = conflicts;
    m_status.rejections = rejections;
    if (m_status.state == SyncStatus::State::Syncing && m_status.total < pending && pending > 0 &&
        m_status.done == 0)
        m_status.total = pending;
    publish();
}

void SyncController::setState(SyncStatus::State state)
{
    m_status.state = state;
    publish();
}

void SyncController::publish()
{
    using State = SyncStatus::State;
    if (!isSignedIn())
        m_status.state = State::NotSignedIn;
    else if (m_status.state == State::Synced || m_status.state == State::NeedsAttention)
        m_status.state = (m_status.conflicts > 0 || m_status.rejections > 0) ? State::NeedsAttention
                                                                             : State::Synced;
    emit statusChanged(m_status);
}

} // namespace crm::ui

#include "synccontroller.moc"
