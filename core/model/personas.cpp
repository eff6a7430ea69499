// SPDX-License-Identifier: GPL-3.0-or-later
#include "personas.h"

namespace accord {

template<> const RowMeta<Persona> &rowMeta<Persona>()
{
    using P = Persona;
    static const RowMeta<P> meta {QStringLiteral("persona"), ACCORD_FIELD("Personas"),
        {field<&P::name>("name", ACCORD_FIELD("Persona")),
            longText<&P::goals>("goals", ACCORD_FIELD("Goals")),
            field<&P::expectations>("expectations", ACCORD_FIELD("Expectations")),
            field<&P::keyValueMilestones>(
                "key_value_milestones", ACCORD_FIELD("Key value milestones"))}};
    return meta;
}

template<> const RowMeta<FeatureImportance> &rowMeta<FeatureImportance>()
{
    using F = FeatureImportance;
    static const RowMeta<F> meta {QStringLiteral("feature_importance"),
        ACCORD_FIELD("Feature importance"),
        {ref<&F::persona>("persona_id", ACCORD_FIELD("Persona"), "persona", true),
            field<&F::feature>("feature", ACCORD_FIELD("Feature")),
            within(field<&F::importance>("importance", ACCORD_FIELD("Importance (1–5)")), 1, 5)}};
    return meta;
}

template<> const RowMeta<UseCase> &rowMeta<UseCase>()
{
    using U = UseCase;
    static const RowMeta<U> meta {QStringLiteral("use_case"), ACCORD_FIELD("Use cases"),
        {ref<&U::persona>("persona_id", ACCORD_FIELD("Persona"), "persona"),
            field<&U::name>("name", ACCORD_FIELD("Use case")),
            field<&U::goal>("goal", ACCORD_FIELD("Goal")),
            field<&U::valueDelivered>("value_delivered", ACCORD_FIELD("Value delivered"))}};
    return meta;
}

template<> const RowMeta<OnboardingStep> &rowMeta<OnboardingStep>()
{
    using O = OnboardingStep;
    static const RowMeta<O> meta {QStringLiteral("onboarding_step"),
        ACCORD_FIELD("Onboarding steps"),
        {ref<&O::useCase>("use_case_id", ACCORD_FIELD("Use case"), "use_case", true),
            within(field<&O::day>("day", ACCORD_FIELD("Day")), 0),
            field<&O::milestone>("milestone", ACCORD_FIELD("Milestone")),
            field<&O::valueDelivered>("value_delivered", ACCORD_FIELD("Value delivered")),
            internal(field<&O::csmTasks>("csm_tasks", ACCORD_FIELD("CSM tasks"))),
            internalWhen<&O::commentsInternal>(
                field<&O::comments>("comments", ACCORD_FIELD("Comments"))),
            internal(field<&O::commentsInternal>(
                "comments_internal", ACCORD_FIELD("Comments are internal")))}};
    return meta;
}

} // namespace accord
