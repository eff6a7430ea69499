// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace accord {

struct Plan;
struct SignOff;

// SHA-256 (hex) of the plan's content, PlanContent::canonical(): the plan id and the
// recorded sign-offs left out, so recording a sign-off does not change what was
// signed and a copy of a plan in another workspace has the same fingerprint.
QString planFingerprint(const Plan &plan);

// The bytes planFingerprint() hashes, kept as a sign-off's snapshot so that the
// stored snapshot and the stored fingerprint can be checked against each other
// with `sha256sum`.
QByteArray planContent(const Plan &plan);

// SHA-256 of content as 64 lowercase hex digits.
QString contentFingerprint(const QByteArray &content);

// The first 12 hex digits, as printed in page footers.
QString shortFingerprint(const QString &fingerprint);

// The most recent sign-off (latest date, then last recorded), or nullptr.
const SignOff *latestSignOff(const Plan &plan);

// Signed, and the content no longer matches the latest sign-off's fingerprint.
bool changedSinceSigned(const Plan &plan);

} // namespace accord
