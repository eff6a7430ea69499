// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace accord {

// The document information of a PDF (what `pdfinfo` shows). QPdfWriter of Qt 6.4
// writes only a title and a creator, so the rest is added as an incremental update
// (PDF 1.7, 7.5.6): the information dictionary written again with every entry,
// a cross-reference section for it and a trailer pointing at the previous one.
struct PdfInfoDictionary {
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString producer;
    QDateTime created = QDateTime::currentDateTimeUtc();

    // The PDF with this dictionary as its information; the PDF unchanged when its
    // trailer cannot be read (then *ok is false).
    QByteArray appliedTo(const QByteArray &pdf, bool *ok = nullptr) const;
    // The same values as XMP metadata, which readers may prefer to the dictionary.
    QByteArray xmp() const;
};

} // namespace accord
