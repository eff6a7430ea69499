// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportoptions.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
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

    // Writes a format that core cannot draw itself: PDF needs Qt's GUI and the
    // charts, so the application registers the page renderer at start-up.
    using Renderer = std::function<QByteArray(const Plan &, const ReportOptions &)>;
    static void setRenderer(Kind kind, Renderer renderer);
    // Every format but PDF always; PDF once its renderer is registered.
    static bool isAvailable(Kind kind);
    // The customer-facing documents, which take ReportOptions (paper, blank form).
    static bool isDocument(Kind kind) { return kind == Kind::Pdf || kind == Kind::Html; }
    // Bytes that are not text (they cannot go to standard output).
    static bool isBinary(Kind kind) { return kind == Kind::Pdf; }
    // One file of the plan in a single-file format (not Csv, which has one per
    // table); empty when the format is not available or its renderer failed.
    static QByteArray render(const Plan &plan, Kind kind, const ReportOptions &options = {});
};

} // namespace accord
