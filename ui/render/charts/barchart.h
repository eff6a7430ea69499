// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "axisrange.h"
#include "figure.h"

#include <QColor>
#include <QStringList>

#include <optional>
#include <vector>

class QChart;

namespace accord {

// A bar graph with one bar per category and the value written at the end of
// each bar: the outcomes overview, the health contributions, feature importance
// and the KPI bars are all one of these, so they look alike.
struct BarChartSpec {
    struct Bar {
        QString category; // plain text, elided to categoryLength
        std::optional<double> value; // no value: an empty slot
        QString valueText; // written at the bar's end ("62 %", "not assessed")
        QColor colour; // invalid: the spec's colour
    };

    QString title;
    QString subtitle;
    QColor subtitleColour;
    std::vector<Bar> bars; // the first one at the top (or on the left)
    Qt::Orientation orientation = Qt::Horizontal; // the direction the bars grow in
    ValueRange range {0, 100};
    QString valueTitle; // the value axis' title
    QColor colour;
    int categoryLength = 36;
    QString emptyNotice; // shown when there are no bars
};

QChart *buildBarChart(const BarChartSpec &spec, Medium medium);

// For checks and for the document renderer: what a bar chart shows, by category.
QStringList barCategories(const QChart *chart);
QList<qreal> barValues(const QChart *chart); // a bar without a value counts 0
QStringList barValueTexts(const QChart *chart);

} // namespace accord
