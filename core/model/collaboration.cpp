// SPDX-License-Identifier: GPL-3.0-or-later
#include "collaboration.h"

namespace accord {

template<> const RowMeta<Commitment> &rowMeta<Commitment>()
{
    using C = Commitment;
    static const RowMeta<C> meta {QStringLiteral("commitment"), ACCORD_FIELD("Mutual commitments"),
        {field<&C::side>("side", ACCORD_FIELD("Side")),
            field<&C::text>("text", ACCORD_FIELD("Commitment"))}};
    return meta;
}

template<> const RowMeta<Touchpoint> &rowMeta<Touchpoint>()
{
    using T = Touchpoint;
    static const RowMeta<T> meta {QStringLiteral("touchpoint"), ACCORD_FIELD("Regular touchpoints"),
        {field<&T::name>("name", ACCORD_FIELD("Touchpoint")),
            field<&T::audience>("audience", ACCORD_FIELD("Audience")),
            field<&T::frequency>("frequency", ACCORD_FIELD("Frequency")),
            field<&T::format>("format", ACCORD_FIELD("Format")),
            field<&T::owner>("owner", ACCORD_FIELD("Owner"), FieldHint::Person)}};
    return meta;
}

template<> const RowMeta<AdHocRule> &rowMeta<AdHocRule>()
{
    using A = AdHocRule;
    static const RowMeta<A> meta {QStringLiteral("ad_hoc_rule"),
        ACCORD_FIELD("Ad-hoc communications"),
        {field<&A::scenario>("scenario", ACCORD_FIELD("Scenario")),
            field<&A::method>("method", ACCORD_FIELD("Communication method")),
            field<&A::responseTime>("response_time", ACCORD_FIELD("Response time"))}};
    return meta;
}

template<> const RowMeta<EscalationRule> &rowMeta<EscalationRule>()
{
    using E = EscalationRule;
    static const RowMeta<E> meta {QStringLiteral("escalation_rule"),
        ACCORD_FIELD("Escalation path"),
        {field<&E::level>("level", ACCORD_FIELD("Level / trigger")),
            field<&E::impact>("impact", ACCORD_FIELD("Impact")),
            field<&E::path>("path", ACCORD_FIELD("Escalation path / action")),
            field<&E::owner>("owner", ACCORD_FIELD("Owner"), FieldHint::Person),
            field<&E::responseTime>("response_time", ACCORD_FIELD("Response time"))}};
    return meta;
}

template<> const RowMeta<TeamRole> &rowMeta<TeamRole>()
{
    using T = TeamRole;
    static const RowMeta<T> meta {QStringLiteral("team_role"), ACCORD_FIELD("Team roles"),
        {field<&T::role>("role", ACCORD_FIELD("Role")),
            field<&T::responsibility>("responsibility", ACCORD_FIELD("Responsibility")),
            field<&T::person>("person", ACCORD_FIELD("Person"), FieldHint::Person)}};
    return meta;
}

} // namespace accord
