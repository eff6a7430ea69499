// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectioncatalog.h"

#include "model/plan.h"

namespace accord {

#define SECTION(text) QT_TRANSLATE_NOOP("accord::Section", text)

namespace {

template<auto... Members> SectionItem form(const char *title)
{
    std::vector<FieldRef> fields = fieldsOf<Members...>();
    const PlanTable *table = fields.front().table;
    return {
        SectionItem::Kind::Form, table, std::move(fields), SectionPanel::None, title, -1, {}, {}};
}

template<auto Field, auto Detail> SectionItem withDetail(SectionItem form)
{
    form.details.emplace_back(fieldOf<Field>(), fieldOf<Detail>());
    return form;
}

template<typename Row> SectionItem table(const char *title)
{
    return {SectionItem::Kind::Table, &tableOf<Row>(), {}, SectionPanel::None, title, -1, {}, {}};
}

// The rows of a table that belong to the row selected in the table at master.
template<auto ParentField> SectionItem childTable(const char *title, int master)
{
    const FieldRef parent = fieldOf<ParentField>();
    return {
        SectionItem::Kind::Table, parent.table, {}, SectionPanel::None, title, master, parent, {}};
}

SectionItem panel(SectionPanel which, int master = -1)
{
    return {SectionItem::Kind::Panel, nullptr, {}, which, "", master, {}, {}};
}

using H = PlanHeader;
using A = Account;

} // namespace

const std::vector<SectionPage> &sectionCatalog()
{
    static const std::vector<SectionPage> pages {
        {QStringLiteral("overview"), SECTION("Overview"),
            {form<&H::title, &H::version, &H::status, &H::created, &H::lastReviewed, &H::nextReview,
                 &H::cadence, &H::scopeMonths, &H::format, &H::stage, &H::ownership,
                 &H::successMeasure>(SECTION("Document")),
                withDetail<&A::arr, &A::arrText>(form<&A::company, &A::customerId, &A::industry,
                    &A::segment, &A::tier, &A::product, &A::contractStart, &A::renewalDate, &A::arr,
                    &A::seats, &A::overview, &A::businessCase>(SECTION("Account & contract"))),
                form<&H::vision, &H::valueProposition, &H::primaryGoal, &H::primaryMetric,
                    &H::primaryTargetDate, &H::secondaryGoals, &H::successStatement,
                    &H::onboardingGoal, &H::keyValueMetric>(SECTION("Objectives")),
                form<&H::onboardingTouch, &H::adoptionTouch, &H::upgradePercent,
                    &H::expansionPercent, &H::nps>(SECTION("Engagement model and KPIs"))}},
        {QStringLiteral("dashboard"), SECTION("Dashboard"), {panel(SectionPanel::Dashboard)}},
        {QStringLiteral("stakeholders"), SECTION("Stakeholders"),
            {table<Stakeholder>(SECTION("Stakeholder map")),
                table<TeamRole>(SECTION("Customer success team"))}},
        {QStringLiteral("outcomes"), SECTION("Outcomes & metrics"),
            {table<Outcome>(SECTION("Outcomes")),
                childTable<&Metric::outcome>(SECTION("Metrics of the selected outcome"), 0),
                childTable<&InterimTarget::metric>(
                    SECTION("Interim targets of the selected metric"), 1),
                childTable<&Measurement::metric>(SECTION("Measurements of the selected metric"), 1),
                panel(SectionPanel::MetricChart, 1)}},
        {QStringLiteral("indicators"), SECTION("Leading indicators"),
            {table<LeadingIndicator>(SECTION("Leading indicators"))}},
        {QStringLiteral("roadmap"), SECTION("Roadmap"),
            {table<Phase>(SECTION("Phases")), table<Milestone>(SECTION("Milestones and tasks"))}},
        {QStringLiteral("timeline"), SECTION("Timeline"), {panel(SectionPanel::Timeline)}},
        {QStringLiteral("personas"), SECTION("Personas & use cases"),
            {table<Persona>(SECTION("Personas")),
                childTable<&FeatureImportance::persona>(
                    SECTION("Feature importance of the selected persona"), 0),
                table<UseCase>(SECTION("Use cases")),
                childTable<&OnboardingStep::useCase>(
                    SECTION("Onboarding flow of the selected use case"), 2)}},
        {QStringLiteral("commitments"), SECTION("Mutual commitments"),
            {table<Commitment>(SECTION("Mutual commitments"))}},
        {QStringLiteral("technical"), SECTION("Technical requirements"),
            {table<Integration>(SECTION("Integrations")),
                table<DataMigration>(SECTION("Data migration")),
                table<CustomConfiguration>(SECTION("Custom configuration"))}},
        {QStringLiteral("training"), SECTION("Training & adoption"),
            {table<UserGroup>(SECTION("User groups")),
                table<TrainingSession>(SECTION("Training schedule")),
                table<AdoptionMetric>(SECTION("Adoption metrics"))}},
        {QStringLiteral("communication"), SECTION("Communication & escalation"),
            {table<Touchpoint>(SECTION("Regular touchpoints")),
                table<AdHocRule>(SECTION("Ad-hoc communications")),
                table<EscalationRule>(SECTION("Escalation path"))}},
        {QStringLiteral("risks"), SECTION("Risks"),
            {table<Risk>(SECTION("Risk register")),
                table<SuccessBarrier>(SECTION("Success barriers")),
                table<Contingency>(SECTION("Contingency plans")),
                table<WarningSignal>(SECTION("Early-warning signals"))}},
        {QStringLiteral("health"), SECTION("Health score"),
            {panel(SectionPanel::Health), table<HealthComponent>(SECTION("Components")),
                form<&H::healthGreenMin, &H::healthYellowMin, &H::greenAction, &H::yellowAction,
                    &H::redAction>(SECTION("Levels"))}},
        {QStringLiteral("value"), SECTION("Value & ROI"),
            {table<BaselineMeasurement>(SECTION("Baseline measurements")),
                table<RoiLine>(SECTION("Expected ROI")), table<RoiPeriod>(SECTION("ROI timeline")),
                panel(SectionPanel::Roi)}},
        {QStringLiteral("expansion"), SECTION("Expansion"),
            {table<Opportunity>(SECTION("Opportunities")),
                table<Upsell>(SECTION("Upsell / cross-sell"))}},
        {QStringLiteral("reviews"), SECTION("Reviews & QBR agenda"),
            {table<Review>(SECTION("Review history")),
                form<&H::qbrMinutes, &H::qbrCustomerAttendees, &H::qbrVendorAttendees>(
                    SECTION("QBR")),
                table<AgendaItem>(SECTION("QBR agenda"))}},
        {QStringLiteral("signoff"), SECTION("Sign-off"),
            {table<Signatory>(SECTION("Signatories")),
                table<SignOff>(SECTION("Recorded sign-offs"))}},
        {QStringLiteral("appendix"), SECTION("Appendix & history"),
            {table<GlossaryEntry>(SECTION("Glossary")),
                table<RelatedDocument>(SECTION("Related documents")),
                table<ToolResource>(SECTION("Tools and resources")),
                table<ImprovementPractice>(SECTION("Feedback and improvement")),
                form<&H::notes>(SECTION("Notes")),
                table<HistoryEntry>(SECTION("Document history"))}},
    };
    return pages;
}

} // namespace accord
