// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "field.h"

namespace accord {

// An ordered phase of the roadmap (the five onboarding phases of the onboarding
// template, the joint plan's four, the journey stages) with its deliverable.
struct Phase {
    PhaseId id;
    QString name;
    QString timeframe; // "Weeks 1-2", "Month 1"
    QString deliverable;
    QStringList activities;
};

// A milestone or task with an owner and dates.
struct Milestone {
    RowId id;
    OutcomeId outcome; // optional
    PhaseId phase; // optional
    QString name;
    QString owner; // a stakeholder's name or free text
    QDate start;
    QDate targetDate;
    QDate actualDate;
    TaskStatus status = TaskStatus::Pending;
    QStringList blockers;
    QString notes;
    bool notesInternal = false;
};

template<> const RowMeta<Phase> &rowMeta<Phase>();
template<> const RowMeta<Milestone> &rowMeta<Milestone>();

} // namespace accord
