// SPDX-License-Identifier: GPL-3.0-or-later
#include "planheader.h"

#include "vocabulary.h"

namespace accord {

template<> const RowMeta<PlanHeader> &rowMeta<PlanHeader>()
{
    using H = PlanHeader;
    static const RowMeta<H> meta {QStringLiteral("plan"), ACCORD_FIELD("Plan"),
        {field<&H::title>("title", ACCORD_FIELD("Title")),
            field<&H::version>("version", ACCORD_FIELD("Version"), FieldHint::Code),
            field<&H::status>("status", ACCORD_FIELD("Status")),
            field<&H::created>("created", ACCORD_FIELD("Created")),
            field<&H::lastReviewed>("last_reviewed", ACCORD_FIELD("Last reviewed")),
            field<&H::nextReview>("next_review", ACCORD_FIELD("Next review")),
            field<&H::cadence>("review_cadence", ACCORD_FIELD("Review cadence")),
            within(field<&H::scopeMonths>("scope_months", ACCORD_FIELD("Scope (months)")), 1),
            field<&H::format>("format", ACCORD_FIELD("Plan format")),
            field<&H::stage>("stage", ACCORD_FIELD("Lifecycle stage")),
            field<&H::ownership>("ownership", ACCORD_FIELD("Ownership")),
            field<&H::successMeasure>("success_measure", ACCORD_FIELD("Success measure")),
            internal(field<&H::onboardingTouch>(
                "onboarding_touch", ACCORD_FIELD("Onboarding engagement"))),
            internal(
                field<&H::adoptionTouch>("adoption_touch", ACCORD_FIELD("Adoption engagement"))),
            longText<&H::vision>("vision", ACCORD_FIELD("Vision")),
            longText<&H::valueProposition>(
                "value_proposition", ACCORD_FIELD("What success looks like")),
            field<&H::primaryGoal>("primary_goal", ACCORD_FIELD("Primary business goal")),
            field<&H::primaryMetric>("primary_metric", ACCORD_FIELD("Primary success metric")),
            field<&H::primaryTargetDate>(
                "primary_target_date", ACCORD_FIELD("Primary goal target date")),
            field<&H::secondaryGoals>("secondary_goals", ACCORD_FIELD("Secondary goals")),
            longText<&H::successStatement>(
                "success_statement", ACCORD_FIELD("Success statement (customer's words)")),
            field<&H::onboardingGoal>("onboarding_goal", ACCORD_FIELD("Onboarding goal")),
            field<&H::keyValueMetric>("key_value_metric", ACCORD_FIELD("Key value metric")),
            internal(field<&H::upgradePercent>(
                "upgrade_percent", ACCORD_FIELD("Upgrade %"), FieldHint::Percent)),
            internal(field<&H::expansionPercent>(
                "expansion_percent", ACCORD_FIELD("Expansion %"), FieldHint::Percent)),
            internal(within(field<&H::nps>("nps", ACCORD_FIELD("NPS")), -100, 100)),
            within(field<&H::qbrMinutes>("qbr_minutes", ACCORD_FIELD("QBR duration (minutes)")), 1),
            vocabulary(field<&H::qbrCustomerAttendees>(
                           "qbr_customer_attendees", ACCORD_FIELD("QBR customer attendees")),
                Vocabularies::stakeholderType()),
            vocabulary(field<&H::qbrVendorAttendees>(
                           "qbr_vendor_attendees", ACCORD_FIELD("QBR vendor attendees")),
                Vocabularies::stakeholderType()),
            internal(notBefore<&H::healthYellowMin>(
                field<&H::healthGreenMin>(
                    "health_green_min", ACCORD_FIELD("Healthy from score"), FieldHint::Score),
                "thresholds-inverted",
                ACCORD_RULE("The at-risk threshold (%2) is above the healthy threshold (%1)."))),
            internal(field<&H::healthYellowMin>(
                "health_yellow_min", ACCORD_FIELD("At risk from score"), FieldHint::Score)),
            internal(field<&H::greenAction>("green_action", ACCORD_FIELD("Action when healthy"))),
            internal(field<&H::yellowAction>("yellow_action", ACCORD_FIELD("Action when at risk"))),
            internal(field<&H::redAction>("red_action", ACCORD_FIELD("Action when critical"))),
            internalWhen<&H::notesInternal>(longText<&H::notes>("notes", ACCORD_FIELD("Notes"))),
            internal(
                field<&H::notesInternal>("notes_internal", ACCORD_FIELD("Notes are internal")))}};
    return meta;
}

} // namespace accord
