// SPDX-License-Identifier: GPL-3.0-or-later
#include "planwarnings.h"

#include "placeholders.h"

#include "fieldvalidator.h"
#include "milestonerules.h"
#include "model/plan.h"
#include "model/plantable.h"

#include <QCoreApplication>

#include <algorithm>

namespace accord {

namespace {

using Severity = Warning::Severity;
using Warnings = std::vector<Warning>;

constexpr int kMinOutcomes = 3;
constexpr int kMaxOutcomes = 5;
constexpr int kMinCustomerStakeholders = 2;

// A text marked with QT_TRANSLATE_NOOP("accord::Validation", …), translated.
QString translated(const char *text)
{
    return QCoreApplication::translate("accord::Validation", text);
}

Warning finding(Severity severity, const char *code, const PlanTable &table, qint64 rowId,
    FieldRef field, const QString &message)
{
    return {severity, QString::fromLatin1(code), &table, rowId, field, message};
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QString nameOr(const QString &name, const QString &fallback = {})
{
    if (!isBlank(name))
        return name.trimmed();
    return isBlank(fallback) ? QCoreApplication::translate("accord::Validation", "(unnamed)")
                             : fallback.trimmed();
}

// "executive_sponsor", "Executive Sponsor" and "executive-sponsor" are the same type.
QString typeKey(const QString &type)
{
    QString key = type.trimmed().toLower();
    key.replace(u' ', u'_').replace(u'-', u'_');
    return key;
}

// ---- hard problems ------------------------------------------------------------------

void addValueProblems(const Plan &plan, Warnings &out)
{
    for (const PlanTable *table : planTables()) {
        for (int row = 0; row < table->rowCount(plan); ++row) {
            for (const ValueProblem &p : FieldValidator::problemsOf(plan, *table, row))
                out.push_back(
                    {Severity::Error, p.code, table, table->rowId(plan, row), p.field, p.message});
        }
    }
}

void addMissingReferences(const Plan &plan, const PlanTable &table, int f, Warnings &out)
{
    const FieldInfo &field = table.fields()[std::size_t(f)];
    if (field.kind != FieldKind::Ref)
        return;
    const PlanTable *target = &referencedTable(field);
    for (int row = 0; row < table.rowCount(plan); ++row) {
        const qint64 ref = table.value(plan, row, f).toLongLong();
        if (ref <= 0 || target->indexOfRow(plan, ref) >= 0)
            continue;
        out.push_back({Severity::Error, QStringLiteral("missing-reference"), &table,
            table.rowId(plan, row), {&table, f},
            QCoreApplication::translate(
                "accord::Validation", "%1 refers to row %2 of %3, which does not exist.")
                .arg(field.translatedLabel(), QString::number(ref), target->label())});
    }
}

void addMissingReferences(const Plan &plan, Warnings &out)
{
    for (const PlanTable *table : planTables()) {
        for (int f = 0; f < int(table->fields().size()); ++f)
            addMissingReferences(plan, *table, f, out);
    }
}

// ---- header and health --------------------------------------------------------------

void addReviewWarnings(const Plan &plan, QDate today, Warnings &out)
{
    const QDate next = plan.header.nextReview;
    const FieldRef field = fieldOf<&PlanHeader::nextReview>();
    if (!next.isValid()) {
        out.push_back(
            finding(Severity::Warning, "no-next-review", *field.table, plan.id.value, field,
                QCoreApplication::translate("accord::Validation", "No next review date is set.")));
    } else if (next < today) {
        out.push_back(
            finding(Severity::Warning, "next-review-overdue", *field.table, plan.id.value, field,
                QCoreApplication::translate("accord::Validation", "The next review was due on %1.")
                    .arg(next.toString(Qt::ISODate))));
    }
}

void addHealthWarnings(const Plan &plan, Warnings &out)
{
    if (plan.healthComponents.empty())
        return;
    int sum = 0;
    for (const HealthComponent &c : plan.healthComponents)
        sum += c.weight;
    if (sum == 100)
        return;
    const FieldRef weight = fieldOf<&HealthComponent::weight>();
    out.push_back(finding(Severity::Warning, "weights-not-100", *weight.table, 0, weight,
        QCoreApplication::translate(
            "accord::Validation", "The health score weights add up to %1 %, not 100 %.")
            .arg(sum)));
}

// ---- stakeholders -------------------------------------------------------------------

void addStakeholderWarnings(const Plan &plan, Warnings &out)
{
    const PlanTable &table = tableOf<Stakeholder>();
    const auto customers = std::count_if(plan.stakeholders.cbegin(), plan.stakeholders.cend(),
        [](const Stakeholder &s) { return s.side == Side::Customer; });
    if (customers == 0) {
        out.push_back(finding(Severity::Warning, "too-few-customer-stakeholders", table, 0, {},
            QCoreApplication::translate("accord::Validation",
                "No customer stakeholder is named; involve at least two so the plan does not "
                "depend on one person.")));
    } else if (customers < kMinCustomerStakeholders) {
        out.push_back(finding(Severity::Warning, "too-few-customer-stakeholders", table, 0, {},
            QCoreApplication::translate("accord::Validation",
                "Only one customer stakeholder is named; involve at least two so the plan does not "
                "depend on one person.")));
    }
    const bool hasSponsor = std::any_of(
        plan.stakeholders.cbegin(), plan.stakeholders.cend(), [](const Stakeholder &s) {
            return s.side == Side::Customer && typeKey(s.type) == u"executive_sponsor";
        });
    if (!hasSponsor) {
        out.push_back(finding(Severity::Warning, "no-executive-sponsor", table, 0,
            fieldOf<&Stakeholder::type>(),
            QCoreApplication::translate(
                "accord::Validation", "No executive sponsor is named on the customer side.")));
    }
}

// ---- outcomes and metrics -----------------------------------------------------------

void addOutcomeCountWarnings(const Plan &plan, Warnings &out)
{
    const int count = int(plan.outcomes.size());
    const PlanTable &table = tableOf<Outcome>();
    if (count > kMaxOutcomes) {
        out.push_back(finding(Severity::Warning, "too-many-outcomes", table, 0, {},
            QCoreApplication::translate("accord::Validation",
                "The plan has more than %1 outcomes (%2); a focused plan has %3 to %1.")
                .arg(kMaxOutcomes)
                .arg(count)
                .arg(kMinOutcomes)));
    } else if (count < kMinOutcomes) {
        out.push_back(finding(Severity::Info, "too-few-outcomes", table, 0, {},
            QCoreApplication::translate("accord::Validation",
                "The plan has fewer than %1 outcomes; a focused plan has %1 to %2.")
                .arg(kMinOutcomes)
                .arg(kMaxOutcomes)));
    }
}

bool hasMetric(const Plan &plan, OutcomeId outcome)
{
    return std::any_of(plan.metrics.cbegin(), plan.metrics.cend(),
        [outcome](const Metric &m) { return m.outcome == outcome; });
}

void addOutcomeWarnings(const Plan &plan, Warnings &out)
{
    addOutcomeCountWarnings(plan, out);
    for (const Outcome &o : plan.outcomes) {
        if (hasMetric(plan, o.id))
            continue;
        out.push_back(
            finding(Severity::Warning, "outcome-without-metric", tableOf<Outcome>(), o.id.value, {},
                QCoreApplication::translate("accord::Validation",
                    "The outcome \"%1\" has no metric, so its progress cannot be measured.")
                    .arg(nameOr(o.code, o.description))));
    }
}

void addMetricWarnings(const Plan &plan, Warnings &out)
{
    for (const Metric &m : plan.metrics) {
        if (m.baselineValue || !isBlank(m.baselineText))
            continue;
        out.push_back(finding(Severity::Warning, "metric-without-baseline", tableOf<Metric>(),
            m.id.value, fieldOf<&Metric::baselineValue>(),
            QCoreApplication::translate("accord::Validation",
                "The metric \"%1\" has no baseline: without a starting measurement its progress "
                "cannot be evaluated.")
                .arg(nameOr(m.name))));
    }
}

// ---- milestones and risks: one rule per missing piece --------------------------------

template<typename Row> struct RowRule {
    const char *code;
    FieldRef (*field)();
    const char *message; // %1: the row's name
    bool (*breaks)(const Row &);
};

const RowRule<Milestone> kMilestoneRules[] = {
    {"milestone-without-owner", &fieldOf<&Milestone::owner>,
        QT_TRANSLATE_NOOP("accord::Validation", "The milestone \"%1\" has no owner."),
        [](const Milestone &m) { return isBlank(m.owner); }},
    {"milestone-without-target-date", &fieldOf<&Milestone::targetDate>,
        QT_TRANSLATE_NOOP("accord::Validation", "The milestone \"%1\" has no target date."),
        [](const Milestone &m) { return !m.targetDate.isValid(); }},
};

// Closed risks need neither an owner nor a mitigation any more.
const RowRule<Risk> kRiskRules[] = {
    {"risk-without-owner", &fieldOf<&Risk::owner>,
        QT_TRANSLATE_NOOP("accord::Validation", "The risk \"%1\" has no owner."),
        [](const Risk &r) { return r.status != RiskStatus::Closed && isBlank(r.owner); }},
    {"risk-without-mitigation", &fieldOf<&Risk::mitigation>,
        QT_TRANSLATE_NOOP("accord::Validation", "The risk \"%1\" has no mitigation."),
        [](const Risk &r) { return r.status != RiskStatus::Closed && isBlank(r.mitigation); }},
};

template<typename Row, std::size_t N>
void applyRules(const RowRule<Row> (&rules)[N], const Row &row, const QString &name, Warnings &out)
{
    for (const RowRule<Row> &rule : rules) {
        if (rule.breaks(row)) {
            out.push_back(finding(Severity::Warning, rule.code, tableOf<Row>(), row.id.value,
                rule.field(), translated(rule.message).arg(name)));
        }
    }
}

void addMilestoneWarnings(const Plan &plan, QDate today, Warnings &out)
{
    for (const Milestone &m : plan.milestones) {
        applyRules(kMilestoneRules, m, nameOr(m.name), out);
        if (!isOverdue(m, today))
            continue;
        out.push_back(finding(Severity::Warning, "milestone-overdue", tableOf<Milestone>(),
            m.id.value, fieldOf<&Milestone::targetDate>(),
            QCoreApplication::translate(
                "accord::Validation", "The milestone \"%1\" is overdue: it was due on %2.")
                .arg(nameOr(m.name), m.targetDate.toString(Qt::ISODate))));
    }
}

void addRiskWarnings(const Plan &plan, Warnings &out)
{
    for (const Risk &r : plan.risks)
        applyRules(kRiskRules, r, nameOr(r.code, r.description), out);
}

} // namespace

std::vector<Warning> PlanWarnings::of(const Plan &plan, QDate today)
{
    Warnings result;
    addValueProblems(plan, result);
    addMissingReferences(plan, result);
    addReviewWarnings(plan, today, result);
    addStakeholderWarnings(plan, result);
    addOutcomeWarnings(plan, result);
    addMetricWarnings(plan, result);
    addMilestoneWarnings(plan, today, result);
    addRiskWarnings(plan, result);
    addHealthWarnings(plan, result);
    const Warnings placeholders = Placeholders::of(plan);
    result.insert(result.end(), placeholders.begin(), placeholders.end());
    return result;
}

bool PlanWarnings::hasErrors(const std::vector<Warning> &warnings)
{
    return std::any_of(warnings.cbegin(), warnings.cend(),
        [](const Warning &w) { return w.severity == Severity::Error; });
}

QString PlanWarnings::severityKey(Warning::Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

} // namespace accord
