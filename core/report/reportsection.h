// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldinfo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace accord {

// The sections of a plan's document, in the order they are printed: the joint
// plan's eight, the further sections of the templates, the vendor's internal
// sections, the appendix, the document history and the sign-off page.
enum class ReportSection {
    Objectives,
    Metrics,
    Roadmap,
    Commitments,
    Engagement,
    Risks,
    Communication,
    Escalation,
    Context,
    Technical,
    Training,
    Onboarding,
    Value,
    Reviews,
    Qbr,
    Team,
    Health,
    Expansion,
    Signals,
    Tools,
    Improvement,
    Appendix,
    History,
    SignOff,
};

class ReportSections {
    Q_DECLARE_TR_FUNCTIONS(ReportSections)

public:
    struct Info {
        ReportSection section;
        const char *key; // what --sections takes
        const char *title; // translatable, context "ReportSections"
        bool joint; // one of the joint plan's eight: printed even when empty
        Audience audience; // Internal: only in the internal version
    };

    static const std::vector<Info> &all();
    static const Info &info(ReportSection section);
    static QString title(ReportSection section);
    static QString key(ReportSection section);
    static std::optional<ReportSection> fromKey(const QString &key);
    // Every section (the internal ones are left out of a customer document anyway).
    static std::vector<ReportSection> every();
    // "objectives,metrics,…" → sections in document order; nullopt and the
    // unknown key in *unknown when one is not a section.
    static std::optional<std::vector<ReportSection>> parse(
        const QString &list, QString *unknown = nullptr);
    static QString join(const std::vector<ReportSection> &sections);
    static QStringList keys();
};

} // namespace accord
