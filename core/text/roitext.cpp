// SPDX-License-Identifier: GPL-3.0-or-later
#include "roitext.h"

#include "fieldtext.h"
#include "rules/roisummary.h"

#include <QCoreApplication>

#include <cmath>

namespace accord::RoiText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::RoiText", text);
}

// An amount as entered: nothing stays nothing.
QString entered(const Money &money)
{
    return money.isEmpty() ? QString() : money.toDisplayString();
}

} // namespace

TextTable table(const RoiSummary &roi)
{
    TextTable table;
    table.header = {tr("Month"), tr("Investment"), tr("Benefits"), tr("Net ROI"), tr("Cumulative")};
    for (const RoiSummary::Period &p : roi.periods) {
        const bool added = roi.totals == RoiSummary::Totals::Added;
        table.rows.append({tr("Month %1").arg(p.month), entered(p.investment), entered(p.benefits),
            added ? p.net.toDisplayString() : QString(),
            added ? p.cumulative.toDisplayString() : QString()});
    }
    if (!roi.periods.empty() && roi.totals == RoiSummary::Totals::Added)
        table.rows.append({tr("Total"), roi.investment.toDisplayString(),
            roi.benefits.toDisplayString(), roi.net.toDisplayString(), {}});
    return table;
}

QString headline(const RoiSummary &roi)
{
    switch (roi.totals) {
    case RoiSummary::Totals::MixedCurrencies:
        return tr("The amounts are in more than one currency, so they are not added up.");
    case RoiSummary::Totals::TooLarge:
        return tr("The amounts are too large to add up.");
    case RoiSummary::Totals::Added:
        break;
    }
    if (roi.periods.empty())
        return {};
    if (!roi.roiPercent)
        return tr("No investment entered yet: no return on it to show.");
    const QString percent = FieldText::number(std::round(*roi.roiPercent * 10) / 10);
    if (roi.paybackMonth)
        return tr("Return on investment: %1 % · paid back in month %2")
            .arg(percent)
            .arg(*roi.paybackMonth);
    return tr("Return on investment: %1 % · not paid back within the timeline").arg(percent);
}

} // namespace accord::RoiText
