// SPDX-License-Identifier: GPL-3.0-or-later
#include "roisummary.h"

#include "model/plan.h"

#include <QtNumeric>

#include <algorithm>
#include <limits>

namespace accord {

namespace {

// The currency every amount shares (empty ones go with any), or nullopt when two differ.
std::optional<QString> commonCurrency(const std::vector<RoiPeriod> &periods)
{
    QString currency;
    for (const RoiPeriod &p : periods) {
        for (const Money *m : {&p.investment, &p.benefits}) {
            if (m->currency.isEmpty())
                continue;
            if (!currency.isEmpty() && m->currency != currency)
                return std::nullopt;
            currency = m->currency;
        }
    }
    return currency;
}

Money money(qint64 minor, const QString &currency)
{
    return Money {minor, currency};
}

} // namespace

RoiSummary roiSummary(const Plan &plan)
{
    RoiSummary summary;
    std::vector<RoiPeriod> periods = plan.roiPeriods;
    std::stable_sort(periods.begin(), periods.end(),
        [](const RoiPeriod &a, const RoiPeriod &b) { return a.month < b.month; });
    const std::optional<QString> currency = commonCurrency(periods);
    if (!currency)
        summary.totals = RoiSummary::Totals::MixedCurrencies;
    const QString unit = currency.value_or(QString());
    qint64 invested = 0;
    qint64 gained = 0;
    for (const RoiPeriod &p : periods) {
        RoiSummary::Period row;
        row.month = p.month;
        row.investment = p.investment;
        row.benefits = p.benefits;
        qint64 net = 0;
        qint64 cumulative = 0;
        if (summary.totals == RoiSummary::Totals::Added
            && (qAddOverflow(invested, p.investment.minor, &invested)
                || qAddOverflow(gained, p.benefits.minor, &gained)
                || qSubOverflow(p.benefits.minor, p.investment.minor, &net)
                || qSubOverflow(gained, invested, &cumulative)
                || net == std::numeric_limits<qint64>::min()
                || cumulative == std::numeric_limits<qint64>::min()))
            summary.totals = RoiSummary::Totals::TooLarge;
        if (summary.totals == RoiSummary::Totals::Added) {
            row.net = money(net, unit);
            row.cumulative = money(cumulative, unit);
            if (!summary.paybackMonth && invested > 0 && cumulative >= 0)
                summary.paybackMonth = p.month;
        }
        summary.periods.push_back(row);
    }
    if (summary.totals != RoiSummary::Totals::Added) {
        summary.paybackMonth.reset();
        for (RoiSummary::Period &row : summary.periods)
            row.net = row.cumulative = Money();
        return summary;
    }
    summary.investment = money(invested, unit);
    summary.benefits = money(gained, unit);
    summary.net = money(gained - invested, unit);
    if (invested > 0)
        summary.roiPercent = double(gained - invested) / double(invested) * 100.0;
    return summary;
}

} // namespace accord
