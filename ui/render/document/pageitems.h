// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QColor>
#include <QLineF>
#include <QRectF>
#include <QTextLayout>

#include <memory>
#include <variant>
#include <vector>

namespace accord {

// What a laid-out page holds, in device pixels: text as already broken lines of a
// QTextLayout (plain text, never interpreted as markup), rectangles, rules and
// figures. ReportPainter draws them in order.
namespace PageItem {

struct Text {
    std::shared_ptr<const QTextLayout> layout;
    int firstLine = 0;
    int lineCount = 0;
    QPointF origin; // where the layout's (0, 0) goes: lines are drawn at origin + position
    QColor color;
};

struct Box {
    QRectF rect;
    QColor fill;
    QColor stroke; // invalid: none
    qreal strokeWidth = 0;
};

struct Rule {
    QLineF line;
    QColor color;
    qreal width = 1;
};

struct Picture {
    Figure figure;
    QRectF rect;
};

using Item = std::variant<Text, Box, Rule, Picture>;

} // namespace PageItem

struct LaidOutPage {
    std::vector<PageItem::Item> items;
};

} // namespace accord
