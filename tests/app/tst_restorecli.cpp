// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "../support/testdata.h"
#include "clitestsupport.h"
#include "storage/backupmanager.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace accord;

// `accord restore` with other Accord processes about: it never swaps the file
// under a window or a command that has it open, and an import that says it
// succeeded is never lost, whatever the timing.
class TestRestoreCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliRun accord(const QStringList &args) const
    {
        return test::runAccord(args, m_dir.path());
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("ACCORD_WORKSPACE"));
        return env;
    }

    void start(QProcess &p, const QStringList &args) const
    {
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(ACCORD_BINARY), args);
    }

    // Whether some process holds the workspace (the lock every Accord process takes).
    static bool heldByAnother(const QString &file)
    {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
        ::close(fd);
        return held;
    }

    QStringList titles(const QString &workspace) const
    {
        QStringList result;
        for (const QString &line :
            accord({u"list"_qs, u"--workspace"_qs, workspace}).out.split(u'\n', Qt::SkipEmptyParts))
            result << line.mid(34, 36).trimmed();
        return result;
    }

    // A plan file with its own title, so that where it went can be told; with
    // `rows` more milestones and risks, storing it takes a while.
    QString planFile(const QString &title, int rows = 0) const
    {
        QByteArray yaml = test::dataFile("acme-corp.yaml");
        yaml.replace("plan:\n", "plan:\n  title: \"" + title.toUtf8() + "\"\n");
        if (rows > 0) {
            yaml += "milestones:\n";
            for (int i = 0; i < rows; ++i)
                yaml += "  - name: \"Step " + QByteArray::number(i) + "\"\n    notes: \""
                    + QByteArray(200, 'n') + "\"\n";
            yaml += "glossary_entries:\n";
            for (int i = 0; i < rows; ++i)
                yaml += "  - term: \"Term " + QByteArray::number(i) + "\"\n    definition: \""
                    + QByteArray(200, 'd') + "\"\n";
        }
        const QString file = path(title + u".yaml"_qs);
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(yaml);
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A window has the workspace open: the restore is refused, nothing changes;
    // once the window is closed, the restore goes ahead.
    void refusedWhileAWindowHasIt()
    {
        const QString ws = path(u"window.accord"_qs);
        QCOMPARE(accord({u"import"_qs, planFile(u"Kept"_qs), u"--workspace"_qs, ws}).exitCode, 0);
        QCOMPARE(accord({u"backups"_qs, u"--create"_qs, u"--workspace"_qs, ws}).exitCode, 0);
        const QString backup = BackupManager(ws).list().front().path;
        QCOMPARE(accord({u"import"_qs, planFile(u"Later"_qs), u"--workspace"_qs, ws}).exitCode, 0);

        QProcess window;
        start(window, {u"--workspace"_qs, ws});
        QTRY_VERIFY_WITH_TIMEOUT(heldByAnother(ws), 60000);
        const QByteArray before = test::sha256Of(ws);
        const std::size_t backups = BackupManager(ws).list().size();
        const test::CliRun refused = accord({u"restore"_qs, backup, u"--workspace"_qs, ws});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"is open in another Accord window or command. Close it "
                                      "there and try again; nothing was changed."_qs),
            qPrintable(refused.err));
        QCOMPARE(test::sha256Of(ws), before);
        QCOMPARE(BackupManager(ws).list().size(), backups);

        window.terminate();
        QVERIFY(window.waitForFinished(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!heldByAnother(ws), 10000);
        const test::CliRun restored = accord({u"restore"_qs, backup, u"--workspace"_qs, ws});
        QCOMPARE(restored.exitCode, 0);
        QCOMPARE(titles(ws).mid(1), QStringList {u"Kept"_qs});
    }

    // Imports and restores started together, round after round: each import that
    // reports success has its plan in the workspace or, when a restore came after
    // it, in the backup that restore kept; a refused restore says why.
    void importsAndRestoresRace()
    {
        const QString ws = path(u"race.accord"_qs);
        QCOMPARE(accord({u"import"_qs, planFile(u"Base"_qs), u"--workspace"_qs, ws}).exitCode, 0);
        // Enough plans that backing it up before each import takes a moment.
        QCOMPARE(
            accord({u"generate"_qs, u"--plans"_qs, u"300"_qs, u"--workspace"_qs, ws}).exitCode, 0);
        QCOMPARE(accord({u"backups"_qs, u"--create"_qs, u"--workspace"_qs, ws}).exitCode, 0);
        const QString backup = m_dir.filePath(u"base-backup.accord"_qs);
        QVERIFY(QFile::copy(BackupManager(ws).list().front().path, backup));
        const int rounds = qEnvironmentVariableIntValue("ACCORD_RACE_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("ACCORD_RACE_ROUNDS")
            : 6;
        int refused = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString title = QStringLiteral("Round %1").arg(round);
            // Even rounds: a plan large enough that its import holds the workspace
            // well beyond the time a restore takes to start.
            const QString file = planFile(title, round % 2 == 0 ? 2500 : 0);
            QProcess import;
            QProcess restore;
            if (round % 2 == 0) { // the restore comes while the import has the workspace
                start(import, {u"import"_qs, file, u"--workspace"_qs, ws});
                QDeadlineTimer patience(60000);
                while (!heldByAnother(ws) && import.state() != QProcess::NotRunning
                    && !patience.hasExpired())
                    QThread::msleep(2);
                start(restore, {u"restore"_qs, backup, u"--workspace"_qs, ws});
            } else { // the import comes while the restore swaps the file
                start(restore, {u"restore"_qs, backup, u"--workspace"_qs, ws});
                start(import, {u"import"_qs, file, u"--workspace"_qs, ws});
            }
            QVERIFY(import.waitForFinished(120000));
            QVERIFY(restore.waitForFinished(120000));
            const QString restoreErr = QString::fromUtf8(restore.readAllStandardError());
            refused += restore.exitCode() != 0;
            QVERIFY2(restore.exitCode() == 0
                    || restoreErr.contains(u"is open in another Accord window or command"_qs),
                qPrintable(restoreErr));
            QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
            bool found = titles(ws).contains(title);
            for (const BackupManager::Backup &b : BackupManager(ws).list())
                found = found || (b.reason == u"before-restore" && titles(b.path).contains(title));
            QVERIFY2(found, qPrintable(title + u" was imported and then lost"_qs));
            QCOMPARE(accord({u"check"_qs, u"1"_qs, u"--workspace"_qs, ws}).exitCode, 0);
        }
        QVERIFY2(refused >= (rounds + 1) / 2,
            qPrintable(QStringLiteral("%1 of %2 restores were refused").arg(refused).arg(rounds)));
    }
};

QTEST_GUILESS_MAIN(TestRestoreCli)
#include "tst_restorecli.moc"
