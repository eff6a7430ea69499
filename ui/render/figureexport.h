// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QImage>
#include <QString>

namespace accord {

// Writing a figure out as a picture: a raster image at a chosen resolution, or an
// SVG whose text stays text. Writes go to a temporary file first, so a failed
// export never leaves half a picture behind.
namespace FigureExport {

// The figure at its natural size, `dpi` pixels per inch, on white.
QImage toImage(const Figure &figure, int dpi);

bool writePng(const Figure &figure, const QString &path, int dpi, QString *error = nullptr);
bool writeSvg(const Figure &figure, const QString &path, QString *error = nullptr);
QByteArray toSvg(const Figure &figure);

} // namespace FigureExport
} // namespace accord
