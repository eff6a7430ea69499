// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace accord {

// A number with the unit written after it: 4 "hours per report", 80 "%".
struct Quantity {
    double value = 0;
    QString unit;
    bool operator==(const Quantity &) const = default;
};

// Reads a number and unit out of free text such as a metric's baseline
// ("4 hours per report") only where that is unambiguous. Ambiguous means: no
// number, more than one number that do not agree, a range ("4-6 hours"), an
// inequality or estimate ("<5", "~4", "about 4"), words before the number, a
// decimal comma. "N of M (P%)" is read as P "%" when P is N/M (rounded) - the
// three numbers then state one proportion, and the percentage is the form that
// survives a change of team size; "N of M" alone stays unread. "$150,000" is
// 150000 "USD" (see Money::parse).
class QuantityParser {
public:
    static std::optional<Quantity> parse(QStringView text);

    // A metric has one unit, so a baseline and a target are put in the same one:
    // equal units stay as they are; time units with the same rest are converted
    // to the smaller ("4 hours per report" and "30 minutes per report" become
    // 240 and 30 "minutes per report"); anything else gives no values at all.
    struct Reconciled {
        std::optional<double> baseline;
        std::optional<double> target;
        QString unit;
        bool operator==(const Reconciled &) const = default;
    };
    static Reconciled reconcile(
        const std::optional<Quantity> &baseline, const std::optional<Quantity> &target);

    // Whole minutes from a duration: "20 min", "60 minutes", "1.5 hours", "45".
    static std::optional<int> minutes(QStringView text);
};

} // namespace accord
