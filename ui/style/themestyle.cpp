// SPDX-License-Identifier: GPL-3.0-or-later
#include "themestyle.h"

#include <QStyleFactory>
#include <QStyleOption>

namespace accord {

ThemeStyle::ThemeStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
    QPainter *painter, const QWidget *widget) const
{
    const bool mark = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck
        || element == PE_IndicatorRadioButton;
    if (mark && option && option->palette.color(QPalette::Window).lightness() < 128) {
        // Fusion's outline is the window colour darkened: give it a light one.
        // (QStyleOption has no virtual destructor: copies live on the stack.)
        const QColor outlineBase(0x9a, 0xa0, 0xa8);
        if (const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option)) {
            QStyleOptionViewItem lit(*item);
            lit.palette.setColor(QPalette::Window, outlineBase);
            QProxyStyle::drawPrimitive(element, &lit, painter, widget);
        } else {
            QStyleOption lit(*option);
            lit.palette.setColor(QPalette::Window, outlineBase);
            QProxyStyle::drawPrimitive(element, &lit, painter, widget);
        }
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace accord
