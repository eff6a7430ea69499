// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomes.h"

namespace accord {

template<> const RowMeta<Outcome> &rowMeta<Outcome>()
{
    using O = Outcome;
    static const RowMeta<O> meta {QStringLiteral("outcome"), ACCORD_FIELD("Outcomes"),
        {field<&O::code>("code", ACCORD_FIELD("Code"), FieldHint::Code),
            longText<&O::description>("description", ACCORD_FIELD("Description")),
            field<&O::businessValue>("business_value", ACCORD_FIELD("Business value")),
            field<&O::soThat>("so_that", ACCORD_FIELD("So that the customer can…")),
            field<&O::priority>("priority", ACCORD_FIELD("Priority")),
            progress(field<&O::status>("status", ACCORD_FIELD("Status")))}};
    return meta;
}

template<> const RowMeta<Metric> &rowMeta<Metric>()
{
    using M = Metric;
    static const RowMeta<M> meta {QStringLiteral("metric"), ACCORD_FIELD("Metrics"),
        {ref<&M::outcome>("outcome_id", ACCORD_FIELD("Outcome"), "outcome", true),
            field<&M::name>("name", ACCORD_FIELD("Metric")),
            field<&M::unit>("unit", ACCORD_FIELD("Unit")),
            field<&M::direction>("direction", ACCORD_FIELD("Direction")),
            field<&M::baselineValue>("baseline_value", ACCORD_FIELD("Baseline")),
            field<&M::baselineText>("baseline_text", ACCORD_FIELD("Baseline as written")),
            field<&M::baselineDate>("baseline_date", ACCORD_FIELD("Baseline measured on")),
            field<&M::baselineSource>("baseline_source", ACCORD_FIELD("Baseline source")),
            field<&M::targetValue>("target_value", ACCORD_FIELD("Target")),
            field<&M::targetText>("target_text", ACCORD_FIELD("Target as written")),
            notBefore<&M::baselineDate>(
                field<&M::targetDate>("target_date", ACCORD_FIELD("Target date")), "date-order",
                ACCORD_RULE("The target date (%1) is before the baseline date (%2).")),
            field<&M::dataSource>("data_source", ACCORD_FIELD("Data source"))}};
    return meta;
}

template<> const RowMeta<InterimTarget> &rowMeta<InterimTarget>()
{
    using I = InterimTarget;
    static const RowMeta<I> meta {QStringLiteral("interim_target"), ACCORD_FIELD("Interim targets"),
        {ref<&I::metric>("metric_id", ACCORD_FIELD("Metric"), "metric", true),
            field<&I::label>("label", ACCORD_FIELD("Checkpoint")),
            within(field<&I::dayOffset>("day_offset", ACCORD_FIELD("Day")), 0),
            field<&I::date>("date", ACCORD_FIELD("Date")),
            field<&I::value>("value", ACCORD_FIELD("Target value")),
            field<&I::text>("text", ACCORD_FIELD("Target as written"))}};
    return meta;
}

template<> const RowMeta<Measurement> &rowMeta<Measurement>()
{
    using M = Measurement;
    static const RowMeta<M> meta {QStringLiteral("measurement"), ACCORD_FIELD("Measurements"),
        {ref<&M::metric>("metric_id", ACCORD_FIELD("Metric"), "metric", true),
            field<&M::date>("date", ACCORD_FIELD("Date")),
            field<&M::value>("value", ACCORD_FIELD("Value")),
            internalWhen<&M::noteInternal>(field<&M::note>("note", ACCORD_FIELD("Note"))),
            ref<&M::review>("review_id", ACCORD_FIELD("Review"), "review"),
            internal(field<&M::noteInternal>("note_internal", ACCORD_FIELD("Note is internal")))}};
    return meta;
}

template<> const RowMeta<LeadingIndicator> &rowMeta<LeadingIndicator>()
{
    using L = LeadingIndicator;
    static const RowMeta<L> meta {QStringLiteral("leading_indicator"),
        ACCORD_FIELD("Leading indicators"),
        {field<&L::text>("text", ACCORD_FIELD("Indicator")),
            field<&L::targetDate>("target_date", ACCORD_FIELD("Target date")),
            progress(field<&L::met>("met", ACCORD_FIELD("Met")))}};
    return meta;
}

} // namespace accord
