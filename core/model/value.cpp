// SPDX-License-Identifier: GPL-3.0-or-later
#include "value.h"

namespace accord {

template<> const RowMeta<BaselineMeasurement> &rowMeta<BaselineMeasurement>()
{
    using B = BaselineMeasurement;
    static const RowMeta<B> meta {QStringLiteral("baseline_measurement"),
        ACCORD_FIELD("Baseline measurements"),
        {field<&B::metric>("metric", ACCORD_FIELD("Metric")),
            field<&B::value>("value", ACCORD_FIELD("Current value")),
            field<&B::source>("source", ACCORD_FIELD("Data source")),
            field<&B::collected>("collected", ACCORD_FIELD("Date collected"))}};
    return meta;
}

template<> const RowMeta<RoiLine> &rowMeta<RoiLine>()
{
    using R = RoiLine;
    static const RowMeta<R> meta {QStringLiteral("roi_line"), ACCORD_FIELD("Expected ROI"),
        {field<&R::benefitType>("benefit_type", ACCORD_FIELD("Benefit type")),
            field<&R::annualValue>("annual_value", ACCORD_FIELD("Annual value")),
            field<&R::method>("method", ACCORD_FIELD("Calculation method"))}};
    return meta;
}

template<> const RowMeta<RoiPeriod> &rowMeta<RoiPeriod>()
{
    using R = RoiPeriod;
    static const RowMeta<R> meta {QStringLiteral("roi_period"), ACCORD_FIELD("ROI timeline"),
        {within(field<&R::month>("month", ACCORD_FIELD("Month")), 0),
            field<&R::investment>("investment", ACCORD_FIELD("Investment")),
            field<&R::benefits>("benefits", ACCORD_FIELD("Benefits"))}};
    return meta;
}

template<> const RowMeta<Opportunity> &rowMeta<Opportunity>()
{
    using O = Opportunity;
    static const RowMeta<O> meta {QStringLiteral("opportunity"),
        ACCORD_FIELD("Expansion opportunities"),
        {field<&O::opportunity>("opportunity", ACCORD_FIELD("Opportunity")),
            field<&O::value>("value", ACCORD_FIELD("Potential value")),
            field<&O::probability>("probability", ACCORD_FIELD("Probability"), FieldHint::Percent),
            field<&O::targetDate>("target_date", ACCORD_FIELD("Target date")),
            field<&O::owner>("owner", ACCORD_FIELD("Owner"), FieldHint::Person)},
        Audience::Internal};
    return meta;
}

template<> const RowMeta<Upsell> &rowMeta<Upsell>()
{
    using U = Upsell;
    static const RowMeta<U> meta {QStringLiteral("upsell"), ACCORD_FIELD("Upsell / cross-sell"),
        {field<&U::product>("product", ACCORD_FIELD("Product / feature")),
            field<&U::targetDate>("target_date", ACCORD_FIELD("Target date")),
            field<&U::approach>("approach", ACCORD_FIELD("Approach")),
            field<&U::owner>("owner", ACCORD_FIELD("Owner"), FieldHint::Person)},
        Audience::Internal};
    return meta;
}

} // namespace accord
