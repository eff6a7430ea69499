// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "palette.h"
#include "themestyle.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace accord {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x8a, 0x8d, 0x91);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7f, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

void Theme::apply(Kind kind)
{
    if (kind != Kind::System && !qobject_cast<ThemeStyle *>(QApplication::style()))
        QApplication::setStyle(new ThemeStyle);
    QApplication::setPalette(
        kind == Kind::Dark ? darkPalette() : QApplication::style()->standardPalette());
    // What draws (charts, the timeline, slides) follows: a dark system palette
    // counts as dark.
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    Palette::setScheme(dark ? Palette::Scheme::Dark : Palette::Scheme::Light);
}

Theme::Kind Theme::saved()
{
    const QString value = QSettings().value(QStringLiteral("view/theme")).toString();
    return value == u"dark" ? Kind::Dark : value == u"light" ? Kind::Light : Kind::System;
}

void Theme::save(Kind kind)
{
    const char *names[] = {"system", "light", "dark"};
    QSettings().setValue(QStringLiteral("view/theme"), QString::fromLatin1(names[int(kind)]));
}

} // namespace accord
