// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownseedsections.h"

#include "fieldtext.h"
#include "markdowndocument.h"
#include "markdownheader.h"
#include "markdownplantable.h"
#include "markdownroadmap.h"
#include "markdowntext.h"

#include "model/plan.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

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

// Baseline or target as written, else the number with its unit.
QString quantity(const QString &text, const std::optional<double> &value, const QString &unit)
{
    if (!text.trimmed().isEmpty() || !value)
        return text;
    return unit.isEmpty() ? FieldText::number(*value)
                          : QCoreApplication::translate("accord::Export", "%1 %2")
                                .arg(FieldText::number(*value), unit);
}

QString humanised(const QString &key)
{
    QString text = key.trimmed();
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    return rows.isEmpty() ? QString() : MarkdownText::table(header, rows).join(u'\n');
}

} // namespace

QStringList MarkdownSeedSections::shownKeys(const QString &tableName)
{
    static const QHash<QString, QStringList> keys {
        {QStringLiteral("plan"),
            {QStringLiteral("status"), QStringLiteral("last_reviewed"), QStringLiteral("vision"),
                QStringLiteral("value_proposition"), QStringLiteral("primary_goal"),
                QStringLiteral("primary_metric"), QStringLiteral("primary_target_date"),
                QStringLiteral("secondary_goals"), QStringLiteral("success_statement"),
                QStringLiteral("onboarding_goal"), QStringLiteral("key_value_metric")}},
        {QStringLiteral("account"),
            {QStringLiteral("company"), QStringLiteral("product"), QStringLiteral("tier"),
                QStringLiteral("contract_start"), QStringLiteral("renewal_date")}},
        {QStringLiteral("metric"),
            {QStringLiteral("name"), QStringLiteral("baseline_text"), QStringLiteral("target_text"),
                QStringLiteral("target_date"), QStringLiteral("data_source")}},
        {QStringLiteral("milestone"),
            {QStringLiteral("phase_id"), QStringLiteral("name"), QStringLiteral("owner"),
                QStringLiteral("target_date"), QStringLiteral("status")}},
        {QStringLiteral("risk"),
            {QStringLiteral("code"), QStringLiteral("description"), QStringLiteral("likelihood"),
                QStringLiteral("impact"), QStringLiteral("mitigation")}},
    };
    return keys.value(tableName);
}

QStringList MarkdownSeedSections::objectives(const Plan &plan)
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

QStringList MarkdownSeedSections::metrics(const Plan &plan)
{
    QList<QStringList> rows;
    for (const Metric &m : plan.metrics) {
        rows << QStringList {m.name, quantity(m.baselineText, m.baselineValue, m.unit),
            quantity(m.targetText, m.targetValue, m.unit), isoDate(m.targetDate),
            m.dataSource.trimmed().isEmpty() ? m.baselineSource : m.dataSource};
    }
    QStringList indicators;
    for (const LeadingIndicator &li : plan.leadingIndicators) {
        const QString text = li.targetDate.isValid()
            ? QCoreApplication::translate("accord::Export", "%1 (by %2)")
                  .arg(li.text.trimmed(), isoDate(li.targetDate))
            : li.text;
        indicators << (li.met ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] "))
                + MarkdownText::inlineText(text);
    }
    const QString indicatorBlock = indicators.isEmpty()
        ? QString()
        : MarkdownText::bold(QCoreApplication::translate("accord::Export", "Leading indicators"))
            + u' '
            + MarkdownText::inlineText(QCoreApplication::translate(
                "accord::Export", "(early signs the plan is on track):"))
            + u'\n' + indicators.join(u'\n');
    const QStringList header {QCoreApplication::translate("accord::Export", "Metric"),
        QCoreApplication::translate("accord::Export", "Baseline (today)"),
        QCoreApplication::translate("accord::Export", "Target"),
        QCoreApplication::translate("accord::Export", "By when"),
        QCoreApplication::translate("accord::Export", "Data source")};
    return {table(header, rows), indicatorBlock};
}

QStringList MarkdownSeedSections::commitments(const Plan &plan)
{
    QStringList blocks;
    for (Side side : {Side::Vendor, Side::Customer}) {
        QStringList items;
        for (const Commitment &c : plan.commitments) {
            if (c.side == side)
                items << c.text;
        }
        const QStringList bullets = MarkdownText::bullets(items);
        if (bullets.isEmpty())
            continue;
        const QString party = side == Side::Customer && !plan.account.company.trimmed().isEmpty()
            ? plan.account.company.simplified()
            : enumLabel(side);
        blocks << MarkdownText::bold(
                      QCoreApplication::translate("accord::Export", "%1 commits to:").arg(party))
                + u'\n' + bullets.join(u'\n');
    }
    return blocks;
}

QStringList MarkdownSeedSections::engagement(const Plan &plan)
{
    QList<QStringList> rows;
    for (const Stakeholder &s : plan.stakeholders) {
        if (s.side != Side::Customer)
            continue;
        const QString role
            = s.roleInSuccess.trimmed().isEmpty() ? humanised(s.type) : s.roleInSuccess;
        rows << QStringList {MarkdownHeader::nameAndTitle(s), role, s.frequency, s.format, s.owner};
    }
    const QStringList header {QCoreApplication::translate("accord::Export", "Stakeholder"),
        QCoreApplication::translate("accord::Export", "Role"),
        QCoreApplication::translate("accord::Export", "Engagement frequency"),
        QCoreApplication::translate("accord::Export", "Format"),
        QCoreApplication::translate("accord::Export", "Owner")};
    return {table(header, rows)};
}

QStringList MarkdownSeedSections::risks(const Plan &plan)
{
    QList<QStringList> rows;
    for (const Risk &r : plan.risks) {
        const QString name = r.code.trimmed().isEmpty() || r.description.trimmed().isEmpty()
            ? r.code + r.description
            : QCoreApplication::translate("accord::Export", "%1: %2")
                  .arg(r.code.trimmed(), r.description);
        rows << QStringList {name, enumLabel(r.likelihood), enumLabel(r.impact), r.mitigation};
    }
    const QStringList header {QCoreApplication::translate("accord::Export", "Risk"),
        QCoreApplication::translate("accord::Export", "Likelihood"),
        QCoreApplication::translate("accord::Export", "Impact"),
        QCoreApplication::translate("accord::Export", "Mitigation plan")};
    return {table(header, rows)};
}

QStringList MarkdownSeedSections::communication(const Plan &plan)
{
    QList<QStringList> rows;
    for (const Touchpoint &t : plan.touchpoints)
        rows << QStringList {t.name, t.audience, t.frequency, t.format, t.owner};
    const QStringList header {QCoreApplication::translate("accord::Export", "Communication"),
        QCoreApplication::translate("accord::Export", "Audience"),
        QCoreApplication::translate("accord::Export", "Frequency"),
        QCoreApplication::translate("accord::Export", "Format"),
        QCoreApplication::translate("accord::Export", "Owner")};
    const QString adHoc = MarkdownPlanTable(plan).render(QStringLiteral("ad_hoc_rule"));
    return {table(header, rows),
        adHoc.isEmpty() ? QString()
                        : MarkdownText::bold(
                              QCoreApplication::translate("accord::Export", "Ad-hoc communication"))
                + QStringLiteral("\n\n") + adHoc};
}

QStringList MarkdownSeedSections::escalation(const Plan &plan)
{
    const bool impact = std::any_of(plan.escalationRules.cbegin(), plan.escalationRules.cend(),
        [](const EscalationRule &e) { return !e.impact.trimmed().isEmpty(); });
    QList<QStringList> rows;
    for (const EscalationRule &e : plan.escalationRules) {
        QStringList row {e.level, e.path, e.owner, e.responseTime};
        if (impact)
            row.insert(1, e.impact);
        rows << row;
    }
    QStringList header {QCoreApplication::translate("accord::Export", "Trigger"),
        QCoreApplication::translate("accord::Export", "Action"),
        QCoreApplication::translate("accord::Export", "Owner"),
        QCoreApplication::translate("accord::Export", "Timeline")};
    if (impact)
        header.insert(1, QCoreApplication::translate("accord::Export", "Impact"));
    return {table(header, rows)};
}

void MarkdownSeedSections::appendTo(MarkdownDocument &doc, const Plan &plan)
{
    doc.addSection(
        QCoreApplication::translate("accord::Export", "Partnership Objectives"), objectives(plan));
    doc.addSection(QCoreApplication::translate("accord::Export", "Success Metrics"), metrics(plan));
    doc.addSection(QCoreApplication::translate("accord::Export", "Milestone Roadmap"),
        MarkdownRoadmap::blocks(plan));
    doc.addSection(
        QCoreApplication::translate("accord::Export", "Mutual Commitments"), commitments(plan));
    doc.addSection(QCoreApplication::translate("accord::Export", "Stakeholder Engagement Plan"),
        engagement(plan));
    doc.addSection(QCoreApplication::translate("accord::Export", "Risk & Mitigation"), risks(plan));
    doc.addSection(
        QCoreApplication::translate("accord::Export", "Communication Plan"), communication(plan));
    doc.addSection(
        QCoreApplication::translate("accord::Export", "Escalation Path"), escalation(plan));
}

} // namespace accord
