// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace accord {

// A position in an imported file: 1-based line and column, 0 when unknown.
struct SourcePos {
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    bool operator==(const SourcePos &) const = default;

    // The position of a byte offset into UTF-8 text (columns count characters).
    static SourcePos at(const QByteArray &utf8, qsizetype offset);
};

// One problem found while importing a file, located as precisely as the format
// allows. toString() gives "FILE:LINE:COL: expected …, found … (at key.path)".
struct Diagnostic {
    QString file;
    SourcePos pos;
    QString path; // key path such as "outcomes[1].baseline.colour" (0-based indexes)
    QString message; // translated: what was expected and what was found

    QString toString() const;
};

// What an import noticed besides the plan itself. A failed import lists its errors
// here too (Result::error() holds the same lines, joined).
struct ImportReport {
    std::vector<Diagnostic> warnings;
    std::vector<Diagnostic> errors;
};

} // namespace accord
