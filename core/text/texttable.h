// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace accord {

// A table of plain text as documents show it: a header row and rows of cells, the
// same for Markdown, HTML and the printed document (each escapes or lays it out).
struct TextTable {
    QStringList header;
    QList<QStringList> rows;
    int keyColumn = 0; // the column that names a row (its name, code or title)

    bool isEmpty() const { return rows.isEmpty(); }
};

} // namespace accord
