// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QPointF>
#include <QStringList>

class QAbstractSeries;
class QChart;

namespace accord {

// Text a chart shows besides its series: a label next to a point (QtCharts 6.4
// labels points only with their coordinates) and a message in the middle of an
// empty plot. Both are plain-text scene items owned by the chart and moved with
// its plot area whenever the chart is laid out again.
namespace ChartAnnotations {

// Where a point label sits relative to its point.
enum class Placement { Above, Right };

void addPointLabel(QChart *chart, QAbstractSeries *series, QPointF value, const QString &text,
    Medium medium, Placement placement = Placement::Above);
QStringList pointLabels(const QChart *chart);

void setNotice(QChart *chart, const QString &text, Medium medium);
QString notice(const QChart *chart); // empty when the chart has none

} // namespace ChartAnnotations
} // namespace accord
