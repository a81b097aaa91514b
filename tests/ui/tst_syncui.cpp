// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop side of sync against real processes: a crm-server started here, its users
// made with the crm-server CLI, and a second laptop played by crm-cli on its own database.
// The app signs in through Settings → Sync by typing, syncs a new contact, meets a
// concurrent edit as a conflict told in words, keeps its own value, and shows "Offline"
// when the server is gone. Screenshots of the sync screens go to $CRM_SCREENSHOT_DIR (or
// /tmp/crm-sync-screens).
#include "common/recorddialog.h"
#include "common/uuid.h"
#include "contacts/contactdialog.h"
#include "deals/dealboard.h"
#include "domain/pipeline.h"
#include "mainwindow/mainwindow.h"
#include "models/boardmodel.h"
#include "models/contactlistmodel.h"
#include "settings/settingsdialog.h"
#include "support/process.h"
#include "sync/conflictsdialog.h"
#include "sync/outboxdialog.h"
#include "sync/synccontroller.h"
#include "sync/synclogdialog.h"
#include "sync/syncsettingspage.h"
#include "sync/syncstatusbutton.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace crm;

namespace {
using Run = crm::test::ProcessRun;

Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    return crm::test::runProcess(program, args, input);
}
} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_shots;
    QProcess m_server;
    QString m_url;
    core::DatabasePtr m_db;
    std::unique_ptr<ui::MainWindow> m_window;

    QString serverDatabase() const
    {
        return u"sqlite:" + m_dir.filePath(QStringLiteral("server.sqlite"));
    }
    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        return run(qEnvironmentVariable("CRM_CLI_BINARY"),
                   QStringList{QStringLiteral("--database"),
                               m_dir.filePath(QStringLiteral("bob.sqlite"))} +
                       args,
                   input);
    }
    QJsonObject cliJson(const QStringList &args)
    {
        const Run r = cli(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return QJsonDocument::fromJson(r.out).object();
    }
    ui::SyncController *sync() const { return m_window->syncController(); }
    // True once a sync that finished after `spy` was made left nothing waiting.
    bool syncedSince(QSignalSpy &spy, int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                return spy.count() > 0 && sync()->status().pending == 0 &&
                       sync()->status().state != ui::SyncStatus::State::Syncing;
            },
            timeoutMs);
    }
    QString statusText() const { return m_window->syncStatusButton()->text(); }
    void shoot(QWidget *w, const QString &name)
    {
        QVERIFY(w->grab().save(QDir(m_shots).filePath(name + u".png")));
    }
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        qputenv("CRM_NO_KEYCHAIN", "1");
        qputenv("CRM_SERVER_FAST_HASH", "1");
        m_shots =
            qEnvironmentVariable("CRM_SCREENSHOT_DIR", QStringLiteral("/tmp/crm-sync-screens"));
        QDir().mkpath(m_shots);

        const QString serverBinary = qEnvironmentVariable("CRM_SERVER_BINARY");
        QVERIFY(QFileInfo::exists(serverBinary));
        for (const char *user : {"anna", "bob"}) {
            const Run r = run(serverBinary,
                              {QStringLiteral("user"), QStringLiteral("add"),
                               QString::fromLatin1(user), QStringLiteral("--team"),
                               QStringLiteral("riga"), QStringLiteral("--password-stdin"),
                               QStringLiteral("--database"), serverDatabase()},
                              QByteArray(user) + "-secret\n");
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        m_server.start(serverBinary, {QStringLiteral("serve"), QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure"),
                                      QStringLiteral("--database"), serverDatabase()});
        QVERIFY(m_server.waitForStarted(10000));
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            m_server.waitForReadyRead(100);
            out += m_server.readAllStandardOutput();
        }
        const auto match = QRegularExpression(QStringLiteral("listening on (http://\\S+)"))
                               .match(QString::fromUtf8(out));
        QVERIFY2(match.hasMatch(), out.constData());
        m_url = match.captured(1);

        core::Database::Options options;
        options.localUser = QStringLiteral("laptop-user");
        auto db = core::Database::open(m_dir.filePath(QStringLiteral("app.sqlite")), options);
        QVERIFY(db);
        m_db = db.value();
        m_window = std::make_unique<ui::MainWindow>(m_db);
        sync()->setIntervals(150, 60000, 300, 1200);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            m_server.waitForFinished(5000);
        }
    }

    void notSignedIn()
    {
        QCOMPARE(statusText(), QStringLiteral("Not syncing"));
        QVERIFY(!sync()->isSignedIn());
    }

    void signInThroughSettings()
    {
        // The deal board stays open through the sign-in (see the end).
        m_window->showDealBoard();
        ui::DealBoard *board = nullptr;
        QTRY_VERIFY((board = test::findVisible<ui::DealBoard>(QStringLiteral("dealBoard"))));
        auto *pipelines = board->findChild<QComboBox *>(QStringLiteral("pipelineCombo"));
        QVERIFY(pipelines);
        QCOMPARE(pipelines->currentData().toByteArray(), core::DefaultPipeline::pipelineId());

        auto *action = m_window->findChild<QAction *>(QStringLiteral("syncSettingsAction"));
        QVERIFY(action);
        action->trigger();
        auto *settings = test::waitForDialog<ui::SettingsDialog>(QStringLiteral("settingsDialog"));
        QVERIFY(settings);
        QCOMPARE(settings->currentPage(), QStringLiteral("sync"));
        auto *dialog =
            settings->findChild<ui::SyncSettingsPage *>(QStringLiteral("syncSettingsPage"));
        QVERIFY(dialog && dialog->isVisible());
        auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("syncServerEdit"));
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("syncUserEdit"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("syncPasswordEdit"));
        auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("syncSignInButton"));
        QVERIFY(server && user && password && signIn);

        // Nothing typed: each field says what it needs.
        QTest::mouseClick(signIn, Qt::LeftButton);
        auto *serverError = dialog->findChild<QLabel *>(QStringLiteral("serverError"));
        QVERIFY(serverError && serverError->isVisible());

        server->setFocus();
        QTest::keyClicks(server, m_url);
        QTest::keyClicks(user, QStringLiteral("anna"));
        QTest::keyClicks(password, QStringLiteral("wrong"));
        QTest::mouseClick(signIn, Qt::LeftButton);
        auto *passwordError = dialog->findChild<QLabel *>(QStringLiteral("passwordError"));
        QVERIFY(passwordError);
        QTRY_VERIFY_WITH_TIMEOUT(passwordError->isVisible(), 10000);
        QVERIFY2(passwordError->text().contains(u"wrong"), qPrintable(passwordError->text()));
        QVERIFY(!sync()->isSignedIn());

        password->clear();
        QTest::keyClicks(password, QStringLiteral("anna-secret"));
        QTest::keyClick(password, Qt::Key_Return);
        auto *account = dialog->findChild<QLabel *>(QStringLiteral("syncAccountLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(account->isVisible(), 10000);
        QVERIFY2(account->text().contains(u"anna") && account->text().contains(u"riga"),
                 qPrintable(account->text()));
        QVERIFY(sync()->isSignedIn());
        QCOMPARE(m_db->localUser(), QStringLiteral("anna"));
        QTRY_COMPARE_WITH_TIMEOUT(statusText(), QStringLiteral("Synced"), 10000);
        shoot(settings, QStringLiteral("sync-settings"));
        settings->close();

        // Signing in gave the default pipeline the team's ids: the open board shows it.
        const QByteArray riga = core::DefaultPipeline::pipelineId(QStringLiteral("riga"));
        QTRY_COMPARE(pipelines->currentData().toByteArray(), riga);
        QCOMPARE(pipelines->count(), 1);
        QCOMPARE(board->model()->pipelineId(), riga);
        QVERIFY(board->findChild<QLabel *>(QStringLiteral("stageHeader0")));
        QVERIFY(!board->findChild<QLabel *>(QStringLiteral("boardMessage"))->isVisible());
        board->close();
    }

    void conflictTold()
    {
        // A contact made in the app reaches the server.
        m_window->newContact();
        auto *form = test::waitForDialog<ui::ContactDialog>(QStringLiteral("contactDialog"));
        QVERIFY(form);
        test::typeText(form->findChild<QLineEdit *>(QStringLiteral("firstNameEdit")),
                       QStringLiteral("Jānis"));
        test::typeText(form->findChild<QLineEdit *>(QStringLiteral("lastNameEdit")),
                       QStringLiteral("Bērziņš"));
        QSignalSpy created(sync(), &ui::SyncController::syncFinished);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!form->isVisible());
        QVERIFY(syncedSince(created));
        QCOMPARE(statusText(), QStringLiteral("Synced"));
        QCOMPARE(m_window->contactsModel()->rowCount(), 1);
        const QByteArray id = m_window->contactsModel()->idAt(0);
        const QString idText = core::Uuid::toString(id);

        // The second laptop signs in and receives it.
        const Run login = cli({QStringLiteral("account"), QStringLiteral("login"),
                               QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                               QStringLiteral("bob"), QStringLiteral("--password-stdin")},
                              "bob-secret\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const QJsonObject first = cliJson({QStringLiteral("sync")});
        QVERIFY2(first[u"pulled"].toInt() == 1, QJsonDocument(first).toJson().constData());

        // The app changes the city (and sends it); the other laptop, not having seen that,
        // changes it too, later.
        m_window->openContact(id);
        form = test::waitForDialog<ui::ContactDialog>(QStringLiteral("contactDialog"));
        QVERIFY(form);
        test::typeText(form->findChild<QLineEdit *>(QStringLiteral("cityEdit")),
                       QStringLiteral("Rīga"));
        QSignalSpy edited(sync(), &ui::SyncController::syncFinished);
        QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!form->isVisible());
        QVERIFY(syncedSince(edited));
        QCOMPARE(statusText(), QStringLiteral("Synced"));
        QTest::qWait(20);
        QCOMPARE(cli({QStringLiteral("contact"), QStringLiteral("edit"), idText,
                      QStringLiteral("--city"), QStringLiteral("Jūrmala")})
                     .exitCode,
                 0);
        QCOMPARE(cliJson({QStringLiteral("sync")})[u"pushed"].toInt(), 1);

        // An open form without edits shows what arrives; the list keeps the selection.
        QItemSelectionModel *selection = m_window->contactsView()->selectionModel();
        selection->setCurrentIndex(m_window->contactsModel()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection->selectedRows().size(), 1);
        m_window->openContact(id);
        form = test::waitForDialog<ui::ContactDialog>(QStringLiteral("contactDialog"));
        QVERIFY(form);
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("cityEdit"))->text(),
                 QStringLiteral("Rīga"));

        // Sync now (F5; the open form is window-modal, so through the action).
        auto *syncNow = m_window->findChild<QAction *>(QStringLiteral("syncNowAction"));
        QVERIFY(syncNow && syncNow->isEnabled());
        QCOMPARE(syncNow->shortcut(), QKeySequence(Qt::Key_F5));
        syncNow->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(sync()->status().conflicts == 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(), QStringLiteral("Needs attention: 1 conflict"),
                                  5000);
        QTRY_COMPARE(form->findChild<QLineEdit *>(QStringLiteral("cityEdit"))->text(),
                     QStringLiteral("Jūrmala"));
        auto *notice = form->findChild<QLabel *>(QStringLiteral("conflictNotice"));
        QVERIFY(notice && notice->isVisible());
        form->reject();
        QTRY_VERIFY(!form->isVisible());
        QCOMPARE(
            m_window->contactsModel()->index(0, core::ContactListModel::City).data().toString(),
            QStringLiteral("Jūrmala"));
        QCOMPARE(selection->selectedRows().size(), 1);
        QCOMPARE(selection->selectedRows().first().row(), 0);
        QCOMPARE(selection->currentIndex().row(), 0);
        QVERIFY(m_window->conflictedRecords().contains(id));
        shoot(m_window.get(), QStringLiteral("main-window-conflict"));
        shoot(m_window->statusBar(), QStringLiteral("status-bar-attention"));

        // The status bar opens the inbox, which tells the conflict in words.
        QTest::mouseClick(m_window->syncStatusButton(), Qt::LeftButton);
        ui::ConflictsDialog *inbox = nullptr;
        QTRY_VERIFY((inbox = test::findVisible<ui::ConflictsDialog>(
                         QStringLiteral("conflictsDialog"))) != nullptr);
        auto *sentence = inbox->findChild<QLabel *>(QStringLiteral("conflictSentence"));
        QVERIFY(sentence);
        QVERIFY2(sentence->text().startsWith(
                     QStringLiteral("bob changed City to “Jūrmala” while you changed it to "
                                    "“Rīga”, ")),
                 qPrintable(sentence->text()));
        QVERIFY(inbox->findChild<QPushButton *>(QStringLiteral("keepBothButton")) == nullptr);
        inbox->resize(700, 320);
        shoot(inbox, QStringLiteral("conflicts-inbox"));

        QSignalSpy resolved(sync(), &ui::SyncController::syncFinished);
        QTest::mouseClick(inbox->findChild<QPushButton *>(QStringLiteral("useMineButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(inbox->findChild<QLabel *>(QStringLiteral("conflictSentence")) == nullptr);
        QVERIFY(syncedSince(resolved));
        QCOMPARE(statusText(), QStringLiteral("Synced"));
        QVERIFY(!m_window->conflictedRecords().contains(id));
        QCOMPARE(
            m_window->contactsModel()->index(0, core::ContactListModel::City).data().toString(),
            QStringLiteral("Rīga"));
        inbox->close();

        // The other laptop gets the app's value with its next sync.
        QVERIFY(cliJson({QStringLiteral("sync")})[u"pulled"].toInt() >= 1);
        QCOMPARE(cliJson({QStringLiteral("contact"), QStringLiteral("show"), idText})[u"city"]
                     .toString(),
                 QStringLiteral("Rīga"));
    }

    // While receiving, the status bar says how many of about how many (the server tells how
    // far its log goes); on the last page the count is exact.
    void receivingTellsHowFar()
    {
        for (int i = 0; i < 3; ++i) {
            const Run added =
                cli({QStringLiteral("contact"), QStringLiteral("add"),
                     QStringLiteral("--first-name"), QStringLiteral("Ilze"),
                     QStringLiteral("--last-name"), QStringLiteral("Ozola %1").arg(i)});
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
        const QJsonObject sent = cliJson({QStringLiteral("sync")});
        QVERIFY2(sent[u"pushed"].toInt() == 3, QJsonDocument(sent).toJson().constData());

        QList<ui::SyncStatus> seen;
        auto connection = connect(sync(), &ui::SyncController::statusChanged, this,
                                  [&](const ui::SyncStatus &status) { seen << status; });
        QSignalSpy finished(sync(), &ui::SyncController::syncFinished);
        sync()->syncNow();
        QVERIFY(syncedSince(finished));
        disconnect(connection);
        const auto receiving = std::find_if(seen.cbegin(), seen.cend(), [](const auto &s) {
            return s.state == ui::SyncStatus::State::Syncing && s.estimate && s.total > 0;
        });
        QVERIFY(receiving != seen.cend());
        QCOMPARE(receiving->done, 3);
        QCOMPARE(receiving->total, 3);
        QCOMPARE(ui::SyncStatusButton::describe(*receiving),
                 QStringLiteral("Syncing… 3 of about 3 received"));
        // How the status bar shows it (the real sync passed too fast to catch on screen).
        ui::SyncStatus longer = *receiving;
        longer.done = 240000;
        longer.total = 1100000;
        m_window->syncStatusButton()->setStatus(longer);
        QCOMPARE(statusText(), QStringLiteral("Syncing… 240,000 of about 1,100,000 received"));
        auto *button = m_window->syncStatusButton();
        QTRY_VERIFY(button->width() >= button->sizeHint().width()); // laid out, not elided
        shoot(m_window->statusBar(), QStringLiteral("sync-receiving"));
        m_window->syncStatusButton()->setStatus(sync()->status());
        QCOMPARE(statusText(), QStringLiteral("Synced"));
        // Sending counts exactly.
        ui::SyncStatus sending = *receiving;
        sending.estimate = false;
        sending.done = 2;
        sending.total = 5;
        QCOMPARE(ui::SyncStatusButton::describe(sending), QStringLiteral("Syncing… 2 of 5"));
    }

    void offlineWhenTheServerIsGone()
    {
        m_server.terminate();
        QVERIFY(m_server.waitForFinished(5000));
        const QByteArray id = m_window->contactsModel()->idAt(0);
        m_window->openContact(id);
        auto *form = test::waitForDialog<ui::ContactDialog>(QStringLiteral("contactDialog"));
        QVERIFY(form);
        test::typeText(form->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                       QStringLiteral("Valdes loceklis"));
        QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!form->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(statusText(), QStringLiteral("Offline — 1 change waiting"),
                                  10000);
        // It keeps trying, backing off.
        const int first = sync()->retryDelay();
        QVERIFY(first > 0);
        QTRY_VERIFY_WITH_TIMEOUT(sync()->retryDelay() > first, 5000);
        shoot(m_window->statusBar(), QStringLiteral("status-bar-offline"));

        // The outbox lists the waiting change in words.
        QTest::mouseClick(m_window->syncStatusButton(), Qt::LeftButton);
        ui::OutboxDialog *outbox = nullptr;
        QTRY_VERIFY((outbox = test::findVisible<ui::OutboxDialog>(
                         QStringLiteral("outboxDialog"))) != nullptr);
        QTableWidget *pending = outbox->pendingTable();
        QCOMPARE(pending->rowCount(), 1);
        QCOMPARE(pending->item(0, 0)->text(), QStringLiteral("Contact"));
        QCOMPARE(pending->item(0, 1)->text(), QStringLiteral("Jānis Bērziņš"));
        QCOMPARE(pending->item(0, 2)->text(), QStringLiteral("Title"));
        QCOMPARE(pending->item(0, 3)->text(), QStringLiteral("“Valdes loceklis”"));
        shoot(outbox, QStringLiteral("outbox"));
        outbox->close();

        // The sync log (Ctrl+Shift+L) tells the same story: offline now, synced before.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        ui::SyncLogDialog *log = nullptr;
        QTRY_VERIFY((log = test::findVisible<ui::SyncLogDialog>(QStringLiteral("syncLogDialog"))) !=
                    nullptr);
        QTableWidget *lines = log->table();
        QVERIFY(lines->rowCount() >= 2);
        QCOMPARE(lines->item(0, 1)->text(), QStringLiteral("Offline"));
        QVERIFY2(lines->item(0, 0)->text().contains(QStringLiteral("times since")),
                 qPrintable(lines->item(0, 0)->text())); // it kept trying
        QVERIFY(!lines->item(0, 5)->text().isEmpty());   // and says why
        bool synced = false;
        for (int r = 1; r < lines->rowCount(); ++r)
            synced = synced || lines->item(r, 1)->text() == QStringLiteral("Synced");
        QVERIFY(synced);
        QVERIFY(log->summary()->text().startsWith(QStringLiteral("Last successful sync:")));
        shoot(log, QStringLiteral("sync-log"));
        log->close();
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
