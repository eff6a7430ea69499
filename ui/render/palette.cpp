// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <algorithm>

namespace accord::Palette {

namespace {

Scheme g_scheme = Scheme::Light; // GUI thread only

QColor pick(QColor light, QColor dark)
{
    return g_scheme == Scheme::Dark ? dark : light;
}

} // namespace

void setScheme(Scheme scheme)
{
    g_scheme = scheme;
}

Scheme scheme()
{
    return g_scheme;
}

ScopedScheme::ScopedScheme(Scheme scheme)
    : m_previous(g_scheme)
{
    g_scheme = scheme;
}

ScopedScheme::~ScopedScheme()
{
    g_scheme = m_previous;
}

QColor paper()
{
    return pick(Qt::white, QColor(0x1f, 0x21, 0x24));
}

QColor surface()
{
    return pick(QColor(0xf3, 0xf5, 0xf9), QColor(0x2a, 0x2d, 0x33));
}

QColor surfaceAlternate()
{
    return pick(QColor(0xfb, 0xfc, 0xfd), QColor(0x24, 0x27, 0x2c));
}

QColor rule()
{
    return pick(QColor(0xe4, 0xe8, 0xef), QColor(0x3a, 0x3e, 0x45));
}

QColor strongRule()
{
    return pick(QColor(0xc9, 0xd0, 0xdb), QColor(0x55, 0x5b, 0x66));
}

QColor onColour()
{
    return Qt::white;
}

QColor error()
{
    return pick(QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x8a, 0x80));
}

QColor warning()
{
    return pick(QColor(0xb2, 0x6a, 0x00), QColor(0xff, 0xc1, 0x6b));
}

QColor healthLevel(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Green:
        return QColor(0x2e, 0x9e, 0x5b);
    case HealthLevel::Yellow:
        return QColor(0xe0, 0xa1, 0x1b);
    case HealthLevel::Red:
        return QColor(0xd0, 0x3b, 0x3b);
    }
    return muted();
}

QColor taskStatus(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Pending:
        return QColor(0x8a, 0x94, 0xa6);
    case TaskStatus::InProgress:
        return QColor(0x2f, 0x6f, 0xd6);
    case TaskStatus::Complete:
        return QColor(0x2e, 0x9e, 0x5b);
    case TaskStatus::Blocked:
        return QColor(0x8e, 0x44, 0xad);
    case TaskStatus::Skipped:
        return QColor(0xc4, 0xc9, 0xd2);
    }
    return muted();
}

QColor overdue()
{
    return QColor(0xd0, 0x3b, 0x3b);
}

QColor behind()
{
    return QColor(0xe0, 0x7a, 0x1b);
}

QColor onTrack()
{
    return QColor(0x2e, 0x9e, 0x5b);
}

QColor accent()
{
    return pick(QColor(0x2f, 0x6f, 0xd6), QColor(0x5b, 0x93, 0xf0));
}

QColor target()
{
    return pick(QColor(0x1f, 0x2a, 0x44), QColor(0xd6, 0xdd, 0xea));
}

QColor muted()
{
    return pick(QColor(0x8a, 0x94, 0xa6), QColor(0x9a, 0xa3, 0xb3));
}

QColor ink()
{
    return pick(QColor(0x1f, 0x2a, 0x44), QColor(0xe8, 0xea, 0xed));
}

QColor deep()
{
    return QColor(0x1f, 0x2a, 0x44);
}

QColor overPaper(const QColor &colour, int alpha)
{
    const QColor under = paper();
    const qreal a = std::clamp(alpha, 0, 255) / 255.0;
    return QColor::fromRgbF(float(colour.redF() * a + under.redF() * (1 - a)),
        float(colour.greenF() * a + under.greenF() * (1 - a)),
        float(colour.blueF() * a + under.blueF() * (1 - a)));
}

QStringList fontFamilies()
{
    // DejaVu for Latin, Greek, Cyrillic, Arabic and Hebrew; then fonts for the
    // scripts it lacks (Debian's fonts-noto-core and fonts-noto-cjk), before the
    // system's own fallback.
    static const QStringList families {QStringLiteral("DejaVu Sans"),
        QStringLiteral("Noto Sans Devanagari"), QStringLiteral("Noto Sans Thai"),
        QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Sans Hebrew"),
        QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans")};
    return families;
}

QFont font(Medium medium, qreal scale, bool bold)
{
    QFont font;
    font.setFamilies(fontFamilies());
    qreal points = 9;
    if (medium == Medium::Print)
        points = 8;
    else if (medium == Medium::Slide)
        points = 18;
    font.setPointSizeF(points * scale);
    font.setBold(bold);
    return font;
}

} // namespace accord::Palette
