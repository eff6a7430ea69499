// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/id.h"
#include "text/texttable.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>
#include <vector>

namespace accord {

// The customer-facing document of a plan as plain data: an ordered list of blocks
// that the HTML writer and the page renderer lay out, each in its own way. Every
// string is the user's text or a translated label, never markup.
namespace ReportBlock {

// The document's title at the top of the first page.
struct Title {
    QString kicker; // "Customer Success Plan"
    QString title; // the account
    QString subtitle; // the plan's title
    QByteArray logo; // our company's logo (PNG), drawn at the title's right; empty: none
};

struct Heading {
    int level = 1; // 1: a numbered section; 2: a subsection; 3: a group inside one
    QString number; // "3" for sections, empty otherwise
    QString text;
};

struct Paragraph {
    enum class Style { Body, Quote, Note };
    QString text; // line breaks are kept
    Style style = Style::Body;
};

// Label / value pairs side by side (the header block, goals, a phase's deliverable).
// In a blank form the values are empty and printed as lines to write on.
struct KeyValues {
    QList<std::pair<QString, QString>> items;
    bool blank = false;
};

struct Table {
    TextTable table;
    int blankRows = 0; // empty rows to fill in by hand, after the rows
};

struct Bullets {
    QStringList items;
    // With checkboxes: checked[i] says whether items[i] is done.
    bool checkboxes = false;
    QList<bool> checked;
    int blankItems = 0; // empty lines to fill in by hand, after the items
};

enum class FigureKind { KpiChart, Timeline, OutcomesOverview, HealthChart, Roi };

// Where a chart goes; the renderer asks its figure hooks for the picture. `data`
// is what the chart shows, for writers that cannot draw it (HTML).
struct Figure {
    FigureKind kind = FigureKind::Timeline;
    MetricId metric; // KpiChart
    QString caption;
    TextTable data;
    std::vector<qint64> milestones; // Timeline: only these milestones (empty: all)
};

// A highlighted remark ("changed since signed").
struct Notice {
    QString title;
    QString text;
};

// Where one person signs: name, title and date printed (or blank), and a line.
struct Signature {
    QString party; // "Acme Corp", "Vendor"
    QString name;
    QString title;
    QDate date;
};

// The sign-off recorded for the plan: what was signed, by whom, when.
struct SignOffRecord {
    QDate date;
    QString version;
    QString fingerprint;
    QStringList signatories;
    bool changedSince = false;
};

struct PageBreak { };

using Block = std::variant<Title, Heading, Paragraph, KeyValues, Table, Bullets, Figure, Notice,
    Signature, SignOffRecord, PageBreak>;

} // namespace ReportBlock

struct Report {
    QString title; // "Customer Success Plan: Acme Corp" (document title, metadata)
    QString account;
    QString planTitle;
    QString version;
    QDate date; // the day it was made: printed in the footer
    QString fingerprint; // SHA-256 hex of the plan content
    QString author; // the CSM, for the PDF metadata
    QString subject; // for the PDF metadata
    // The internal version (ReportOptions::audience): every page says so.
    bool internal = false;
    std::vector<ReportBlock::Block> blocks;

    // "Acme Corp · Plan title" (either part alone when the other is empty).
    QString runningHeader() const;
    // "Version 1.0 · 2026-02-15".
    QString footerVersion() const;
    // The first 12 hex digits of the fingerprint.
    QString shortFingerprint() const;
    // "Internal version: not for the customer" for the internal version, else empty.
    QString internalMark() const;
};

} // namespace accord
