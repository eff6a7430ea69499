// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoptions.h"

#include <algorithm>
#include <array>

namespace accord {

PaperSize ReportOptions::defaultPaper(const QLocale &locale)
{
    static constexpr std::array letterCountries {QLocale::UnitedStates, QLocale::Canada,
        QLocale::Mexico, QLocale::Philippines, QLocale::Chile, QLocale::Colombia,
        QLocale::Venezuela, QLocale::CostaRica, QLocale::Guatemala, QLocale::Panama,
        QLocale::PuertoRico, QLocale::DominicanRepublic, QLocale::ElSalvador, QLocale::Nicaragua};
    const bool letter
        = std::find(letterCountries.begin(), letterCountries.end(), locale.territory())
        != letterCountries.end();
    return letter ? PaperSize::Letter : PaperSize::A4;
}

std::optional<PaperSize> ReportOptions::paperFromKey(const QString &key)
{
    if (key.compare(u"a4", Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (key.compare(u"letter", Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return std::nullopt;
}

QString ReportOptions::paperKey(PaperSize paper)
{
    return paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<Audience> ReportOptions::audienceFromKey(const QString &key)
{
    if (key.compare(u"customer", Qt::CaseInsensitive) == 0)
        return Audience::Joint;
    if (key.compare(u"internal", Qt::CaseInsensitive) == 0)
        return Audience::Internal;
    return std::nullopt;
}

QString ReportOptions::audienceKey(Audience audience)
{
    return audience == Audience::Internal ? QStringLiteral("internal") : QStringLiteral("customer");
}

} // namespace accord
