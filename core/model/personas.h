// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "field.h"

namespace accord {

// A buyer/user persona with goals and expectations.
struct Persona {
    PersonaId id;
    QString name;
    QString goals;
    QStringList expectations;
    QStringList keyValueMilestones;
};

// How much a feature matters to a persona, 1–5 (the feature-importance bar graph).
struct FeatureImportance {
    RowId id;
    PersonaId persona;
    QString feature;
    int importance = 3;
};

// A use case with its goal and the value it delivers (goals & metrics).
struct UseCase {
    UseCaseId id;
    PersonaId persona;
    QString name;
    QString goal;
    QString valueDelivered;
};

// One step of a use case's onboarding flow (the onboarding process).
struct OnboardingStep {
    RowId id;
    UseCaseId useCase;
    int day = 1;
    QString milestone;
    QString valueDelivered;
    QString csmTasks;
    QString comments;
    bool commentsInternal = false;
};

template<> const RowMeta<Persona> &rowMeta<Persona>();
template<> const RowMeta<FeatureImportance> &rowMeta<FeatureImportance>();
template<> const RowMeta<UseCase> &rowMeta<UseCase>();
template<> const RowMeta<OnboardingStep> &rowMeta<OnboardingStep>();

} // namespace accord
