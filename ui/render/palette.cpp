// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

namespace accord::Palette {

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
    return QColor(0x2f, 0x6f, 0xd6);
}

QColor target()
{
    return QColor(0x1f, 0x2a, 0x44);
}

QColor muted()
{
    return QColor(0x8a, 0x94, 0xa6);
}

QColor ink()
{
    return QColor(0x1f, 0x2a, 0x44);
}

QFont font(Medium medium, qreal scale, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
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
