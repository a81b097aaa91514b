// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "sync/localreplica.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

class QThread;
class QTimer;

namespace crm::ui {

class SyncWorker;

// Where sync stands, for the status bar and the sync views.
struct SyncStatus
{
    enum class State
    {
        NotSignedIn,
        Off,            // signed in, "sync automatically" off and nothing synced yet
        Syncing,        // done of total (total < 0: receiving, done = received so far)
        Synced,         // nothing waiting, nothing to look at
        Offline,        // the server cannot be reached; pending changes wait
        NeedsAttention, // open conflicts or refused changes
        SignInNeeded    // the server refused the token or the password
    };
    State state = State::NotSignedIn;
    qint64 done = 0;
    qint64 total = 0;
    bool estimate = false; // total is "at most" (receiving), not exact (sending)
    qint64 pending = 0;    // outbox entries
    int conflicts = 0;     // open conflicts
    int rejections = 0;    // refused changes not dismissed
    QDateTime lastSync;    // last successful sync
    QString error;         // core's detail of the last failure
};

// Runs sync for the desktop app. Lives on the UI thread and decides when to sync (at start,
// ~2 s after a local change, every 5 minutes, with exponential back-off and jitter while
// the server cannot be reached); the SyncEngine itself runs on its own QThread and is only
// reached through queued calls, so nothing here ever blocks the UI.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(core::DatabasePtr db, QObject *parent = nullptr);
    ~SyncController() override;

    bool isSignedIn() const { return !m_server.isEmpty(); }
    QString server() const { return m_server; }
    QString user() const { return m_user; }
    QString team() const { return m_team; }
    const SyncStatus &status() const { return m_status; }

    // "Sync automatically" (QSettings sync/automatic, on by default).
    bool isAutomatic() const { return m_automatic; }
    void setAutomatic(bool on);

    // For tests: the debounce after a local change, the periodic sync, the first and the
    // largest back-off delay.
    void setIntervals(int debounceMs, int periodicMs, int backoffMs, int maxBackoffMs);
    // The delay of the next retry while offline (0 when none is planned).
    int retryDelay() const { return m_retryDelay; }

public slots:
    // Reads the sign-in and counts, and syncs when signed in and automatic.
    void start();
    void syncNow();
    // A local save, delete, undo or conflict resolution: sync shortly (debounced).
    void localChanged();
    void signIn(const QUrl &server, const QString &user, const QString &password);
    void signOut();
    // Recounts the outbox, open conflicts and refused changes (after a local change).
    void recount();
    // Forgets the refused changes shown in the outbox.
    void dismissRejections();

signals:
    void statusChanged(const crm::ui::SyncStatus &status);
    // ok, or a sentence for the user and the field it is about ("server", "user", "password").
    void signInFinished(bool ok, const QString &message, const QString &field);
    void signedInChanged();
    // A sync brought changes from others (or new conflicts): lists and forms refresh.
    void dataArrived();
    // Emitted after every finished sync attempt (ok or not).
    void syncFinished(bool ok);

private:
    void schedule(int delayMs);
    void runSync();
    void onSyncDone(bool ok, int errorKind, const QString &error,
                    const crm::core::sync::SyncReport &report);
    void onCounts(qint64 pending, int conflicts, int rejections);
    void readAccount();
    void setState(SyncStatus::State state);
    void publish();

    core::DatabasePtr m_db;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_periodic = nullptr;
    QTimer *m_retry = nullptr;
    SyncStatus m_status;
    QString m_server, m_user, m_team;
    bool m_automatic = true;
    bool m_busy = false;
    bool m_again = false;
    bool m_started = false;
    int m_debounceMs = 2000;
    int m_backoffMs = 5000;
    int m_maxBackoffMs = 5 * 60 * 1000;
    int m_retryDelay = 0;
};

} // namespace crm::ui

Q_DECLARE_METATYPE(crm::ui::SyncStatus)
