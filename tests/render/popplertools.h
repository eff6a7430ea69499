// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace accord::test {

// Reading PDFs back with poppler-utils (pdftotext, pdfinfo, pdffonts, pdfimages).
inline QString runTool(const QString &tool, const QStringList &args, bool *ok = nullptr)
{
    QProcess p;
    p.start(tool, args);
    const bool finished
        = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = finished;
    if (!finished)
        qWarning("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The text in content order (-raw: the order it was drawn, so a table cell's
// lines stay together), whitespace simplified. Pages first..last, 0: all.
inline QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList args {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last > 0 ? last : first);
    args << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args).simplified();
}

// pdfinfo's "Key: value" lines.
inline QString pdfInfo(const QString &pdf, const QString &key)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression line(
        QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(key)),
        QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

inline int pdfPages(const QString &pdf)
{
    return pdfInfo(pdf, QStringLiteral("Pages")).toInt();
}

// Finds each needle after the previous one; the first one missing, or empty.
inline QString missingInOrder(const QString &text, const QStringList &needles)
{
    qsizetype at = 0;
    for (const QString &needle : needles) {
        const qsizetype found = text.indexOf(needle.simplified(), at);
        if (found < 0)
            return needle;
        at = found + 1;
    }
    return {};
}

} // namespace accord::test
