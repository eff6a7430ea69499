// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace accord {

// Changes to a finished PDF written as an incremental update (PDF 1.7, 7.5.6):
// the new or changed objects appended after the file, a cross-reference section
// for them and a trailer pointing at the previous one. The original bytes stay
// as they are, so a reader that ignores the update still opens the file.
//
// Reads what the changes need: the cross-reference tables (every section of the
// chain), any object by number, a stream's data (Flate-compressed or not) and
// the pages' content streams. Made for the files Qt's PDF writer produces
// (classic cross-reference tables, no object streams); anything else is
// reported as not understood rather than guessed at.
class PdfUpdate {
public:
    struct Object {
        QByteArray dictionary; // "<< … >>", or the whole body of an object without a stream
        QByteArray stream; // the raw (still encoded) data of a stream object
        bool hasStream = false;
    };

    explicit PdfUpdate(const QByteArray &pdf);

    // The file's trailer and cross-references could be read.
    bool isValid() const { return m_valid; }

    std::optional<Object> object(int number) const;
    // The decoded data of a stream object (FlateDecode or no filter).
    std::optional<QByteArray> streamData(int number) const;
    // The object numbers of the pages' content streams, page by page.
    QList<int> contentStreams() const;
    // The number of the trailer's /Info dictionary, or -1.
    int infoObject() const { return m_info; }

    // Object `number` becomes `body` ("<< … >>" or any PDF object).
    void replace(int number, const QByteArray &body);
    // Object `number` becomes a stream of `data`, Flate-compressed.
    void replaceStream(int number, const QByteArray &data);
    // A new object; returns its number.
    int add(const QByteArray &body);
    // The trailer's /Info points at object `number`.
    void setInfo(int number) { m_info = number; }

    bool isEmpty() const { return m_changes.isEmpty() && m_info == m_originalInfo; }
    // The file with the update appended; the file unchanged when nothing changed
    // or it could not be read.
    QByteArray applied() const;

    // A PDF text string: UTF-16BE with a byte order mark, in hex so no character
    // of the text can end the string.
    static QByteArray textString(const QString &text);

private:
    bool readSection(qsizetype at, int depth);
    QByteArray dictionaryValue(const QByteArray &dictionary, const char *key) const;
    QList<int> references(const QByteArray &value) const;
    void collectContents(int pagesOrPage, QList<int> &out, int depth) const;

    QByteArray m_pdf;
    bool m_valid = false;
    QMap<int, qsizetype> m_offsets; // object number → byte offset
    int m_size = 0;
    QByteArray m_root;
    int m_info = -1;
    int m_originalInfo = -1;
    qsizetype m_lastXref = -1;
    QMap<int, QByteArray> m_changes;
};

} // namespace accord
