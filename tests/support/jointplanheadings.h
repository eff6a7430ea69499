// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace accord::test {

// The joint plan's eight section headings, in order: every document of a plan
// (Markdown, HTML, PDF) follows them.
inline const QStringList kJointPlanHeadings {QStringLiteral("Partnership Objectives"),
    QStringLiteral("Success Metrics"), QStringLiteral("Milestone Roadmap"),
    QStringLiteral("Mutual Commitments"), QStringLiteral("Stakeholder Engagement Plan"),
    QStringLiteral("Risk & Mitigation"), QStringLiteral("Communication Plan"),
    QStringLiteral("Escalation Path")};

} // namespace accord::test
