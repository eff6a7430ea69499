// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfinfodictionary.h"

#include "pdfupdate.h"

namespace accord {

namespace {

QByteArray pdfDate(const QDateTime &when)
{
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

} // namespace

void PdfInfoDictionary::addTo(PdfUpdate &update) const
{
    const auto text = &PdfUpdate::textString;
    const QByteArray body = "<<\n/Title " + text(title) + "\n/Author " + text(author)
        + "\n/Subject " + text(subject) + "\n/Creator " + text(creator) + "\n/Producer "
        + text(producer) + "\n/CreationDate " + pdfDate(created) + "\n>>";
    // The existing dictionary is replaced; without one, a new object is added.
    if (update.infoObject() >= 0)
        update.replace(update.infoObject(), body);
    else
        update.setInfo(update.add(body));
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
