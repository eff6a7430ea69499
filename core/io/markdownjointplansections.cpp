// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownjointplansections.h"

#include "markdowndocument.h"
#include "markdownplantable.h"
#include "markdownroadmap.h"
#include "markdowntext.h"
#include "text/jointplantables.h"

#include "model/plan.h"

#include <QCoreApplication>

namespace accord {

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString boldIfSet(const QString &label, const QString &value)
{
    return value.trimmed().isEmpty() ? QString() : MarkdownText::boldLine(label, value);
}

QString lines(const QStringList &list)
{
    QStringList kept = list;
    kept.removeAll(QString());
    return kept.join(u'\n');
}

QString table(const TextTable &table)
{
    return MarkdownPlanTable::render(table);
}

} // namespace

QStringList MarkdownJointPlanSections::objectives(const Plan &plan)
{
    const PlanHeader &h = plan.header;
    // One goal stays a bold line; a list gets a block of its own, so that the line
    // after it is not read as part of its last item.
    const bool oneSecondary = h.secondaryGoals.size() == 1;
    QString secondaryList;
    if (h.secondaryGoals.size() > 1)
        secondaryList
            = MarkdownText::bold(QCoreApplication::translate("accord::Export", "Secondary goals:"))
            + u'\n' + MarkdownText::bullets(h.secondaryGoals).join(u'\n');
    QString statement;
    if (!h.successStatement.trimmed().isEmpty())
        statement = MarkdownText::bold(QCoreApplication::translate(
                        "accord::Export", "Success statement (customer's words):"))
            + QStringLiteral("\n\n") + MarkdownText::quote(h.successStatement);
    return {MarkdownText::block(h.vision), MarkdownText::block(h.valueProposition),
        lines({boldIfSet(QCoreApplication::translate("accord::Export", "Primary business goal:"),
                   h.primaryGoal),
            boldIfSet(QCoreApplication::translate("accord::Export", "Primary success metric:"),
                h.primaryMetric),
            boldIfSet(QCoreApplication::translate("accord::Export", "Target date:"),
                isoDate(h.primaryTargetDate)),
            oneSecondary
                ? boldIfSet(QCoreApplication::translate("accord::Export", "Secondary goal:"),
                    h.secondaryGoals.constFirst())
                : QString()}),
        secondaryList,
        lines({boldIfSet(QCoreApplication::translate("accord::Export", "Onboarding goal:"),
                   h.onboardingGoal),
            boldIfSet(QCoreApplication::translate("accord::Export", "Key value metric:"),
                h.keyValueMetric)}),
        statement};
}

QStringList MarkdownJointPlanSections::metrics(const Plan &plan)
{
    QStringList indicators;
    for (const LeadingIndicator &li : plan.leadingIndicators)
        indicators << (li.met ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] "))
                + MarkdownText::inlineText(JointPlanTables::indicatorText(li));
    const QString indicatorBlock = indicators.isEmpty()
        ? QString()
        : MarkdownText::bold(QCoreApplication::translate("accord::Export", "Leading indicators"))
            + u' '
            + MarkdownText::inlineText(QCoreApplication::translate(
                "accord::Export", "(early signs the plan is on track):"))
            + u'\n' + indicators.join(u'\n');
    return {table(JointPlanTables::metrics(plan)), indicatorBlock};
}

QStringList MarkdownJointPlanSections::commitments(const Plan &plan)
{
    QStringList blocks;
    for (Side side : {Side::Vendor, Side::Customer}) {
        const QStringList bullets = MarkdownText::bullets(JointPlanTables::commitments(plan, side));
        if (bullets.isEmpty())
            continue;
        blocks << MarkdownText::bold(QCoreApplication::translate("accord::Export", "%1 commits to:")
                                         .arg(JointPlanTables::party(plan, side)))
                + u'\n' + bullets.join(u'\n');
    }
    return blocks;
}

QStringList MarkdownJointPlanSections::communication(const Plan &plan)
{
    const QString adHoc = MarkdownPlanTable(plan).render(tableOf<AdHocRule>());
    return {table(JointPlanTables::communication(plan)),
        adHoc.isEmpty() ? QString()
                        : MarkdownText::bold(
                              QCoreApplication::translate("accord::Export", "Ad-hoc communication"))
                + QStringLiteral("\n\n") + adHoc};
}

void MarkdownJointPlanSections::appendTo(MarkdownDocument &doc, const Plan &plan)
{
    doc.addSection(
        QCoreApplication::translate("accord::Export", "Partnership Objectives"), objectives(plan));
    doc.addSection(QCoreApplication::translate("accord::Export", "Success Metrics"), metrics(plan));
    doc.addSection(QCoreApplication::translate("accord::Export", "Milestone Roadmap"),
        MarkdownRoadmap::blocks(plan));
    doc.addSection(
        QCoreApplication::translate("accord::Export", "Mutual Commitments"), commitments(plan));
    doc.addSection(QCoreApplication::translate("accord::Export", "Stakeholder Engagement Plan"),
        {table(JointPlanTables::engagement(plan))});
    doc.addSection(QCoreApplication::translate("accord::Export", "Risk & Mitigation"),
        {table(JointPlanTables::risks(plan))});
    doc.addSection(
        QCoreApplication::translate("accord::Export", "Communication Plan"), communication(plan));
    doc.addSection(QCoreApplication::translate("accord::Export", "Escalation Path"),
        {table(JointPlanTables::escalation(plan))});
}

} // namespace accord
