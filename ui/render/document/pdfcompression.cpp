// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcompression.h"

#include <QByteArray>

#include <zlib.h>

// deflateInit() with the default level at PdfCompression::kLevel: see the header.
extern "C" int deflateInit_(z_streamp stream, int level, const char *version, int size)
{
    return deflateInit2_(stream,
        level == Z_DEFAULT_COMPRESSION ? accord::PdfCompression::kLevel : level, Z_DEFLATED,
        MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, size);
}

namespace accord::PdfCompression {

int defaultLevel()
{
    // zlib writes the level's class into the stream's second byte.
    QByteArray text(4096, 'x');
    QByteArray out(8192, Qt::Uninitialized);
    z_stream stream {};
    if (deflateInit(&stream, Z_DEFAULT_COMPRESSION) != Z_OK)
        return -1;
    stream.next_in = reinterpret_cast<Bytef *>(text.data());
    stream.avail_in = uInt(text.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return -1;
    switch (quint8(out.at(1)) >> 6) {
    case 0:
        return 1; // the fastest
    case 2:
        return 6; // zlib's default
    default:
        return -1; // another level
    }
}

} // namespace accord::PdfCompression
