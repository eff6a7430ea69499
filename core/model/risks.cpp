// SPDX-License-Identifier: GPL-3.0-or-later
#include "risks.h"

namespace accord {

template<> const RowMeta<Risk> &rowMeta<Risk>()
{
    using R = Risk;
    static const RowMeta<R> meta {QStringLiteral("risk"), ACCORD_FIELD("Risks"),
        {field<&R::code>("code", ACCORD_FIELD("Code"), FieldHint::Code),
            field<&R::description>("description", ACCORD_FIELD("Risk")),
            field<&R::category>("category", ACCORD_FIELD("Category")),
            field<&R::likelihood>("likelihood", ACCORD_FIELD("Likelihood")),
            field<&R::impact>("impact", ACCORD_FIELD("Impact")),
            field<&R::mitigation>("mitigation", ACCORD_FIELD("Mitigation")),
            field<&R::owner>("owner", ACCORD_FIELD("Owner"), FieldHint::Person),
            progress(field<&R::status>("status", ACCORD_FIELD("Status"))),
            field<&R::trigger>("trigger", ACCORD_FIELD("Trigger")),
            field<&R::contingency>("contingency", ACCORD_FIELD("Contingency"))}};
    return meta;
}

template<> const RowMeta<SuccessBarrier> &rowMeta<SuccessBarrier>()
{
    using B = SuccessBarrier;
    static const RowMeta<B> meta {QStringLiteral("success_barrier"),
        ACCORD_FIELD("Success barriers"),
        {field<&B::barrier>("barrier", ACCORD_FIELD("Potential barrier")),
            field<&B::mitigation>("mitigation", ACCORD_FIELD("Mitigation plan")),
            field<&B::owner>("owner", ACCORD_FIELD("Owner"), FieldHint::Person)}};
    return meta;
}

template<> const RowMeta<Contingency> &rowMeta<Contingency>()
{
    using C = Contingency;
    static const RowMeta<C> meta {QStringLiteral("contingency"), ACCORD_FIELD("Contingency plans"),
        {field<&C::scenario>("scenario", ACCORD_FIELD("Scenario")),
            field<&C::action>("action", ACCORD_FIELD("Contingency action")),
            field<&C::trigger>("trigger", ACCORD_FIELD("Trigger")),
            field<&C::owner>("owner", ACCORD_FIELD("Owner"), FieldHint::Person)}};
    return meta;
}

template<> const RowMeta<WarningSignal> &rowMeta<WarningSignal>()
{
    using W = WarningSignal;
    static const RowMeta<W> meta {QStringLiteral("warning_signal"),
        ACCORD_FIELD("Early-warning signals"),
        {field<&W::signal>("signal", ACCORD_FIELD("Signal")),
            field<&W::threshold>("threshold", ACCORD_FIELD("Threshold")),
            field<&W::response>("response", ACCORD_FIELD("Response"))},
        Audience::Internal};
    return meta;
}

} // namespace accord
