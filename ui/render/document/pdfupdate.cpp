// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfupdate.h"

#include <QRegularExpression>

#include <zlib.h>

namespace accord {

namespace {

constexpr int kMaxChain = 64; // sections of a cross-reference chain, pages deep

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isSpace(c) || c == '/' || c == '[' || c == ']' || c == '<' || c == '>' || c == '('
        || c == ')' || c == '%';
}

// Reads whitespace-separated tokens of a cross-reference section.
class Tokens {
public:
    Tokens(const QByteArray &data, qsizetype at)
        : m_data(data)
        , m_at(at)
    {
    }
    QByteArray next()
    {
        while (m_at < m_data.size() && isSpace(m_data.at(m_at)))
            ++m_at;
        const qsizetype start = m_at;
        while (m_at < m_data.size() && !isSpace(m_data.at(m_at)))
            ++m_at;
        return m_data.mid(start, m_at - start);
    }
    qsizetype position() const { return m_at; }

private:
    const QByteArray &m_data;
    qsizetype m_at;
};

std::optional<QByteArray> inflated(const QByteArray &data)
{
    z_stream z {};
    if (inflateInit(&z) != Z_OK)
        return std::nullopt;
    QByteArray out;
    out.resize(std::max<qsizetype>(4096, data.size() * 4));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    int status = Z_OK;
    while (status == Z_OK) {
        if (qsizetype(z.total_out) == out.size())
            out.resize(out.size() * 2);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + z.total_out);
        z.avail_out = uInt(out.size() - qsizetype(z.total_out));
        status = inflate(&z, Z_NO_FLUSH);
        if (status == Z_BUF_ERROR && z.avail_out > 0)
            break; // the data ended before the stream did
    }
    const qsizetype produced = qsizetype(z.total_out);
    inflateEnd(&z);
    if (status != Z_STREAM_END)
        return std::nullopt;
    out.resize(produced);
    return out;
}

QByteArray deflated(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size,
            reinterpret_cast<const Bytef *>(data.constData()), uLong(data.size()),
            Z_DEFAULT_COMPRESSION)
        != Z_OK)
        return {};
    out.resize(qsizetype(size));
    return out;
}

} // namespace

PdfUpdate::PdfUpdate(const QByteArray &pdf)
    : m_pdf(pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return;
    Tokens tokens(pdf, startxref + 9);
    bool ok = false;
    m_lastXref = tokens.next().toLongLong(&ok);
    if (!ok || m_lastXref < 0 || m_lastXref >= pdf.size())
        return;
    m_valid = readSection(m_lastXref, 0) && !m_root.isEmpty() && m_size > 0;
    m_originalInfo = m_info;
}

bool PdfUpdate::readSection(qsizetype at, int depth)
{
    if (depth > kMaxChain)
        return false;
    Tokens tokens(m_pdf, at);
    if (tokens.next() != "xref")
        return false; // a cross-reference stream (PDF 1.5), not read here
    for (;;) {
        const QByteArray first = tokens.next();
        if (first == "trailer")
            break;
        bool ok1 = false, ok2 = false;
        const int start = first.toInt(&ok1);
        const int count = tokens.next().toInt(&ok2);
        if (!ok1 || !ok2 || start < 0 || count < 0 || count > 10'000'000)
            return false;
        for (int i = 0; i < count; ++i) {
            bool ok = false;
            const qsizetype offset = tokens.next().toLongLong(&ok);
            tokens.next(); // generation
            const QByteArray type = tokens.next();
            if (!ok || (type != "n" && type != "f"))
                return false;
            // A newer section, read first, wins.
            if (type == "n" && !m_offsets.contains(start + i) && offset < m_pdf.size())
                m_offsets.insert(start + i, offset);
        }
    }
    const qsizetype end = m_pdf.indexOf("startxref", tokens.position());
    const QByteArray trailer = m_pdf.mid(tokens.position(), end < 0 ? -1 : end - tokens.position());
    const int size = dictionaryValue(trailer, "Size").toInt();
    m_size = std::max(m_size, size);
    if (m_root.isEmpty())
        m_root = dictionaryValue(trailer, "Root");
    if (m_info < 0) {
        const QList<int> info = references(dictionaryValue(trailer, "Info"));
        if (!info.isEmpty())
            m_info = info.first();
    }
    const QByteArray prev = dictionaryValue(trailer, "Prev");
    if (!prev.isEmpty()) {
        bool ok = false;
        const qsizetype prevAt = prev.toLongLong(&ok);
        if (!ok || prevAt < 0 || prevAt >= m_pdf.size() || !readSection(prevAt, depth + 1))
            return false;
    }
    return true;
}

QByteArray PdfUpdate::dictionaryValue(const QByteArray &dictionary, const char *key) const
{
    const QByteArray name = QByteArray("/") + key;
    qsizetype at = 0;
    for (;;) {
        at = dictionary.indexOf(name, at);
        if (at < 0)
            return {};
        at += name.size();
        if (at >= dictionary.size() || isDelimiter(dictionary.at(at)))
            break; // not a longer name such as /Length1
    }
    while (at < dictionary.size() && isSpace(dictionary.at(at)))
        ++at;
    const qsizetype start = at;
    if (dictionary.mid(at, 2) == "<<") {
        int depth = 0;
        for (; at + 1 < dictionary.size(); ++at) {
            if (dictionary.mid(at, 2) == "<<") {
                ++depth;
                ++at;
            } else if (dictionary.mid(at, 2) == ">>") {
                ++at;
                if (--depth == 0)
                    return dictionary.mid(start, at + 1 - start);
            }
        }
        return {};
    }
    if (at < dictionary.size() && dictionary.at(at) == '[') {
        const qsizetype close = dictionary.indexOf(']', at);
        return close < 0 ? QByteArray() : dictionary.mid(start, close + 1 - start);
    }
    if (at < dictionary.size() && dictionary.at(at) == '/')
        ++at; // a name: its slash, then up to the next delimiter
    while (at < dictionary.size() && !isDelimiter(dictionary.at(at)))
        ++at;
    QByteArray value = dictionary.mid(start, at - start);
    // "12 0 R": a reference is three tokens
    static const QRegularExpression reference(QStringLiteral("^\\s+(\\d+)\\s+R"));
    const auto match = reference.match(QString::fromLatin1(dictionary.mid(at, 24)));
    if (match.hasMatch())
        value += dictionary.mid(at, match.capturedLength());
    return value.trimmed();
}

QList<int> PdfUpdate::references(const QByteArray &value) const
{
    static const QRegularExpression reference(QStringLiteral("(\\d+)\\s+\\d+\\s+R"));
    QList<int> numbers;
    auto it = reference.globalMatch(QString::fromLatin1(value));
    while (it.hasNext())
        numbers.append(it.next().captured(1).toInt());
    return numbers;
}

std::optional<PdfUpdate::Object> PdfUpdate::object(int number) const
{
    const auto offset = m_offsets.constFind(number);
    if (offset == m_offsets.cend())
        return std::nullopt;
    Tokens tokens(m_pdf, *offset);
    if (tokens.next() != QByteArray::number(number))
        return std::nullopt;
    tokens.next(); // generation
    if (tokens.next() != "obj")
        return std::nullopt;
    const qsizetype bodyAt = tokens.position();
    const qsizetype endobj = m_pdf.indexOf("endobj", bodyAt);
    const qsizetype streamAt = m_pdf.indexOf("stream", bodyAt);
    if (endobj < 0 && streamAt < 0)
        return std::nullopt;
    Object found;
    if (streamAt < 0 || (endobj >= 0 && endobj < streamAt)) {
        found.dictionary = m_pdf.mid(bodyAt, endobj - bodyAt).trimmed();
        return found;
    }
    found.hasStream = true;
    found.dictionary = m_pdf.mid(bodyAt, streamAt - bodyAt).trimmed();
    qsizetype dataAt = streamAt + 6;
    if (m_pdf.mid(dataAt, 2) == "\r\n")
        dataAt += 2;
    else if (dataAt < m_pdf.size() && m_pdf.at(dataAt) == '\n')
        ++dataAt;
    const QByteArray lengthValue = dictionaryValue(found.dictionary, "Length");
    const QList<int> lengthRef = references(lengthValue);
    bool ok = false;
    qsizetype length = -1;
    if (lengthRef.isEmpty()) {
        length = lengthValue.toLongLong(&ok);
    } else if (lengthRef.first() != number) {
        const auto lengthObject = object(lengthRef.first());
        if (lengthObject && !lengthObject->hasStream)
            length = lengthObject->dictionary.toLongLong(&ok);
    }
    if (!ok || length < 0 || dataAt + length > m_pdf.size())
        return std::nullopt;
    found.stream = m_pdf.mid(dataAt, length);
    return found;
}

std::optional<QByteArray> PdfUpdate::streamData(int number) const
{
    const auto found = object(number);
    if (!found || !found->hasStream)
        return std::nullopt;
    const QByteArray filter = dictionaryValue(found->dictionary, "Filter");
    if (filter.isEmpty())
        return found->stream;
    const QByteArray name
        = filter.startsWith('[') ? filter.mid(1, filter.size() - 2).trimmed() : filter;
    if (name != "/FlateDecode")
        return std::nullopt;
    return inflated(found->stream);
}

void PdfUpdate::collectContents(int number, QList<int> &out, int depth) const
{
    if (depth > kMaxChain)
        return;
    const auto node = object(number);
    if (!node)
        return;
    const QByteArray type = dictionaryValue(node->dictionary, "Type");
    if (type == "/Pages") {
        for (const int kid : references(dictionaryValue(node->dictionary, "Kids")))
            collectContents(kid, out, depth + 1);
    } else if (type == "/Page") {
        out += references(dictionaryValue(node->dictionary, "Contents"));
    }
}

QList<int> PdfUpdate::contentStreams() const
{
    QList<int> streams;
    const QList<int> root = references(m_root);
    if (!m_valid || root.isEmpty())
        return streams;
    const auto catalog = object(root.first());
    if (!catalog)
        return streams;
    const QList<int> pages = references(dictionaryValue(catalog->dictionary, "Pages"));
    if (!pages.isEmpty())
        collectContents(pages.first(), streams, 0);
    return streams;
}

void PdfUpdate::replace(int number, const QByteArray &body)
{
    m_changes.insert(number, body);
    m_size = std::max(m_size, number + 1);
}

void PdfUpdate::replaceStream(int number, const QByteArray &data)
{
    const QByteArray z = deflated(data);
    replace(number,
        "<<\n/Length " + QByteArray::number(z.size()) + "\n/Filter /FlateDecode\n>>\nstream\n" + z
            + "\nendstream");
}

int PdfUpdate::add(const QByteArray &body)
{
    const int number = m_size;
    replace(number, body);
    return number;
}

QByteArray PdfUpdate::applied() const
{
    if (!m_valid || isEmpty())
        return m_pdf;
    QByteArray out = m_pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QMap<int, qsizetype> written;
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
        written.insert(it.key(), out.size());
        out += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
    }
    const qsizetype xrefAt = out.size();
    out += "xref\n";
    for (auto it = written.cbegin(); it != written.cend();) {
        auto end = it;
        int count = 0;
        while (end != written.cend() && end.key() == it.key() + count) {
            ++end;
            ++count;
        }
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != end; ++it)
            out += QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<<\n/Size " + QByteArray::number(m_size) + "\n/Root " + m_root + "\n";
    if (m_info >= 0)
        out += "/Info " + QByteArray::number(m_info) + " 0 R\n";
    out += "/Prev " + QByteArray::number(m_lastXref) + "\n>>\nstartxref\n"
        + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

QByteArray PdfUpdate::textString(const QString &text)
{
    QByteArray utf16("\xFE\xFF");
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

} // namespace accord
