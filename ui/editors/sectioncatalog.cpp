// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectioncatalog.h"

#include <QtGlobal>

namespace accord {

#define SECTION(text) QT_TRANSLATE_NOOP("accord::Section", text)

namespace {

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *k : list)
        result << QString::fromLatin1(k);
    return result;
}

SectionItem form(const char *table, const char *title, std::initializer_list<const char *> fields)
{
    return {SectionItem::Kind::Form, QString::fromLatin1(table), keys(fields), title, -1, {}};
}

SectionItem table(
    const char *name, const char *title, int master = -1, const char *parentField = "")
{
    return {SectionItem::Kind::Table, QString::fromLatin1(name), {}, title, master,
        QString::fromLatin1(parentField)};
}

SectionItem panel(const char *name, int master = -1)
{
    return {SectionItem::Kind::Panel, QString::fromLatin1(name), {}, "", master, {}};
}

} // namespace

const std::vector<SectionPage> &sectionCatalog()
{
    static const std::vector<SectionPage> pages {
        {QStringLiteral("overview"), SECTION("Overview"),
            {form("plan", SECTION("Document"),
                 {"title", "version", "status", "created", "last_reviewed", "next_review",
                     "review_cadence", "scope_months", "format", "stage", "ownership",
                     "success_measure"}),
                form("account", SECTION("Account & contract"),
                    {"company", "customer_id", "industry", "segment", "tier", "product",
                        "contract_start", "renewal_date", "arr", "arr_text", "seats", "overview",
                        "business_case"}),
                form("plan", SECTION("Objectives"),
                    {"vision", "value_proposition", "primary_goal", "primary_metric",
                        "primary_target_date", "secondary_goals", "success_statement",
                        "onboarding_goal", "key_value_metric"}),
                form("plan", SECTION("Engagement model and KPIs"),
                    {"onboarding_touch", "adoption_touch", "upgrade_percent", "expansion_percent",
                        "nps"})}},
        {QStringLiteral("dashboard"), SECTION("Dashboard"), {panel("dashboard")}},
        {QStringLiteral("stakeholders"), SECTION("Stakeholders"),
            {table("stakeholder", SECTION("Stakeholder map")),
                table("team_role", SECTION("Customer success team"))}},
        {QStringLiteral("outcomes"), SECTION("Outcomes & metrics"),
            {table("outcome", SECTION("Outcomes")),
                table("metric", SECTION("Metrics of the selected outcome"), 0, "outcome_id"),
                table("interim_target", SECTION("Interim targets of the selected metric"), 1,
                    "metric_id"),
                table(
                    "measurement", SECTION("Measurements of the selected metric"), 1, "metric_id"),
                panel("metric_chart", 1)}},
        {QStringLiteral("indicators"), SECTION("Leading indicators"),
            {table("leading_indicator", SECTION("Leading indicators"))}},
        {QStringLiteral("roadmap"), SECTION("Roadmap"),
            {table("phase", SECTION("Phases")),
                table("milestone", SECTION("Milestones and tasks"))}},
        {QStringLiteral("timeline"), SECTION("Timeline"), {panel("timeline")}},
        {QStringLiteral("personas"), SECTION("Personas & use cases"),
            {table("persona", SECTION("Personas")),
                table("feature_importance", SECTION("Feature importance of the selected persona"),
                    0, "persona_id"),
                table("use_case", SECTION("Use cases")),
                table("onboarding_step", SECTION("Onboarding flow of the selected use case"), 2,
                    "use_case_id")}},
        {QStringLiteral("commitments"), SECTION("Mutual commitments"),
            {table("commitment", SECTION("Mutual commitments"))}},
        {QStringLiteral("technical"), SECTION("Technical requirements"),
            {table("integration", SECTION("Integrations")),
                table("data_migration", SECTION("Data migration")),
                table("custom_configuration", SECTION("Custom configuration"))}},
        {QStringLiteral("training"), SECTION("Training & adoption"),
            {table("user_group", SECTION("User groups")),
                table("training_session", SECTION("Training schedule")),
                table("adoption_metric", SECTION("Adoption metrics"))}},
        {QStringLiteral("communication"), SECTION("Communication & escalation"),
            {table("touchpoint", SECTION("Regular touchpoints")),
                table("ad_hoc_rule", SECTION("Ad-hoc communications")),
                table("escalation_rule", SECTION("Escalation path"))}},
        {QStringLiteral("risks"), SECTION("Risks"),
            {table("risk", SECTION("Risk register")),
                table("success_barrier", SECTION("Success barriers")),
                table("contingency", SECTION("Contingency plans")),
                table("warning_signal", SECTION("Early-warning signals"))}},
        {QStringLiteral("health"), SECTION("Health score"),
            {panel("health"), table("health_component", SECTION("Components")),
                form("plan", SECTION("Levels"),
                    {"health_green_min", "health_yellow_min", "green_action", "yellow_action",
                        "red_action"})}},
        {QStringLiteral("value"), SECTION("Value & ROI"),
            {table("baseline_measurement", SECTION("Baseline measurements")),
                table("roi_line", SECTION("Expected ROI")),
                table("roi_period", SECTION("ROI timeline"))}},
        {QStringLiteral("expansion"), SECTION("Expansion"),
            {table("opportunity", SECTION("Opportunities")),
                table("upsell", SECTION("Upsell / cross-sell"))}},
        {QStringLiteral("reviews"), SECTION("Reviews & QBR agenda"),
            {table("review", SECTION("Review history")),
                form("plan", SECTION("QBR"),
                    {"qbr_minutes", "qbr_customer_attendees", "qbr_vendor_attendees"}),
                table("agenda_item", SECTION("QBR agenda"))}},
        {QStringLiteral("signoff"), SECTION("Sign-off"),
            {table("signatory", SECTION("Signatories")),
                table("sign_off", SECTION("Recorded sign-offs"))}},
        {QStringLiteral("appendix"), SECTION("Appendix & history"),
            {table("glossary_entry", SECTION("Glossary")),
                table("related_document", SECTION("Related documents")),
                table("tool_resource", SECTION("Tools and resources")),
                table("improvement_practice", SECTION("Feedback and improvement")),
                form("plan", SECTION("Notes"), {"notes"}),
                table("history_entry", SECTION("Document history"))}},
    };
    return pages;
}

} // namespace accord
