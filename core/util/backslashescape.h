// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace accord {

// Text on one line, as tab-separated and line-based formats need it: backslash,
// tab, line feed and carriage return become \\, \t, \n and \r; unescaped() reads
// that back (a backslash before any other character stands for that character).
QString backslashEscaped(QStringView text);
void appendBackslashEscaped(QString &out, QStringView text); // out += escaped(text)
QString backslashUnescaped(QStringView text);

} // namespace accord
