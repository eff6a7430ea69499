// SPDX-License-Identifier: GPL-3.0-or-later
#include "backslashescape.h"

#include <algorithm>

namespace accord {

QString backslashEscaped(QStringView text)
{
    QString out;
    appendBackslashEscaped(out, text);
    return out;
}

void appendBackslashEscaped(QString &out, QStringView text)
{
    const auto plain = [](QChar c) { return c != u'\\' && c != u'\n' && c != u'\r' && c != u'\t'; };
    if (std::all_of(text.begin(), text.end(), plain)) {
        out += text;
        return;
    }
    out.reserve(out.size() + text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        default:
            out += c;
        }
    }
}

QString backslashUnescaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        switch (text[++i].unicode()) {
        case u'n':
            out += u'\n';
            break;
        case u'r':
            out += u'\r';
            break;
        case u't':
            out += u'\t';
            break;
        default:
            out += text[i];
        }
    }
    return out;
}

} // namespace accord
