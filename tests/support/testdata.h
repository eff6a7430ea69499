// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

namespace accord::test {

// The example plans every test and benchmark reads live in tests/data, inside the
// repository. A missing or unreadable one stops the test at once, naming the file,
// rather than passing an empty document on to the code under test.
inline QString dataPath(const char *name)
{
    return QStringLiteral(ACCORD_TEST_DATA_DIR "/%1").arg(QString::fromUtf8(name));
}

inline QByteArray dataFile(const char *name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data %s cannot be read: %s", qPrintable(file.fileName()),
            qPrintable(file.errorString()));
    const QByteArray data = file.readAll();
    if (data.isEmpty())
        qFatal("test data %s is empty", qPrintable(file.fileName()));
    return data;
}

} // namespace accord::test
