// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace accord {

// One record of a CSV file and the line it starts on (1-based).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// Reads CSV as RFC 4180 defines it, and what spreadsheets write: UTF-8 with or
// without a byte-order mark, CRLF, LF or CR line ends, fields in double quotes
// with "" for a quote and line breaks inside (kept as "\n"). Blank lines are
// skipped. A quote inside an unquoted field, text after a closing quote, an
// unclosed quote or invalid UTF-8 is an error "FILE:LINE: expected …, found …".
// At most maxRecords records are read and the rest of the text is ignored: ask for
// one more than allowed to tell whether there are too many.
class CsvReader {
public:
    static Result<std::vector<CsvRecord>> parse(
        const QByteArray &data, const QString &fileName, int maxRecords);
    // A text cell as it was before CsvWriter::textCell() guarded it.
    static QString text(const QString &cell);

private:
    CsvReader(const QString &text, const QString &fileName);
    Result<std::vector<CsvRecord>> records(int maxRecords);
    bool readRecord(CsvRecord &record);
    bool readQuoted(QString &field);
    bool readUnquoted(QString &field);
    bool atLineEnd() const;
    void skipLineEnd();
    void fail(int line, const QString &message);

    QString m_text;
    QString m_fileName;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
};

} // namespace accord
