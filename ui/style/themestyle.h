// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace accord {

// Fusion with check boxes and radio buttons that stay visible on a dark palette:
// Fusion outlines them in the window colour darkened, which on a dark window is
// no outline at all (the what-if milestones, "met" fields, menu checks).
class ThemeStyle : public QProxyStyle {
    Q_OBJECT

public:
    ThemeStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
};

} // namespace accord
