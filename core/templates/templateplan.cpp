// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateplan.h"

#include "model/plantable.h"

#include <QCoreApplication>

namespace accord {

namespace {

int cadenceMonths(ReviewCadence cadence)
{
    switch (cadence) {
    case ReviewCadence::Monthly:
        return 1;
    case ReviewCadence::Quarterly:
        return 3;
    case ReviewCadence::SemiAnnual:
        return 6;
    case ReviewCadence::Annual:
        return 12;
    }
    return 3;
}

QString defaultTitle(const Account &account)
{
    const QString company = account.company.trimmed();
    return company.isEmpty()
        ? QCoreApplication::translate("accord::Templates", "Success plan")
        : QCoreApplication::translate("accord::Templates", "%1 success plan").arg(company);
}

void resetProgress(Plan &plan)
{
    for (const PlanTable *table : planTables()) {
        if (!table->isCollection())
            continue;
        const RowData defaults = table->defaultRow(1);
        for (int f = 0; f < int(table->fields().size()); ++f) {
            if (!table->fields()[std::size_t(f)].progress)
                continue;
            for (int row = 0; row < table->rowCount(plan); ++row)
                table->setValue(plan, row, f, defaults.values.value(f));
        }
    }
}

// The earliest date anywhere in the plan, or an invalid date.
QDate earliestDate(const Plan &plan)
{
    QDate earliest;
    for (const PlanTable *table : planTables()) {
        for (int f = 0; f < int(table->fields().size()); ++f) {
            if (table->fields()[std::size_t(f)].kind != FieldKind::Date)
                continue;
            for (int row = 0; row < table->rowCount(plan); ++row) {
                const QDate date = table->value(plan, row, f).toDate();
                if (date.isValid() && (!earliest.isValid() || date < earliest))
                    earliest = date;
            }
        }
    }
    return earliest;
}

void forgetCustomerPeople(Plan &plan)
{
    for (Stakeholder &s : plan.stakeholders) {
        if (s.side != Side::Customer)
            continue;
        s.name.clear();
        s.email.clear();
        s.phone.clear();
    }
    for (Signatory &s : plan.signatories) {
        if (s.side == Side::Customer) {
            s.name.clear();
            s.title.clear();
        }
    }
}

} // namespace

Plan TemplatePlan::instantiate(Plan plan, const Account &account, QDate today)
{
    if (plan.header.created.isValid())
        shiftDates(plan, plan.header.created.daysTo(today));
    plan.id = PlanId();
    plan.account = account;
    PlanHeader &h = plan.header;
    h.created = today;
    h.status = PlanStatus::Draft;
    if (h.title.trimmed().isEmpty())
        h.title = defaultTitle(account);
    if (!h.nextReview.isValid())
        h.nextReview = today.addMonths(cadenceMonths(h.cadence));
    for (HistoryEntry &entry : plan.history) {
        if (!entry.date.isValid())
            entry.date = today;
    }
    return plan;
}

Plan TemplatePlan::forTemplate(Plan plan, QDate today)
{
    plan.id = PlanId();
    plan.account = Account();
    plan.measurements.clear();
    plan.reviews.clear();
    plan.signOffs.clear();
    resetProgress(plan);
    forgetCustomerPeople(plan);
    PlanHeader &h = plan.header;
    h.title.clear();
    h.status = PlanStatus::Draft;
    h.lastReviewed = QDate();
    h.upgradePercent.reset();
    h.expansionPercent.reset();
    h.nps.reset();
    const QDate earliest = earliestDate(plan);
    h.created = earliest.isValid() ? earliest : today;
    return plan;
}

void TemplatePlan::shiftDates(Plan &plan, qint64 days)
{
    if (days == 0)
        return;
    for (const PlanTable *table : planTables()) {
        for (int f = 0; f < int(table->fields().size()); ++f) {
            if (table->fields()[std::size_t(f)].kind != FieldKind::Date)
                continue;
            for (int row = 0; row < table->rowCount(plan); ++row) {
                const QDate date = table->value(plan, row, f).toDate();
                if (date.isValid())
                    table->setValue(plan, row, f, date.addDays(days));
            }
        }
    }
}

} // namespace accord
