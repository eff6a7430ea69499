// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstyle.h"

#include "palette.h"

namespace accord {

namespace {

QFont dejaVu(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont font;
    font.setFamilies(Palette::fontFamilies());
    font.setPointSizeF(points);
    font.setWeight(weight);
    font.setItalic(italic);
    // Outlines only: the same shapes at every resolution, so the preview paginates
    // like the PDF and the PDF embeds the TrueType font itself.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "fi" stays two letters, so the PDF's text can be searched and
    // copied as it was written.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

ReportStyle::ReportStyle(qreal dpi)
    : body(dejaVu(9.5))
    , bodyBold(dejaVu(9.5, QFont::Bold))
    , italic(dejaVu(9.5, QFont::Normal, true))
    , kicker(dejaVu(8.5, QFont::Bold))
    , title(dejaVu(25, QFont::Bold))
    , subtitle(dejaVu(13))
    , h1(dejaVu(15, QFont::Bold))
    , h2(dejaVu(11.5, QFont::Bold))
    , h3(dejaVu(9.5, QFont::Bold))
    , cell(dejaVu(8.5))
    , cellBold(dejaVu(8.5, QFont::Bold))
    , headerCell(dejaVu(8, QFont::Bold))
    , caption(dejaVu(8, QFont::Normal, true))
    , label(dejaVu(8.5))
    , running(dejaVu(7.5))
    , ink(Palette::ink())
    , muted(QColor(0x5f, 0x69, 0x7d))
    , accent(Palette::accent())
    , accentDark(QColor(0x1d, 0x4e, 0xa3))
    , rule(QColor(0xd5, 0xdb, 0xe6))
    , zebra(QColor(0xf3, 0xf6, 0xfb))
    , tint(QColor(0xee, 0xf3, 0xfc))
    , noticeFill(QColor(0xfd, 0xf3, 0xe8))
    , noticeStroke(QColor(0xe0, 0x7a, 0x1b))
    , onAccent(Qt::white)
    , m_dpi(dpi)
{
    kicker.setCapitalization(QFont::AllUppercase);
    kicker.setLetterSpacing(QFont::PercentageSpacing, 112);
}

} // namespace accord
