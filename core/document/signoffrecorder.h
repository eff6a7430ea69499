// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/change.h"
#include "model/signoff.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace accord {

class PlanDocument;

// What recording a sign-off does to a plan: the new "sign_off" row and the
// signed_on dates of the chosen signatories, as changes for one undoable step.
struct SignOffRecording {
    SignOff signOff; // the row that is inserted
    std::vector<Change> changes; // signed_on dates first, then the sign_off row
};

// Where a plan stands with its customer: never signed, signed and unchanged since,
// or edited after the latest sign-off.
struct SignOffStatus {
    enum class State { NotSigned, Signed, ChangedSinceSigned };
    State state = State::NotSigned;
    SignOff latest; // empty when NotSigned
};

// "Record sign-off": freezes the plan's current content. The fingerprint and the
// snapshot are taken of the plan *with* the signatories' new signed_on dates,
// because those dates are part of the content that planFingerprint() covers; the
// snapshot is exactly the canonical content the fingerprint hashes (PlanContent:
// without the plan id and without earlier sign-offs, so snapshots do not nest), so
// `sha256sum` of the stored snapshot reproduces the stored fingerprint, and
// PlanContent::read() gives back the plan that was signed.
//
// Refused, with a sentence saying why: no signatory chosen, a chosen signatory
// that is not in the plan or has no name, a plan without a version, a missing
// date, a date after today (a sign-off records a signature already given; earlier
// dates are fine, for a signature on paper recorded later), and a date before
// the latest recorded sign-off (the latest sign-off is the one with the latest
// date, so an older date would not become the one the plan is compared with).
class SignOffRecorder {
    Q_DECLARE_TR_FUNCTIONS(accord::SignOffRecorder)

public:
    // Pure: the changes that record a sign-off on date by the signatories with
    // the given row ids, or why it cannot be recorded.
    static Result<SignOffRecording> prepare(const Plan &plan, const QDate &date,
        const std::vector<qint64> &signatoryIds, const QDate &today = QDate::currentDate());

    // prepare() and one PlanDocument::edit() called "Record sign-off".
    static Result<void> record(PlanDocument &document, const QDate &date,
        const std::vector<qint64> &signatoryIds, const QDate &today = QDate::currentDate());

    // "Name, Title (Customer)" as stored in SignOff::signatories.
    static QString signatoryText(const Signatory &signatory);

    static SignOffStatus status(const Plan &plan);
    // One line for display: "Signed 2026-03-01, version 1.2, fingerprint ab12…",
    // "Changed since signed on 2026-03-01 (version 1.2)" or "Not signed".
    static QString describe(const Plan &plan);
};

} // namespace accord
