// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArray>

#include <optional>

namespace accord {

// What is checked of a plan file's bytes before any parser sees them: that there
// is something in it, and that it is UTF-8 (a parser would otherwise replace an
// invalid byte without a word). Located at the first offending byte.
class InputText {
public:
    static std::optional<Diagnostic> problem(const QByteArray &data, const QString &fileName);
    // The offset of the first byte that does not belong to well-formed UTF-8
    // (overlong forms, surrogates and values past U+10FFFF included), or -1.
    static qsizetype invalidUtf8(const QByteArray &data);
};

} // namespace accord
