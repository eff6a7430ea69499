// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputtext.h"

#include "importlimits.h"

#include <QCoreApplication>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Import", text);
}

bool continuation(unsigned char byte)
{
    return (byte & 0xc0) == 0x80;
}

} // namespace

qsizetype InputText::invalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = bytes[i];
        int length = 0;
        char32_t min = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xe0) == 0xc0) {
            length = 2;
            min = 0x80;
        } else if ((lead & 0xf0) == 0xe0) {
            length = 3;
            min = 0x800;
        } else if ((lead & 0xf8) == 0xf0) {
            length = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        char32_t code = lead & (0x7f >> length);
        for (int k = 1; k < length; ++k) {
            if (!continuation(bytes[i + k]))
                return i;
            code = (code << 6) | (bytes[i + k] & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += length;
    }
    return -1;
}

std::optional<Diagnostic> InputText::problem(const QByteArray &data, const QString &fileName)
{
    const auto at = [&](qsizetype offset, const QString &message) {
        return Diagnostic {fileName, SourcePos::at(data, offset), {}, message};
    };
    if (data.size() > ImportLimits::maxBytes)
        return Diagnostic {fileName, {}, {}, ImportLimits::sizeError(data.size())};
    if (data.isEmpty())
        return Diagnostic {fileName, {}, {}, tr("expected a plan, found an empty file (0 bytes)")};
    if (data.startsWith("\xff\xfe") || data.startsWith("\xfe\xff"))
        return at(0, tr("expected UTF-8 text, found UTF-16 (save the file as UTF-8)"));
    if (const qsizetype bad = invalidUtf8(data); bad >= 0)
        return at(bad,
            tr("expected UTF-8 text, found the byte 0x%1, which is not part of a UTF-8 character "
               "(save the file as UTF-8)")
                .arg(uint(static_cast<unsigned char>(data.at(bad))), 2, 16, QLatin1Char('0')));
    const QByteArray body = data.startsWith("\xef\xbb\xbf") ? data.mid(3) : data;
    if (body.trimmed().isEmpty())
        return Diagnostic {
            fileName, {}, {}, tr("expected a plan, found only spaces and line breaks")};
    return std::nullopt;
}

} // namespace accord
