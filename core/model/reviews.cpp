// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviews.h"

namespace accord {

template<> const RowMeta<Review> &rowMeta<Review>()
{
    using R = Review;
    static const RowMeta<R> meta {QStringLiteral("review"), ACCORD_FIELD("Review history"),
        {field<&R::date>("date", ACCORD_FIELD("Date")),
            field<&R::kind>("kind", ACCORD_FIELD("Kind")),
            field<&R::attendees>("attendees", ACCORD_FIELD("Attendees")),
            longText<&R::summary>("summary", ACCORD_FIELD("Summary")),
            field<&R::decisions>("decisions", ACCORD_FIELD("Decisions")),
            field<&R::planChanges>("plan_changes", ACCORD_FIELD("Plan changes"))}};
    return meta;
}

template<> const RowMeta<AgendaItem> &rowMeta<AgendaItem>()
{
    using A = AgendaItem;
    static const RowMeta<A> meta {QStringLiteral("agenda_item"), ACCORD_FIELD("QBR agenda"),
        {field<&A::topic>("topic", ACCORD_FIELD("Topic")),
            within(field<&A::minutes>("minutes", ACCORD_FIELD("Duration (minutes)")), 0),
            field<&A::content>("content", ACCORD_FIELD("Content"))}};
    return meta;
}

} // namespace accord
