// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "field.h"

namespace accord {

// The plan's single-valued sections: document info and header, defaults, executive
// summary and partnership objectives, company goals and engagement model, KPI
// tiles, QBR settings, health thresholds and appendix notes.
struct PlanHeader {
    // document info
    QString title;
    QString version = QStringLiteral("1.0");
    PlanStatus status = PlanStatus::Draft;
    QDate created;
    QDate lastReviewed;
    QDate nextReview;
    ReviewCadence cadence = ReviewCadence::Quarterly;
    int scopeMonths = 12;
    PlanFormat format = PlanFormat::OutcomeBased;
    LifecycleStage stage = LifecycleStage::Onboarding;
    QString ownership = QStringLiteral("CSM owns the document, customer co-owns the goals");
    QString successMeasure = QStringLiteral("Goal attainment rate");
    // engagement model
    Touch onboardingTouch = Touch::High;
    Touch adoptionTouch = Touch::High;
    // objectives
    QString vision;
    QString valueProposition;
    QString primaryGoal;
    QString primaryMetric;
    QDate primaryTargetDate;
    QStringList secondaryGoals;
    QString successStatement;
    QString onboardingGoal;
    QString keyValueMetric;
    // KPI tiles
    std::optional<double> upgradePercent;
    std::optional<double> expansionPercent;
    std::optional<int> nps;
    // QBR settings
    int qbrMinutes = 60;
    QStringList qbrCustomerAttendees;
    QStringList qbrVendorAttendees;
    // health thresholds
    int healthGreenMin = 80;
    int healthYellowMin = 60;
    QString greenAction;
    QString yellowAction;
    QString redAction;
    // appendix
    QString notes;
    bool notesInternal = false;
};

template<> const RowMeta<PlanHeader> &rowMeta<PlanHeader>();

} // namespace accord
