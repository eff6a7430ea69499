// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace accord {

class PdfUpdate;

// The document information of a PDF (what `pdfinfo` shows). QPdfWriter of Qt 6.4
// writes only a title and a creator, so the rest is added by an incremental
// update: the information dictionary written again with every entry.
struct PdfInfoDictionary {
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString producer;
    QDateTime created = QDateTime::currentDateTimeUtc();

    // The update makes this dictionary the PDF's information.
    void addTo(PdfUpdate &update) const;
    // The same values as XMP metadata, which readers may prefer to the dictionary.
    QByteArray xmp() const;
};

} // namespace accord
