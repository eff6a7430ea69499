// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "csvwriter.h"

#include <QCoreApplication>

namespace accord {

namespace {

// The 1-based line of the first byte sequence that is not UTF-8, or 0. Invalid
// bytes decode to U+FFFD, so such a line does not encode back to the same bytes.
int firstInvalidLine(const QByteArray &data)
{
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (QString::fromUtf8(lines.at(i)).toUtf8() != lines.at(i))
            return int(i + 1);
    }
    return 0;
}

} // namespace

CsvReader::CsvReader(const QString &text, const QString &fileName)
    : m_text(text)
    , m_fileName(fileName)
{
}

QString CsvReader::text(const QString &cell)
{
    return cell.startsWith(u'\'') && CsvWriter::startsLikeFormula(cell) ? cell.mid(1) : cell;
}

Result<std::vector<CsvRecord>> CsvReader::parse(
    const QByteArray &data, const QString &fileName, int maxRecords)
{
    const QByteArray text = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    if (const int line = firstInvalidLine(text)) {
        return Error {QCoreApplication::translate("accord::Import", "%1:%2: %3")
                          .arg(fileName)
                          .arg(line)
                          .arg(QCoreApplication::translate("accord::Import",
                              "expected UTF-8 text, found bytes that are not UTF-8"))};
    }
    return CsvReader(QString::fromUtf8(text), fileName).records(maxRecords);
}

Result<std::vector<CsvRecord>> CsvReader::records(int maxRecords)
{
    std::vector<CsvRecord> result;
    while (m_pos < m_text.size()) {
        CsvRecord record;
        if (!readRecord(record))
            return Error {m_error};
        if (record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty())
            continue; // a blank line
        result.push_back(std::move(record));
        if (int(result.size()) == maxRecords)
            break;
    }
    return result;
}

bool CsvReader::atLineEnd() const
{
    return m_pos >= m_text.size() || m_text.at(m_pos) == u'\n' || m_text.at(m_pos) == u'\r';
}

void CsvReader::skipLineEnd()
{
    if (m_pos >= m_text.size())
        return;
    if (m_text.at(m_pos) == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

void CsvReader::fail(int line, const QString &message)
{
    m_error = QCoreApplication::translate("accord::Import", "%1:%2: %3")
                  .arg(m_fileName)
                  .arg(line)
                  .arg(message);
}

bool CsvReader::readRecord(CsvRecord &record)
{
    record.line = m_line;
    for (;;) {
        QString field;
        const bool quoted = m_pos < m_text.size() && m_text.at(m_pos) == u'"';
        if (!(quoted ? readQuoted(field) : readUnquoted(field)))
            return false;
        record.fields << field;
        if (atLineEnd()) {
            skipLineEnd();
            return true;
        }
        ++m_pos; // the comma
    }
}

bool CsvReader::readQuoted(QString &field)
{
    const int startLine = m_line;
    ++m_pos;
    for (;;) {
        if (m_pos >= m_text.size()) {
            fail(startLine,
                QCoreApplication::translate("accord::Import",
                    "expected a closing double quote for the field that starts on this line, found "
                    "the end of the file"));
            return false;
        }
        const QChar c = m_text.at(m_pos);
        if (c == u'"' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
            field += u'"';
            m_pos += 2;
        } else if (c == u'"') {
            ++m_pos;
            break;
        } else if (c == u'\r' || c == u'\n') {
            skipLineEnd();
            field += u'\n';
        } else {
            field += c;
            ++m_pos;
        }
    }
    if (atLineEnd() || m_text.at(m_pos) == u',')
        return true;
    fail(m_line,
        QCoreApplication::translate("accord::Import",
            "expected a comma or the end of the line after a closing double quote, found \"%1\"")
            .arg(m_text.at(m_pos)));
    return false;
}

bool CsvReader::readUnquoted(QString &field)
{
    const qsizetype start = m_pos;
    while (!atLineEnd() && m_text.at(m_pos) != u',') {
        if (m_text.at(m_pos) == u'"') {
            fail(m_line,
                QCoreApplication::translate("accord::Import",
                    "expected double quotes only around a whole field, found \"%1\"")
                    .arg(m_text.mid(start, m_pos - start + 1)));
            return false;
        }
        ++m_pos;
    }
    field = m_text.mid(start, m_pos - start);
    return true;
}

} // namespace accord
