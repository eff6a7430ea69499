// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "../support/testdata.h"
#include "clitestsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

// A full disk, without root: every write under one folder fails with ENOSPC once
// a number of bytes went there (tests/support/diskfull, loaded with LD_PRELOAD).
// Whatever Accord was writing - an export in any format, a backup, an import, a
// restore - fails with the system's reason and leaves every file as it was.
class TestDiskFull : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // accord run with the folder full after `room` more bytes.
    test::CliRun accordFull(const QStringList &args, const QString &folder, qint64 room = 0) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg-data")));
        env.remove(QStringLiteral("ACCORD_WORKSPACE"));
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(ACCORD_DISKFULL_LIBRARY));
        env.insert(QStringLiteral("ASAN_OPTIONS"),
            env.value(QStringLiteral("ASAN_OPTIONS"))
                + QStringLiteral(":verify_asan_link_order=0"));
        env.insert(QStringLiteral("ACCORD_FULL_DIR"), folder);
        env.insert(QStringLiteral("ACCORD_FULL_AFTER"), QString::number(room));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(ACCORD_BINARY), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
    }

    test::CliRun accord(const QStringList &args) const
    {
        return test::runAccord(args, m_dir.path());
    }

    // Every file in a folder (and below) by content, temporary files included.
    static QMap<QString, QByteArray> contents(const QString &folder)
    {
        QMap<QString, QByteArray> files;
        QDir dir(folder);
        for (const QFileInfo &info :
            dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (info.isDir())
                files.insert(contents(info.filePath()));
            else
                files.insert(info.filePath(), test::sha256Of(info.filePath()));
        }
        return files;
    }

    QStringList plans() const
    {
        const test::CliRun run = accord({u"list"_qs, u"--workspace"_qs, m_workspace});
        return run.out.split(u'\n', Qt::SkipEmptyParts);
    }

    static QStringList exportArgs(const QString &format, const QString &out, const QString &ws)
    {
        QStringList args {
            u"export"_qs, u"1"_qs, u"--format"_qs, format, u"-o"_qs, out, u"--workspace"_qs, ws};
        if (format == u"csv" && out.endsWith(u".csv"))
            args << u"--table"_qs << u"milestone"_qs;
        return args;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"ws"_qs));
        QVERIFY(QDir(m_dir.path()).mkpath(u"out"_qs));
        m_workspace = path(u"ws/w.accord"_qs);
        QCOMPARE(
            accord({u"import"_qs, test::dataPath("acme-corp.yaml"), u"--workspace"_qs, m_workspace})
                .exitCode,
            0);
        // The shim itself: a write there fails, the same write elsewhere does not.
        QCOMPARE(accordFull(exportArgs(u"yaml"_qs, path(u"elsewhere.yaml"_qs), m_workspace),
                     path(u"out"_qs))
                     .exitCode,
            0);
    }

    // Over a good file, in every format: the old file stays, whole.
    void exportsLeaveTheOldFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("out");
        QTest::addColumn<qint64>("room");
        for (const char *format : {"yaml", "json", "md", "ics", "html", "pdf"}) {
            const QString f = QString::fromLatin1(format);
            QTest::newRow(format) << f << u"out/plan."_qs + f << qint64(0);
            QTest::newRow(QByteArray(format) + " half written")
                << f << u"out/plan."_qs + f << qint64(1000);
        }
        QTest::newRow("csv table") << u"csv"_qs << u"out/milestone.csv"_qs << qint64(0);
        QTest::newRow("csv folder") << u"csv"_qs << u"out/tables"_qs << qint64(0);
        QTest::newRow("csv folder half written") << u"csv"_qs << u"out/tables"_qs << qint64(3000);
    }

    void exportsLeaveTheOldFile()
    {
        QFETCH(QString, format);
        QFETCH(QString, out);
        QFETCH(qint64, room);
        QCOMPARE(accord(exportArgs(format, out, m_workspace)).exitCode, 0);
        const auto before = contents(path(u"out"_qs));
        const test::CliRun run
            = accordFull(exportArgs(format, out, m_workspace), path(u"out"_qs), room);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"No space left on device"_qs), qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"Exported"_qs), qPrintable(run.out));
        QCOMPARE(contents(path(u"out"_qs)), before);
    }

    void backupFailsCleanly()
    {
        QCOMPARE(
            accord({u"backups"_qs, u"--create"_qs, u"--workspace"_qs, m_workspace}).exitCode, 0);
        const auto before = contents(path(u"ws"_qs));
        const test::CliRun run
            = accordFull({u"backups"_qs, u"--create"_qs, u"--workspace"_qs, m_workspace},
                m_workspace + u".backups"_qs);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"The backup could not be written: the disk is full"_qs),
            qPrintable(run.err));
        QCOMPARE(contents(path(u"ws"_qs)), before);
    }

    // The backup made before an import cannot be written: nothing is imported.
    void importWithoutRoomForItsBackup()
    {
        const QStringList listed = plans();
        const test::CliRun run = accordFull(
            {u"import"_qs, test::dataPath("acme-corp.yaml"), u"--workspace"_qs, m_workspace},
            m_workspace + u".backups"_qs);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"the disk is full"_qs), qPrintable(run.err));
        QCOMPARE(plans(), listed);
    }

    // The workspace's own folder full: SQLite says so, the plan is not half stored.
    void importIntoAFullWorkspace()
    {
        const QStringList listed = plans();
        for (const qint64 room : {qint64(0), qint64(20000), qint64(200000)}) {
            const test::CliRun run = accordFull(
                {u"import"_qs, test::dataPath("acme-corp.yaml"), u"--workspace"_qs, m_workspace},
                path(u"ws"_qs), room);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(u"disk is full"_qs), qPrintable(run.err));
            QVERIFY2(!run.err.contains(u"input/output"_qs), qPrintable(run.err));
            QVERIFY2(!run.err.contains(u"QSql"_qs), qPrintable(run.err)); // no driver noise
            QCOMPARE(plans(), listed);
            QCOMPARE(accord({u"check"_qs, u"1"_qs, u"--workspace"_qs, m_workspace}).exitCode, 0);
        }
    }

    void restoreOntoAFullDisk()
    {
        const QString backup
            = QDir(m_workspace + u".backups"_qs).entryInfoList(QDir::Files).first().filePath();
        const QStringList listed = plans();
        const auto before = test::sha256Of(m_workspace);
        const test::CliRun run
            = accordFull({u"restore"_qs, backup, u"--workspace"_qs, m_workspace}, path(u"ws"_qs));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"No space left on device"_qs), qPrintable(run.err));
        QCOMPARE(test::sha256Of(m_workspace), before);
        QCOMPARE(plans(), listed);
        QCOMPARE(QDir(path(u"ws"_qs)).entryList({u".*.part"_qs}, QDir::Files | QDir::Hidden),
            QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
