// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportoptions.h"

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

    // The documents, which take ReportOptions (audience, sections; paper and blank
    // form for the paged ones).
    static bool isDocument(Kind kind)
    {
        return kind == Kind::Pdf || kind == Kind::Html || kind == Kind::Markdown;
    }
    // The formats a customer may be sent, which leave the vendor's internal view out
    // unless ReportOptions::audience is Internal: the documents and the calendar.
    // YAML, JSON and CSV are the whole plan (interchange and backups).
    static bool hasAudience(Kind kind) { return isDocument(kind) || kind == Kind::Ics; }
    // Bytes that are not text (they cannot go to standard output).
    static bool isBinary(Kind kind) { return kind == Kind::Pdf; }
    // One file of the plan in a text format core writes itself: every format but
    // Csv (one file per table, CsvExporter) and Pdf (drawn on pages by the document
    // renderer, PdfExporter); empty for those two.
    static QByteArray render(const Plan &plan, Kind kind, const ReportOptions &options = {});
};

} // namespace accord
