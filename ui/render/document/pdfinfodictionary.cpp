// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfinfodictionary.h"

#include <QRegularExpression>

namespace accord {

namespace {

// A PDF text string: UTF-16BE with a byte order mark, written in hex so no
// character of the text can end the string.
QByteArray textString(const QString &text)
{
    QByteArray utf16("\xFE\xFF");
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray pdfDate(const QDateTime &when)
{
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

} // namespace

QByteArray PdfInfoDictionary::appliedTo(const QByteArray &pdf, bool *ok) const
{
    if (ok)
        *ok = false;
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailerAt < 0)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxref - trailerAt));
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootRe(QStringLiteral("/Root\\s+(\\d+\\s+\\d+)\\s+R"));
    static const QRegularExpression infoRe(QStringLiteral("/Info\\s+(\\d+)\\s+\\d+\\s+R"));
    static const QRegularExpression prevRe(QStringLiteral("startxref\\s+(\\d+)"));
    const auto size = sizeRe.match(trailer);
    const auto root = rootRe.match(trailer);
    const auto prev = prevRe.match(QString::fromLatin1(pdf.mid(startxref, 64)));
    if (!size.hasMatch() || !root.hasMatch() || !prev.hasMatch())
        return pdf;
    const auto info = infoRe.match(trailer);
    const int objectCount = size.captured(1).toInt();
    // The existing dictionary is replaced in place; without one, a new object is added.
    const int number = info.hasMatch() ? info.captured(1).toInt() : objectCount;

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype objectAt = out.size();
    out += QByteArray::number(number) + " 0 obj\n<<\n";
    out += "/Title " + textString(title) + "\n/Author " + textString(author) + "\n/Subject "
        + textString(subject) + "\n/Creator " + textString(creator) + "\n/Producer "
        + textString(producer) + "\n/CreationDate " + pdfDate(created) + "\n>>\nendobj\n";
    const qsizetype xrefAt = out.size();
    out += "xref\n" + QByteArray::number(number) + " 1\n"
        + QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(std::max(objectCount, number + 1))
        + "\n/Root " + root.captured(1).toLatin1() + " R\n/Info " + QByteArray::number(number)
        + " 0 R\n/Prev " + prev.captured(1).toLatin1() + "\n>>\nstartxref\n"
        + QByteArray::number(xrefAt) + "\n%%EOF\n";
    if (ok)
        *ok = true;
    return out;
}

QByteArray PdfInfoDictionary::xmp() const
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
           "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
           "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + esc(title)
        + "</rdf:li></rdf:Alt></dc:title>\n"
          "<dc:creator><rdf:Seq><rdf:li>"
        + esc(author)
        + "</rdf:li></rdf:Seq></dc:creator>\n"
          "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + esc(subject) + "</rdf:li></rdf:Alt></dc:description>\n<xmp:CreatorTool>" + esc(creator)
        + "</xmp:CreatorTool>\n<pdf:Producer>" + esc(producer)
        + "</pdf:Producer>\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
          "<?xpacket end=\"w\"?>";
}

} // namespace accord
