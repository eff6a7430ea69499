// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap.h"

namespace accord {

template<> const RowMeta<Phase> &rowMeta<Phase>()
{
    using P = Phase;
    static const RowMeta<P> meta {QStringLiteral("phase"), ACCORD_FIELD("Phases"),
        {field<&P::name>("name", ACCORD_FIELD("Phase")),
            field<&P::timeframe>("timeframe", ACCORD_FIELD("Timeframe")),
            field<&P::deliverable>("deliverable", ACCORD_FIELD("Deliverable")),
            field<&P::activities>("activities", ACCORD_FIELD("Activities"))}};
    return meta;
}

template<> const RowMeta<Milestone> &rowMeta<Milestone>()
{
    using M = Milestone;
    static const RowMeta<M> meta {QStringLiteral("milestone"), ACCORD_FIELD("Milestones"),
        {ref<&M::outcome>("outcome_id", ACCORD_FIELD("Outcome"), "outcome"),
            ref<&M::phase>("phase_id", ACCORD_FIELD("Phase"), "phase"),
            field<&M::name>("name", ACCORD_FIELD("Milestone")),
            field<&M::owner>("owner", ACCORD_FIELD("Owner"), FieldHint::Person),
            field<&M::start>("start_date", ACCORD_FIELD("Start")),
            notBefore<&M::start>(field<&M::targetDate>("target_date", ACCORD_FIELD("Target date")),
                "date-order", ACCORD_RULE("The target date (%1) is before the start date (%2).")),
            notBefore<&M::start>(
                progress(field<&M::actualDate>("actual_date", ACCORD_FIELD("Actual date"))),
                "date-order", ACCORD_RULE("The actual date (%1) is before the start date (%2).")),
            progress(field<&M::status>("status", ACCORD_FIELD("Status"))),
            field<&M::blockers>("blockers", ACCORD_FIELD("Blockers")),
            internalWhen<&M::notesInternal>(longText<&M::notes>("notes", ACCORD_FIELD("Notes"))),
            internal(
                field<&M::notesInternal>("notes_internal", ACCORD_FIELD("Notes are internal")))}};
    return meta;
}

} // namespace accord
