// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "field.h"

namespace accord {

// Appendix, and the customer success stack and improvement loop.
struct GlossaryEntry {
    RowId id;
    QString term;
    QString definition;
};

struct RelatedDocument {
    RowId id;
    QString title;
    QString location;
};

struct HistoryEntry {
    RowId id;
    QString version;
    QDate date;
    QString author;
    QString changes;
};

struct ToolResource {
    RowId id;
    QString name;
    QString purpose;
};

struct ImprovementPractice {
    RowId id;
    QString practice;
    QString frequency;
    QString owner;
};

template<> const RowMeta<GlossaryEntry> &rowMeta<GlossaryEntry>();
template<> const RowMeta<RelatedDocument> &rowMeta<RelatedDocument>();
template<> const RowMeta<HistoryEntry> &rowMeta<HistoryEntry>();
template<> const RowMeta<ToolResource> &rowMeta<ToolResource>();
template<> const RowMeta<ImprovementPractice> &rowMeta<ImprovementPractice>();

} // namespace accord
