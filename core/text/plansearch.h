// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldref.h"

#include <QString>

#include <vector>

namespace accord {

struct Plan;

// One field of one row whose text holds what was searched for.
struct SearchHit {
    FieldRef field;
    qint64 rowId = 0; // the plan's or the account's id for those records
    QString text; // the field's whole text, as people read it
    qsizetype start = 0; // where the match is in text
    qsizetype length = 0;
};

// Finds text in a plan: every text, paragraph, list and vocabulary field of every
// section (outcomes, milestones, stakeholders, risks, notes…), in document order.
// The search ignores case and runs of white space; a query of several words
// matches a field that holds all of them (the first is marked).
class PlanSearch {
public:
    static std::vector<SearchHit> find(const Plan &plan, const QString &query, int limit = 200);
    // The part of a hit around the match, at most about width characters, with
    // ellipses where text was cut.
    static QString excerpt(const SearchHit &hit, int width = 80);
};

} // namespace accord
