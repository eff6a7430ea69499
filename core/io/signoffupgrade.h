// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace accord {

struct Plan;
struct SignOff;

// Sign-offs recorded with content format 1 (the fingerprint hashed the plan's JSON
// export, kept as the snapshot) are rewritten to the current PlanContent format,
// once, when a workspace is upgraded and when a plan file is imported. Nothing is
// taken on trust: a snapshot whose SHA-256 is not the stored fingerprint is left
// as it is (the plan then shows as changed since signed, as before).
//
// The signed content is read back from the snapshot. If the plan (without its
// sign-offs) still says exactly that, the plan's own canonical content becomes the
// snapshot, so the plan verifies as signed; otherwise the snapshot's content does,
// so the sign-off keeps recording what was signed.
class SignOffUpgrade {
public:
    // Whether the sign-off's snapshot is format 1 content that matches its fingerprint.
    static bool needsUpgrade(const SignOff &signOff);
    // Every sign-off of the plan (the plan's content is made once for all of them);
    // returns how many were rewritten.
    static int upgradeAll(Plan &plan);
};

} // namespace accord
