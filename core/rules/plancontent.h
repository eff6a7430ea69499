// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "util/result.h"

#include <QByteArray>
#include <QStringView>

namespace accord {

// The canonical text of what a plan says, the bytes its fingerprint hashes. It is
// made from the field descriptors, not from an export format, so a change to how
// files look never changes a fingerprint; only a new format number may.
//
// Format 2 (UTF-8, one item per line, "\n" line ends):
//   accord-plan-content 2
//   [<table>]                       every table with rows, sorted by table key;
//   row <n>                         each row in plan order, numbered from 1;
//   <field>=<value>                 its fields sorted by key, empty ones left out.
// Left out: the plan id, row ids and the sign-off records (a sign-off does not
// change what was signed, and a copy in another workspace keeps its fingerprint).
// A value is empty when it is not set, an empty text or list, false, or no
// reference; so a field added later with an empty default changes no fingerprint.
// Values: text with \\ \n \r \t escaped; dates yyyy-MM-dd; whole numbers in
// decimal; decimals in the shortest form that reads back exactly; money as
// "<minor units> <currency>"; lists as "<count>" and then "\t<item>" per item; a
// reference as the referenced row's number in its table (or "?<id>" when that row
// is missing).
//
// Format 1 was the plan's JSON export; PlanContent does not write it. Sign-offs
// recorded in format 1 are rewritten once, from their own snapshot
// (SignOffUpgrade).
class PlanContent {
public:
    static constexpr int kFormat = 2;

    static QByteArray canonical(const Plan &plan);
    // The plan a canonical text describes (what a sign-off's snapshot says was
    // signed): rows get ids 1..n per table; the plan and account ids stay 0.
    // canonical(read(text)) == text for every text canonical() wrote.
    static Result<Plan> read(const QByteArray &content);
    // Whether a sign-off's snapshot is content of the current format.
    static bool isCurrentFormat(QStringView snapshot);
};

} // namespace accord
