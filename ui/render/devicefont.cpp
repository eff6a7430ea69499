// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicefont.h"

#include <QHash>
#include <QPaintDevice>

namespace accord {

namespace {

int dpiOf(const QPaintDevice *device)
{
    return device ? device->logicalDpiY() : 0;
}

} // namespace

const QFont &deviceFont(const QFont &font, const QPaintDevice *device)
{
    thread_local QHash<int, QHash<QFont, QFont>> fonts; // by resolution
    QHash<QFont, QFont> &atDpi = fonts[dpiOf(device)];
    auto known = atDpi.find(font);
    if (known == atDpi.end())
        known = atDpi.insert(font, device ? QFont(font, device) : font);
    return *known;
}

const QFontMetricsF &deviceMetrics(const QFont &font, const QPaintDevice *device)
{
    thread_local QHash<int, QHash<QFont, QFontMetricsF>> metrics;
    QHash<QFont, QFontMetricsF> &atDpi = metrics[dpiOf(device)];
    auto known = atDpi.find(font);
    if (known == atDpi.end())
        known = atDpi.insert(font, QFontMetricsF(deviceFont(font, device)));
    return *known;
}

} // namespace accord
