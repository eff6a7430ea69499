// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace accord {

struct Plan;
struct SignOff;

// SHA-256 (hex) of the plan's content: its canonical JSON with the plan id and the
// recorded sign-offs left out, so recording a sign-off does not change what was
// signed and a copy of a plan in another workspace has the same fingerprint.
QString planFingerprint(const Plan &plan);

// The first 12 hex digits, as printed in page footers.
QString shortFingerprint(const QString &fingerprint);

// The most recent sign-off (latest date, then last recorded), or nullptr.
const SignOff *latestSignOff(const Plan &plan);

// Signed, and the content no longer matches the latest sign-off's fingerprint.
bool changedSinceSigned(const Plan &plan);

} // namespace accord
