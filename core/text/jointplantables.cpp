// SPDX-License-Identifier: GPL-3.0-or-later
#include "jointplantables.h"

#include "documentheader.h"
#include "fieldtext.h"
#include "healthtables.h"

#include "model/plan.h"
#include "model/vocabulary.h"
#include "rules/metricprogress.h"

#include <QCoreApplication>

#include <algorithm>

namespace accord {

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Baseline or target as written, else the number with its unit.
QString quantity(const QString &text, const std::optional<double> &value, const QString &unit)
{
    if (!text.trimmed().isEmpty() || !value)
        return text;
    return unit.isEmpty() ? FieldText::number(*value)
                          : QCoreApplication::translate("accord::Export", "%1 %2")
                                .arg(FieldText::number(*value), unit);
}

} // namespace

TextTable JointPlanTables::metrics(const Plan &plan)
{
    TextTable table;
    table.header = QStringList {QCoreApplication::translate("accord::Export", "Metric"),
        QCoreApplication::translate("accord::Export", "Baseline (today)"),
        QCoreApplication::translate("accord::Export", "Target"),
        QCoreApplication::translate("accord::Export", "By when"),
        QCoreApplication::translate("accord::Export", "Data source")};
    for (const Metric &m : plan.metrics) {
        table.rows << QStringList {m.name, quantity(m.baselineText, m.baselineValue, m.unit),
            quantity(m.targetText, m.targetValue, m.unit), isoDate(m.targetDate),
            m.dataSource.trimmed().isEmpty() ? m.baselineSource : m.dataSource};
    }
    return table;
}

QString JointPlanTables::outcomeProgressText(const Plan &plan, OutcomeId outcome, QDate today)
{
    const OutcomeProgress p = outcomeProgress(plan, outcome, today);
    if (!p.percent)
        return {};
    const QString percent = QString::number(qRound(*p.percent));
    return p.basis == ProgressBasis::Metrics
        ? QCoreApplication::translate("accord::Export", "%1% (from metrics)").arg(percent)
        : QCoreApplication::translate("accord::Export", "%1% (from milestones)").arg(percent);
}

QString JointPlanTables::indicatorText(const LeadingIndicator &indicator)
{
    return indicator.targetDate.isValid()
        ? QCoreApplication::translate("accord::Export", "%1 (by %2)")
              .arg(indicator.text.trimmed(), isoDate(indicator.targetDate))
        : indicator.text;
}

QString JointPlanTables::party(const Plan &plan, Side side, const QString &vendor)
{
    const QString name = side == Side::Customer ? plan.account.company : vendor;
    return name.trimmed().isEmpty() ? enumLabel(side) : name.simplified();
}

QStringList JointPlanTables::commitments(const Plan &plan, Side side)
{
    QStringList items;
    for (const Commitment &c : plan.commitments) {
        if (c.side == side)
            items << c.text;
    }
    return items;
}

TextTable JointPlanTables::engagement(const Plan &plan)
{
    TextTable table;
    table.header = QStringList {QCoreApplication::translate("accord::Export", "Stakeholder"),
        QCoreApplication::translate("accord::Export", "Role"),
        QCoreApplication::translate("accord::Export", "Engagement frequency"),
        QCoreApplication::translate("accord::Export", "Format"),
        QCoreApplication::translate("accord::Export", "Owner")};
    for (const Stakeholder &s : plan.stakeholders) {
        if (s.side != Side::Customer)
            continue;
        const QString role = s.roleInSuccess.trimmed().isEmpty()
            ? Vocabularies::stakeholderType().display(s.type)
            : s.roleInSuccess;
        table.rows << QStringList {
            DocumentHeader::nameAndTitle(s), role, s.frequency, s.format, s.owner};
    }
    return table;
}

TextTable JointPlanTables::risks(const Plan &plan)
{
    TextTable table;
    table.header = QStringList {QCoreApplication::translate("accord::Export", "Risk"),
        QCoreApplication::translate("accord::Export", "Likelihood"),
        QCoreApplication::translate("accord::Export", "Impact"),
        QCoreApplication::translate("accord::Export", "Mitigation plan")};
    for (const Risk &r : plan.risks) {
        const QString name = r.code.trimmed().isEmpty() || r.description.trimmed().isEmpty()
            ? r.code + r.description
            : QCoreApplication::translate("accord::Export", "%1: %2")
                  .arg(r.code.trimmed(), r.description);
        table.rows << QStringList {
            name, enumLabel(r.likelihood), enumLabel(r.impact), r.mitigation};
    }
    return table;
}

TextTable JointPlanTables::communication(const Plan &plan)
{
    TextTable table;
    table.header = QStringList {QCoreApplication::translate("accord::Export", "Communication"),
        QCoreApplication::translate("accord::Export", "Audience"),
        QCoreApplication::translate("accord::Export", "Frequency"),
        QCoreApplication::translate("accord::Export", "Format"),
        QCoreApplication::translate("accord::Export", "Owner")};
    for (const Touchpoint &t : plan.touchpoints)
        table.rows << QStringList {t.name, t.audience, t.frequency, t.format, t.owner};
    return table;
}

TextTable JointPlanTables::escalation(const Plan &plan)
{
    const bool impact = std::any_of(plan.escalationRules.cbegin(), plan.escalationRules.cend(),
        [](const EscalationRule &e) { return !e.impact.trimmed().isEmpty(); });
    TextTable table;
    table.header = QStringList {QCoreApplication::translate("accord::Export", "Trigger"),
        QCoreApplication::translate("accord::Export", "Action"),
        QCoreApplication::translate("accord::Export", "Owner"),
        QCoreApplication::translate("accord::Export", "Timeline")};
    if (impact)
        table.header.insert(1, QCoreApplication::translate("accord::Export", "Impact"));
    for (const EscalationRule &e : plan.escalationRules) {
        QStringList row {e.level, e.path, e.owner, e.responseTime};
        if (impact)
            row.insert(1, e.impact);
        table.rows << row;
    }
    return table;
}

std::vector<FieldRef> JointPlanTables::qbrFields()
{
    return fieldsOf<&PlanHeader::qbrMinutes, &PlanHeader::qbrCustomerAttendees,
        &PlanHeader::qbrVendorAttendees>();
}

std::vector<FieldRef> JointPlanTables::headerFieldsShownElsewhere()
{
    std::vector<FieldRef> fields = shownFields(tableOf<PlanHeader>());
    for (const auto &more :
        {HealthTables::shownFields(), qbrFields(), fieldsOf<&PlanHeader::notes>()})
        fields.insert(fields.end(), more.begin(), more.end());
    return fields;
}

std::vector<FieldRef> JointPlanTables::shownFields(const PlanTable &table)
{
    using H = PlanHeader;
    using A = Account;
    static const std::vector<std::vector<FieldRef>> shown {
        fieldsOf<&H::status, &H::lastReviewed, &H::vision, &H::valueProposition, &H::primaryGoal,
            &H::primaryMetric, &H::primaryTargetDate, &H::secondaryGoals, &H::successStatement,
            &H::onboardingGoal, &H::keyValueMetric>(),
        fieldsOf<&A::company, &A::product, &A::tier, &A::contractStart, &A::renewalDate>(),
        fieldsOf<&Stakeholder::name, &Stakeholder::title, &Stakeholder::roleInSuccess,
            &Stakeholder::frequency, &Stakeholder::format, &Stakeholder::owner>(),
        fieldsOf<&Metric::name, &Metric::baselineText, &Metric::targetText, &Metric::targetDate,
            &Metric::dataSource>(),
        fieldsOf<&Milestone::phase, &Milestone::name, &Milestone::owner, &Milestone::targetDate,
            &Milestone::status>(),
        fieldsOf<&Risk::code, &Risk::description, &Risk::likelihood, &Risk::impact,
            &Risk::mitigation>(),
    };
    for (const std::vector<FieldRef> &fields : shown) {
        if (fields.front().table == &table)
            return fields;
    }
    return {};
}

} // namespace accord
