// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <QtGlobal>

namespace accord {

#define ACCORD_VOCAB(text) QT_TRANSLATE_NOOP("accord::Vocabulary", text)

namespace {

EnumInfo::Entry entry(const char *key, const char *label, QStringList synonyms = {})
{
    return {QString::fromLatin1(key), label, std::move(synonyms)};
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *w : list)
        result << QString::fromLatin1(w);
    return result;
}

} // namespace

template<> const EnumInfo &enumInfo<PlanStatus>()
{
    static const EnumInfo info {QStringLiteral("plan_status"),
        {entry("draft", ACCORD_VOCAB("Draft"), words({"new", "planned", "proposed"})),
            entry("active", ACCORD_VOCAB("Active"),
                words({"on_track", "in_progress", "open", "under_review"})),
            entry(
                "at_risk", ACCORD_VOCAB("At risk"), words({"risk", "off_track", "red", "blocked"})),
            entry("completed", ACCORD_VOCAB("Completed"),
                words({"complete", "done", "closed", "achieved"})),
            entry("archived", ACCORD_VOCAB("Archived"),
                words({"cancelled", "canceled", "inactive"}))}};
    return info;
}

template<> const EnumInfo &enumInfo<PlanFormat>()
{
    static const EnumInfo info {QStringLiteral("plan_format"),
        {entry("outcome_based", ACCORD_VOCAB("Outcome-based"), words({"outcomes", "outcome"})),
            entry("timeline", ACCORD_VOCAB("Timeline-based"), words({"timeline_based"})),
            entry("okr", ACCORD_VOCAB("OKR-style"), words({"okr_style", "okrs"})),
            entry("joint_accountability", ACCORD_VOCAB("Joint accountability plan"),
                words({"joint", "joint_success_plan"})),
            entry("value_tracker", ACCORD_VOCAB("Value realisation tracker"),
                words({"value_realization_tracker", "value_realisation_tracker"})),
            entry("mutual_action_plan", ACCORD_VOCAB("Mutual action plan"),
                words({"map", "mutual_action"})),
            entry("goal_card", ACCORD_VOCAB("Lightweight goal card"),
                words({"lightweight_goal_card"}))}};
    return info;
}

template<> const EnumInfo &enumInfo<ReviewCadence>()
{
    static const EnumInfo info {QStringLiteral("review_cadence"),
        {entry("monthly", ACCORD_VOCAB("Monthly")),
            entry("quarterly", ACCORD_VOCAB("Quarterly (QBR)"),
                words({"qbr", "quarterly_business_review"})),
            entry("semi_annual", ACCORD_VOCAB("Semi-annual"),
                words({"semiannual", "half_yearly", "biannual"})),
            entry("annual", ACCORD_VOCAB("Annual"), words({"yearly"}))}};
    return info;
}

template<> const EnumInfo &enumInfo<LifecycleStage>()
{
    static const EnumInfo info {QStringLiteral("lifecycle_stage"),
        {entry("new_customer", ACCORD_VOCAB("New customer"), words({"new", "pre_sale"})),
            entry("onboarding", ACCORD_VOCAB("Onboarding")),
            entry("expanding", ACCORD_VOCAB("Expanding"), words({"expansion", "growth"})),
            entry("post_qbr", ACCORD_VOCAB("Post-QBR")),
            entry("pre_renewal", ACCORD_VOCAB("Pre-renewal"), words({"renewal"}))}};
    return info;
}

template<> const EnumInfo &enumInfo<Touch>()
{
    static const EnumInfo info {QStringLiteral("touch"),
        {entry("high", ACCORD_VOCAB("High-touch"), words({"high_touch"})),
            entry(
                "low", ACCORD_VOCAB("Low-touch"), words({"low_touch", "tech_touch", "digital"}))}};
    return info;
}

template<> const EnumInfo &enumInfo<Side>()
{
    static const EnumInfo info {QStringLiteral("side"),
        {entry("customer", ACCORD_VOCAB("Customer"), words({"client", "account"})),
            entry("vendor", ACCORD_VOCAB("Vendor"), words({"internal", "supplier", "us"}))}};
    return info;
}

template<> const EnumInfo &enumInfo<OutcomeStatus>()
{
    static const EnumInfo info {QStringLiteral("outcome_status"),
        {entry("not_started", ACCORD_VOCAB("Not started"), words({"pending", "planned", "open"})),
            entry("in_progress", ACCORD_VOCAB("In progress"),
                words({"on_track", "active", "started"})),
            entry("at_risk", ACCORD_VOCAB("At risk"), words({"off_track", "behind", "blocked"})),
            entry("achieved", ACCORD_VOCAB("Achieved"),
                words({"complete", "completed", "done", "met"})),
            entry("missed", ACCORD_VOCAB("Missed"), words({"failed", "not_met"})),
            entry("cancelled", ACCORD_VOCAB("Cancelled"), words({"canceled", "dropped"}))}};
    return info;
}

template<> const EnumInfo &enumInfo<TaskStatus>()
{
    static const EnumInfo info {QStringLiteral("task_status"),
        {entry("pending", ACCORD_VOCAB("Pending"),
             words({"not_started", "planned", "todo", "to_do", "open"})),
            entry("in_progress", ACCORD_VOCAB("In progress"),
                words({"started", "active", "on_track", "ongoing"})),
            entry("complete", ACCORD_VOCAB("Complete"),
                words({"completed", "done", "finished", "achieved"})),
            entry("blocked", ACCORD_VOCAB("Blocked"), words({"at_risk", "on_hold", "stalled"})),
            entry("skipped", ACCORD_VOCAB("Skipped"),
                words({"cancelled", "canceled", "not_applicable", "n/a"}))}};
    return info;
}

template<> const EnumInfo &enumInfo<RiskStatus>()
{
    static const EnumInfo info {QStringLiteral("risk_status"),
        {entry("open", ACCORD_VOCAB("Open"), words({"identified", "active", "new"})),
            entry("monitoring", ACCORD_VOCAB("Monitoring"), words({"watching", "in_progress"})),
            entry("mitigated", ACCORD_VOCAB("Mitigated"), words({"resolved", "controlled"})),
            entry("occurred", ACCORD_VOCAB("Occurred"), words({"realised", "realized", "issue"})),
            entry("closed", ACCORD_VOCAB("Closed"),
                words({"done", "cancelled", "canceled", "retired"}))}};
    return info;
}

template<> const EnumInfo &enumInfo<Level>()
{
    static const EnumInfo info {QStringLiteral("level"),
        {entry("low", ACCORD_VOCAB("Low"), words({"l", "minor"})),
            entry("medium", ACCORD_VOCAB("Medium"), words({"m", "med", "moderate"})),
            entry("high", ACCORD_VOCAB("High"), words({"h", "major"})),
            entry("critical", ACCORD_VOCAB("Critical"), words({"c", "severe", "very_high"}))}};
    return info;
}

template<> const EnumInfo &enumInfo<Direction>()
{
    static const EnumInfo info {QStringLiteral("direction"),
        {entry("increase", ACCORD_VOCAB("Increase"), words({"up", "higher", "higher_is_better"})),
            entry("decrease", ACCORD_VOCAB("Decrease"),
                words({"down", "lower", "lower_is_better", "reduce"}))}};
    return info;
}

template<> const EnumInfo &enumInfo<ReviewKind>()
{
    static const EnumInfo info {QStringLiteral("review_kind"),
        {entry("kickoff", ACCORD_VOCAB("Kickoff"), words({"kick_off"})),
            entry("day30", ACCORD_VOCAB("30-day review"), words({"30_day", "day_30"})),
            entry("day60", ACCORD_VOCAB("60-day review"), words({"60_day", "day_60"})),
            entry("day90", ACCORD_VOCAB("90-day review"), words({"90_day", "day_90"})),
            entry("qbr", ACCORD_VOCAB("Quarterly business review"),
                words({"quarterly", "quarterly_business_review"})),
            entry("ad_hoc", ACCORD_VOCAB("Ad hoc"), words({"adhoc", "other"})),
            entry("renewal", ACCORD_VOCAB("Renewal review"), words({"pre_renewal"}))}};
    return info;
}

template<> const EnumInfo &enumInfo<HealthLevel>()
{
    static const EnumInfo info {QStringLiteral("health_level"),
        {entry("green", ACCORD_VOCAB("Healthy"), words({"healthy", "good"})),
            entry("yellow", ACCORD_VOCAB("At risk"), words({"amber", "at_risk", "warning"})),
            entry("red", ACCORD_VOCAB("Critical"), words({"critical", "bad"}))}};
    return info;
}

} // namespace accord
