// SPDX-License-Identifier: GPL-3.0-or-later
#include "training.h"

namespace accord {

template<> const RowMeta<UserGroup> &rowMeta<UserGroup>()
{
    using U = UserGroup;
    static const RowMeta<U> meta {QStringLiteral("user_group"), ACCORD_FIELD("User groups"),
        {field<&U::group>("user_group", ACCORD_FIELD("User group")),
            within(field<&U::users>("users", ACCORD_FIELD("Number of users")), 0),
            field<&U::role>("role", ACCORD_FIELD("Role")),
            field<&U::trainingDate>("training_date", ACCORD_FIELD("Training date")),
            field<&U::method>("method", ACCORD_FIELD("Training method"))}};
    return meta;
}

template<> const RowMeta<TrainingSession> &rowMeta<TrainingSession>()
{
    using T = TrainingSession;
    static const RowMeta<T> meta {QStringLiteral("training_session"),
        ACCORD_FIELD("Training schedule"),
        {field<&T::date>("date", ACCORD_FIELD("Date")),
            field<&T::session>("session", ACCORD_FIELD("Training session")),
            field<&T::attendees>("attendees", ACCORD_FIELD("Attendees")),
            field<&T::duration>("duration", ACCORD_FIELD("Duration")),
            field<&T::trainer>("trainer", ACCORD_FIELD("Trainer"), FieldHint::Person),
            progress(field<&T::status>("status", ACCORD_FIELD("Status")))}};
    return meta;
}

template<> const RowMeta<AdoptionMetric> &rowMeta<AdoptionMetric>()
{
    using A = AdoptionMetric;
    static const RowMeta<A> meta {QStringLiteral("adoption_metric"),
        ACCORD_FIELD("Adoption metrics"),
        {field<&A::metric>("metric", ACCORD_FIELD("Metric")),
            field<&A::target>("target", ACCORD_FIELD("Target")),
            field<&A::method>("method", ACCORD_FIELD("Measurement method")),
            field<&A::frequency>("frequency", ACCORD_FIELD("Frequency"))}};
    return meta;
}

} // namespace accord
