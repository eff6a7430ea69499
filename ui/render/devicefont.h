// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetricsF>

class QPaintDevice;

namespace accord {

// A font resolved for a device's resolution, made once per font and resolution
// (per thread) and shared from then on. Qt looks up the font engine behind every
// new resolved font, and a QTextLayout, a QFontMetricsF or a painter given a
// font at another resolution resolves it afresh: a long document did so tens of
// thousands of times.
const QFont &deviceFont(const QFont &font, const QPaintDevice *device);
// Metrics of deviceFont(font, device), made once as well.
const QFontMetricsF &deviceMetrics(const QFont &font, const QPaintDevice *device);

} // namespace accord
