// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "appendix.h"
#include "collaboration.h"
#include "health.h"
#include "outcomes.h"
#include "personas.h"
#include "planheader.h"
#include "reviews.h"
#include "risks.h"
#include "roadmap.h"
#include "signoff.h"
#include "stakeholder.h"
#include "technical.h"
#include "training.h"
#include "value.h"

#include <vector>

namespace accord {

// A joint customer success plan: a value holding every section of a plan.
// Row collections are flat; child rows point at their owner by id (a metric's
// outcome, a measurement's metric…). Ids are local to the plan.
struct Plan {
    PlanId id;
    Account account;
    PlanHeader header;

    std::vector<Stakeholder> stakeholders;
    std::vector<Outcome> outcomes;
    std::vector<Metric> metrics;
    std::vector<InterimTarget> interimTargets;
    std::vector<Measurement> measurements;
    std::vector<LeadingIndicator> leadingIndicators;
    std::vector<Phase> phases;
    std::vector<Milestone> milestones;
    std::vector<Persona> personas;
    std::vector<FeatureImportance> featureImportance;
    std::vector<UseCase> useCases;
    std::vector<OnboardingStep> onboardingSteps;
    std::vector<Commitment> commitments;
    std::vector<Integration> integrations;
    std::vector<DataMigration> dataMigrations;
    std::vector<CustomConfiguration> customConfigurations;
    std::vector<UserGroup> userGroups;
    std::vector<TrainingSession> trainingSessions;
    std::vector<AdoptionMetric> adoptionMetrics;
    std::vector<Touchpoint> touchpoints;
    std::vector<AdHocRule> adHocRules;
    std::vector<EscalationRule> escalationRules;
    std::vector<TeamRole> teamRoles;
    std::vector<Risk> risks;
    std::vector<SuccessBarrier> successBarriers;
    std::vector<Contingency> contingencies;
    std::vector<WarningSignal> warningSignals;
    std::vector<BaselineMeasurement> baselineMeasurements;
    std::vector<RoiLine> roiLines;
    std::vector<RoiPeriod> roiPeriods;
    std::vector<Opportunity> opportunities;
    std::vector<Upsell> upsells;
    std::vector<HealthComponent> healthComponents;
    std::vector<Review> reviews;
    std::vector<AgendaItem> agendaItems;
    std::vector<Signatory> signatories;
    std::vector<SignOff> signOffs;
    std::vector<GlossaryEntry> glossary;
    std::vector<RelatedDocument> relatedDocuments;
    std::vector<HistoryEntry> history;
    std::vector<ToolResource> toolResources;
    std::vector<ImprovementPractice> improvementPractices;
};

} // namespace accord
