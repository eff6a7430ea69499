// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace accord {

struct Plan;

// The formats `accord export` knows, by the key users type (--format) or the
// extension of the file they write to.
class ExportFormat {
public:
    enum class Kind { Yaml, Json, Markdown, Csv, Ics, Pdf, Html };

    static QStringList keys();
    static QString key(Kind kind);
    static std::optional<Kind> fromKey(const QString &key);
    static std::optional<Kind> fromFileName(const QString &path);
    // PDF and HTML come with the document renderer; until then they are refused.
    static bool isAvailable(Kind kind);
    // One file of the plan in a single-file format (not Csv, which has one per table).
    static QByteArray render(const Plan &plan, Kind kind);
};

} // namespace accord
