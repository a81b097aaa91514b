// SPDX-License-Identifier: GPL-3.0-or-later
// The real `crm` binary: command line, refusing a foreign file untouched, first start.
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.path()); // settings and data stay here
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("CRM_DATABASE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CRM_BINARY), arguments);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"crm "));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--database"));
        QVERIFY(!help.out.contains(u"--screenshot")); // hidden
        const Run bad = run({QStringLiteral("--no-such-option")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(u"no-such-option"));
    }

    void foreignFileIsRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n");
        f.close();
        const QByteArray before = digest(path);
        const Run r = run({QStringLiteral("--database"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"could not be opened"), qPrintable(r.err));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"));
    }

    void firstStartCreatesTheDatabaseAndShowsTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/crm.sqlite"));
        const QString shot = m_dir.filePath(QStringLiteral("shot.png"));
        const Run r =
            run({QStringLiteral("--database"), path, QStringLiteral("--screenshot"), shot});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(path));
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
