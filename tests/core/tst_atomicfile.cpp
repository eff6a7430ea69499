// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

// Every file Accord writes goes through AtomicFile: complete or as it was.
class TestAtomicFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Nothing but the files named is left in the folder (no temporary file).
    void onlyThese(const QStringList &names) const
    {
        QStringList found = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        found.sort();
        QStringList expected = names;
        expected.sort();
        QCOMPARE(found, expected);
    }

private slots:
    void init()
    {
        for (const QString &name :
            QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System))
            QFile::remove(path(name));
    }

    void writesANewFile()
    {
        QVERIFY(AtomicFile::write(path(u"new.yaml"_qs), "content\n"));
        QCOMPARE(read(path(u"new.yaml"_qs)), QByteArray("content\n"));
        onlyThese({u"new.yaml"_qs});
    }

    void replacesAFileAndKeepsItsPermissions()
    {
        const QString file = path(u"plan.md"_qs);
        QVERIFY(AtomicFile::write(file, "old"));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(AtomicFile::write(file, "new"));
        QCOMPARE(read(file), QByteArray("new"));
        QCOMPARE(QFile::permissions(file) & 0x7077, QFile::ReadOwner | QFile::WriteOwner);
        onlyThese({u"plan.md"_qs});
    }

    void followsASymbolicLink()
    {
        const QString target = path(u"target.json"_qs);
        const QString link = path(u"link.json"_qs);
        QVERIFY(AtomicFile::write(target, "old"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(AtomicFile::write(link, "new"));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(read(target), QByteArray("new"));
    }

    void discardedWriteLeavesTheOldFile()
    {
        const QString file = path(u"kept.csv"_qs);
        QVERIFY(AtomicFile::write(file, "good"));
        {
            AtomicFile half(file);
            QVERIFY(half.open());
            QVERIFY(half.write("half of a"));
            QVERIFY(QFile::exists(half.temporaryPath()));
        } // never committed: as a failed export would leave it
        QCOMPARE(read(file), QByteArray("good"));
        onlyThese({u"kept.csv"_qs});
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing folder")
            << u"no-such-folder/x.yaml"_qs << u"no-such-folder does not exist"_qs;
        QTest::newRow("a folder") << u"."_qs << u"is a folder"_qs;
        QTest::newRow("full device") << u"/dev/full"_qs << u"No space left on device"_qs;
    }

    void refusals()
    {
        QFETCH(QString, target);
        QFETCH(QString, message);
        const QString file = target.startsWith(u'/') ? target : path(target);
        const Result<void> written = AtomicFile::write(file, QByteArray(100000, 'x'));
        QVERIFY(!written);
        QVERIFY2(written.error().contains(message), qPrintable(written.error()));
        onlyThese({});
    }

    // A device is written in place: it cannot be replaced by a rename.
    void writesToADevice()
    {
        QVERIFY(AtomicFile::write(u"/dev/null"_qs, "into the void"));
        QVERIFY(QFileInfo(u"/dev/null"_qs).exists());
    }

    void publishesAFileWrittenElsewhere()
    {
        const QString written = path(u".backup.part"_qs);
        QFile f(written);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("snapshot");
        f.close();
        QVERIFY(AtomicFile::publish(written, path(u"backup.accord"_qs)));
        QCOMPARE(read(path(u"backup.accord"_qs)), QByteArray("snapshot"));
        onlyThese({u"backup.accord"_qs});
        QVERIFY(!AtomicFile::publish(path(u"gone.part"_qs), path(u"other.accord"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
