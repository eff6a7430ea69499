// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace accord::PdfCompression {

// Qt's PDF writer deflates every page at zlib's default level (6), which took a
// third of a long plan's export time. Every Accord executable that writes PDFs
// links pdfcompression.cpp, whose deflateInit_() takes the place of zlib's (the
// dynamic linker prefers the executable's symbol) and turns a request for the
// default level into kLevel: standard Flate streams that any reader opens, about
// 13 % larger, written four times faster. A caller that names its level gets it.
inline constexpr int kLevel = 1;

// The level a stream started with deflateInit(…, Z_DEFAULT_COMPRESSION) gets in
// this process: kLevel when the definition above is in effect, else zlib's 6.
int defaultLevel();

} // namespace accord::PdfCompression
