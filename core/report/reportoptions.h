// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportsection.h"

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace accord {

// The paper a document is laid out for.
enum class PaperSize { A4, Letter };

// What a customer-facing document is made from besides the plan.
struct ReportOptions {
    PaperSize paper = defaultPaper();
    // Every section with empty rows and lines, to fill in during a kickoff call.
    bool blank = false;
    QDate today = QDate::currentDate();
    // Joint: the document for the customer, without the vendor's internal view
    // (AudienceFilter). Internal: everything, marked as internal on every page.
    Audience audience = Audience::Joint;
    // What is printed, in document order whatever the order here.
    std::vector<ReportSection> sections = ReportSections::every();
    QString vendor; // our company's name (a workspace setting); empty: "Vendor"
    QByteArray vendorLogo; // our company's logo as a PNG (a workspace setting); empty: none

    // Letter where it is the usual paper (the US, Canada, Mexico, the
    // Philippines and parts of Latin America), else A4.
    static PaperSize defaultPaper(const QLocale &locale = QLocale());
    static std::optional<PaperSize> paperFromKey(const QString &key); // "a4", "letter"
    static QString paperKey(PaperSize paper);
    static std::optional<Audience> audienceFromKey(const QString &key); // "customer", "internal"
    static QString audienceKey(Audience audience);
};

} // namespace accord
