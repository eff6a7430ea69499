// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsection.h"

#include <algorithm>

namespace accord {

const std::vector<ReportSections::Info> &ReportSections::all()
{
    using S = ReportSection;
    constexpr Audience J = Audience::Joint;
    constexpr Audience I = Audience::Internal;
    static const std::vector<Info> infos {
        {S::Objectives, "objectives", QT_TR_NOOP("Partnership Objectives"), true, J},
        {S::Metrics, "metrics", QT_TR_NOOP("Success Metrics"), true, J},
        {S::Roadmap, "roadmap", QT_TR_NOOP("Milestone Roadmap"), true, J},
        {S::Commitments, "commitments", QT_TR_NOOP("Mutual Commitments"), true, J},
        {S::Engagement, "stakeholders", QT_TR_NOOP("Stakeholder Engagement Plan"), true, J},
        {S::Risks, "risks", QT_TR_NOOP("Risk & Mitigation"), true, J},
        {S::Communication, "communication", QT_TR_NOOP("Communication Plan"), true, J},
        {S::Escalation, "escalation", QT_TR_NOOP("Escalation Path"), true, J},
        {S::Context, "context", QT_TR_NOOP("Customer Context"), false, J},
        {S::Technical, "technical", QT_TR_NOOP("Technical Requirements"), false, J},
        {S::Training, "training", QT_TR_NOOP("Training & Adoption"), false, J},
        {S::Onboarding, "onboarding", QT_TR_NOOP("Personas & Onboarding"), false, J},
        {S::Value, "value", QT_TR_NOOP("Value & ROI"), false, J},
        {S::Reviews, "reviews", QT_TR_NOOP("Review History"), false, J},
        {S::Qbr, "qbr", QT_TR_NOOP("QBR Agenda"), false, J},
        {S::Team, "team", QT_TR_NOOP("Team Roles"), false, J},
        {S::Health, "health", QT_TR_NOOP("Health Score"), false, I},
        {S::Expansion, "expansion", QT_TR_NOOP("Expansion"), false, I},
        {S::Signals, "signals", QT_TR_NOOP("Early-Warning Signals"), false, I},
        {S::Tools, "tools", QT_TR_NOOP("Tools & Resources"), false, I},
        {S::Improvement, "improvement", QT_TR_NOOP("Continuous Improvement"), false, I},
        {S::Appendix, "appendix", QT_TR_NOOP("Appendix"), false, J},
        {S::History, "history", QT_TR_NOOP("Document History"), false, J},
        {S::SignOff, "signoff", QT_TR_NOOP("Sign-off"), false, J},
    };
    return infos;
}

const ReportSections::Info &ReportSections::info(ReportSection section)
{
    return all()[std::size_t(section)];
}

QString ReportSections::title(ReportSection section)
{
    return tr(info(section).title);
}

QString ReportSections::key(ReportSection section)
{
    return QString::fromLatin1(info(section).key);
}

std::optional<ReportSection> ReportSections::fromKey(const QString &key)
{
    for (const Info &i : all()) {
        if (key.trimmed().compare(QLatin1String(i.key), Qt::CaseInsensitive) == 0)
            return i.section;
    }
    return std::nullopt;
}

std::vector<ReportSection> ReportSections::every()
{
    std::vector<ReportSection> sections;
    for (const Info &i : all())
        sections.push_back(i.section);
    return sections;
}

std::optional<std::vector<ReportSection>> ReportSections::parse(
    const QString &list, QString *unknown)
{
    std::vector<ReportSection> sections;
    for (const QString &key : list.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<ReportSection> section = fromKey(key);
        if (!section) {
            if (unknown)
                *unknown = key.trimmed();
            return std::nullopt;
        }
        sections.push_back(*section);
    }
    std::sort(sections.begin(), sections.end());
    sections.erase(std::unique(sections.begin(), sections.end()), sections.end());
    return sections;
}

QString ReportSections::join(const std::vector<ReportSection> &sections)
{
    QStringList keys;
    for (ReportSection s : sections)
        keys << key(s);
    return keys.join(u',');
}

QStringList ReportSections::keys()
{
    QStringList keys;
    for (const Info &i : all())
        keys << QString::fromLatin1(i.key);
    return keys;
}

} // namespace accord
