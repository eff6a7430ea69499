// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/fullplan.h"
#include "../support/testdata.h"
#include "clitestsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace accord;

// `accord export` never writes over a workspace, never reports a file it did not
// write, and never leaves a file half-written; wrong usage exits 2.
class TestExportSafety : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliRun accord(const QStringList &args) const
    {
        return test::runAccord(args, m_dir.path());
    }

    // accord with its standard output going to file (/dev/full, say).
    test::CliRun accordOutputTo(const QStringList &args, const QString &file) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg-data")));
        env.remove(QStringLiteral("ACCORD_WORKSPACE"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.setStandardOutputFile(file);
        p.start(QStringLiteral(ACCORD_BINARY), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), {}, QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList exportArgs(const QString &format, const QString &out) const
    {
        return {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), format,
            QStringLiteral("-o"), out, QStringLiteral("--workspace"), m_workspace};
    }

    static QStringList formats()
    {
        return {QStringLiteral("yaml"), QStringLiteral("json"), QStringLiteral("md"),
            QStringLiteral("ics"), QStringLiteral("html"), QStringLiteral("pdf")};
    }

    // The workspace, its log and its backups, by content.
    QMap<QString, QByteArray> workspaceFiles() const
    {
        QMap<QString, QByteArray> files;
        for (const QString &name : {m_workspace, m_workspace + u"-wal"_qs})
            files.insert(name, test::sha256Of(name));
        const QDir backups(m_workspace + u".backups"_qs);
        for (const QString &name : backups.entryList(QDir::Files | QDir::Hidden))
            files.insert(name, test::sha256Of(backups.filePath(name)));
        return files;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = path(u"w.accord"_qs);
        QCOMPARE(
            accord({u"import"_qs, test::dataPath("acme-corp.yaml"), u"--workspace"_qs, m_workspace})
                .exitCode,
            0);
        QCOMPARE(
            accord({u"backups"_qs, u"--create"_qs, u"--workspace"_qs, m_workspace}).exitCode, 0);
        QVERIFY(QFile::link(m_workspace, path(u"alias.yaml"_qs)));
    }

    // Not over the workspace, its companions or its backups, in any format.
    void neverOverTheWorkspace_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("message");
        const QString backup = QDir(m_workspace + u".backups"_qs).entryList(QDir::Files).first();
        for (const QString &format : formats()) {
            const QByteArray f = format.toLatin1();
            QTest::newRow(f + " onto the workspace")
                << format << u"w.accord"_qs << u"w.accord is an Accord workspace"_qs;
            QTest::newRow(f + " onto its log")
                << format << u"w.accord-wal"_qs << u"(its journal)"_qs;
            QTest::newRow(f + " onto its shared memory")
                << format << u"w.accord-shm"_qs << u"(its journal)"_qs;
            QTest::newRow(f + " onto a backup")
                << format << u"w.accord.backups/"_qs + backup << u"is an Accord workspace"_qs;
            QTest::newRow(f + " into the backups folder")
                << format << u"w.accord.backups/new."_qs + format << u"in the backups folder"_qs;
            QTest::newRow(f + " through a link")
                << format << u"alias.yaml"_qs << u"alias.yaml is an Accord workspace"_qs;
        }
        QTest::newRow("csv into the backups folder")
            << u"csv"_qs << u"w.accord.backups"_qs << u"in the backups folder"_qs;
    }

    void neverOverTheWorkspace()
    {
        QFETCH(QString, format);
        QFETCH(QString, out);
        QFETCH(QString, message);
        const auto before = workspaceFiles();
        const test::CliRun run = accord(exportArgs(format, out));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QCOMPARE(workspaceFiles(), before);
        QCOMPARE(accord({u"list"_qs, u"--workspace"_qs, m_workspace}).exitCode, 0);
    }

    // A device that is full: the export fails with the system's reason.
    void fullDeviceFails_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : formats())
            QTest::newRow(format.toLatin1()) << format;
        QTest::newRow("csv table") << u"csv"_qs;
    }

    void fullDeviceFails()
    {
        QFETCH(QString, format);
        QStringList args = exportArgs(format, u"/dev/full"_qs);
        if (format == u"csv")
            args << u"--table"_qs << u"milestone"_qs;
        const test::CliRun run = accord(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"/dev/full could not be written: No space left on device."_qs),
            qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"Exported"_qs), qPrintable(run.out));
    }

    // -o - to a standard output that cannot take it.
    void fullStandardOutputFails_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : formats().mid(0, 5))
            QTest::newRow(format.toLatin1()) << format;
        QTest::newRow("csv table") << u"csv"_qs;
    }

    void fullStandardOutputFails()
    {
        QFETCH(QString, format);
        QStringList args = exportArgs(format, u"-"_qs);
        if (format == u"csv")
            args << u"--table"_qs << u"milestone"_qs;
        const test::CliRun run = accordOutputTo(args, u"/dev/full"_qs);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"standard output could not be written"_qs), qPrintable(run.err));
        const test::CliRun list
            = accordOutputTo({u"list"_qs, u"--workspace"_qs, m_workspace}, u"/dev/full"_qs);
        QCOMPARE(list.exitCode, 1);
        QVERIFY2(
            list.err.contains(u"standard output could not be written"_qs), qPrintable(list.err));
    }

    void devStdoutWorks()
    {
        const QString out = path(u"through-stdout.ics"_qs);
        const test::CliRun run = accordOutputTo(exportArgs(u"ics"_qs, u"/dev/stdout"_qs), out);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(test::readAll(out).startsWith("BEGIN:VCALENDAR\r\n"));
    }

    // Writing over a good file: the new content whole, the old one's permissions.
    void replacesAGoodFileWhole()
    {
        const QString out = path(u"plan.yaml"_qs);
        QVERIFY(QFile(out).open(QIODevice::WriteOnly));
        QVERIFY(QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(accord(exportArgs(u"yaml"_qs, out)).exitCode, 0);
        QVERIFY(test::readAll(out).contains("Acme Corp"));
        QCOMPARE(QFile::permissions(out) & 0x7077, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QDir(m_dir.path()).entryList({u".*.part"_qs}, QDir::Files | QDir::Hidden),
            QStringList());
    }

    // Every format refuses a missing folder alike; CSV creates only its own folder.
    void missingFoldersAreNotCreated_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : formats())
            QTest::newRow(format.toLatin1()) << format;
        QTest::newRow("csv") << u"csv"_qs;
    }

    void missingFoldersAreNotCreated()
    {
        QFETCH(QString, format);
        const test::CliRun run = accord(exportArgs(format, u"missing/deeper/out"_qs));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"missing/deeper does not exist"_qs)
                || run.err.contains(u"/missing/deeper does not exist"_qs),
            qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path(u"missing"_qs)));
    }

    void csvMakesItsOwnFolder()
    {
        QCOMPARE(accord(exportArgs(u"csv"_qs, u"tables"_qs)).exitCode, 0);
        QVERIFY(QFileInfo::exists(path(u"tables/milestone.csv"_qs)));
    }

    void wrongUsageExits2()
    {
        for (const QStringList &args : {QStringList {u"--bogus"_qs},
                 QStringList {u"--workspace"_qs, u"a.accord"_qs, u"b.accord"_qs, u"c.accord"_qs},
                 QStringList {u"bogus-command"_qs}}) {
            const test::CliRun run = accord(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(!run.err.isEmpty(), qPrintable(args.join(u' ')));
        }
    }

    // A pipe or device given as the workspace is refused at once, never waited on.
    void pipesAndDevicesAreNotWorkspaces_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::newRow("fifo") << path(u"pipe.accord"_qs);
        QTest::newRow("device") << u"/dev/zero"_qs;
    }

    void pipesAndDevicesAreNotWorkspaces()
    {
        QFETCH(QString, workspace);
        if (workspace.endsWith(u"pipe.accord"_qs) && !QFileInfo::exists(workspace))
            QCOMPARE(::mkfifo(QFile::encodeName(workspace).constData(), 0600), 0);
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(ACCORD_BINARY), {u"list"_qs, u"--workspace"_qs, workspace});
        QVERIFY2(p.waitForFinished(30000), "accord waited on a pipe or device");
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(p.readAllStandardError().contains("is not a regular file"), "no reason given");
    }
};

QTEST_GUILESS_MAIN(TestExportSafety)
#include "tst_exportsafety.moc"
