// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "reportoptions.h"

#include "model/enums.h"
#include "model/fieldref.h"

#include <QCoreApplication>

namespace accord {

struct Plan;
struct RoadmapGroup;
class PlanTableText;

// Turns a plan into its document (Report): the header block of the joint plan, its
// eight sections (objectives with the business outcomes, success metrics with
// leading indicators and KPI charts, the roadmap by phase with the timeline, mutual
// commitments, stakeholder engagement, risks, communication, escalation), each
// printed once and "to be agreed" while empty; then the other sections that have
// content (customer context, onboarding, personas, value and the rest, the vendor's
// internal sections in the internal version only); the appendix with the details
// the sections above leave out; document history; and a sign-off page with a
// signature block for every signatory of both sides. Only ReportOptions::sections
// are printed, numbered consecutively. A document for the customer is made from
// AudienceFilter::forCustomer(), so nothing internal can reach it. With
// ReportOptions::blank every section is printed as a form with empty rows and
// lines to fill in.
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    static Report build(const Plan &plan, const ReportOptions &options = {});

    // A roadmap with more milestones gets a timeline per phase instead of one.
    static constexpr std::size_t kMilestonesPerTimeline = 24;

private:
    using Blocks = std::vector<ReportBlock::Block>;

    ReportBuilder(const Plan &plan, const ReportOptions &options);
    Report run(const QString &fingerprint);

    void addSection(const QString &title, Blocks blocks);
    Blocks section(ReportSection section) const;
    // The title as a subsection heading over the blocks; nothing when they are empty.
    static Blocks subsection(const QString &title, Blocks blocks, int level = 2);
    // The table, or in a blank form its header over `blankRows` empty rows; nothing
    // when it has no rows (and the form is not blank).
    Blocks table(TextTable table, int blankRows = 3) const;
    // A generic table of the plan (PlanTableText) with the fields in `shown` left out.
    Blocks planTable(const PlanTable &table, const std::vector<FieldRef> &shown = {}) const;
    Blocks keyValues(const QList<std::pair<QString, QString>> &items) const;
    // The plan's tables as text for this document's audience.
    PlanTableText text(const Plan &plan) const;

    void addTitle();
    void addHeader();

    // The joint plan's sections 1–8 (reportjointplansections.cpp).
    Blocks objectives() const;
    Blocks outcomes() const;
    Blocks metrics() const;
    Blocks roadmap() const;
    static Blocks groupTimelines(const RoadmapGroup &group);
    Blocks blankRoadmap() const;
    Blocks commitments() const;
    Blocks engagement() const;
    Blocks risks() const;
    Blocks communication() const;
    Blocks escalation() const;

    // The sections after them (reportextrasections.cpp).
    Blocks generic(const std::vector<const PlanTable *> &tables) const;
    Blocks customerContext() const;
    // A table of the fields the joint plan's own table of it leaves out, each row
    // named by `label`: the details that go to the appendix.
    Blocks details(const QString &title, const PlanTable &table, FieldRef label) const;
    Blocks stakeholderDetails() const;
    Blocks health() const;
    // Baselines, expected ROI and the ROI timeline worked out (RoiSummary).
    Blocks value() const;
    Blocks qbr() const;
    // Details of the sections' rows, glossary, related documents, notes, document
    // information.
    Blocks appendix() const;
    Blocks documentInformation() const;

    // The sign-off page (reportsignoff.cpp).
    void addSignOff();
    Blocks signatures(Side side) const;

    const Plan &m_plan;
    const ReportOptions m_options;
    Report m_report;
    int m_sections = 0;
};

} // namespace accord
