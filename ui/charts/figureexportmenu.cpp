// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureexportmenu.h"

#include "palette.h"

#include "figureexport.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QStandardPaths>

namespace accord::FigureExportMenu {

namespace {

QString suggestedPath(const Figure &figure, const QString &suffix)
{
    QString name = figure.title.simplified();
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral("-"));
    if (name.isEmpty())
        name = QStringLiteral("chart");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return dir + u'/' + name + u'.' + suffix;
}

void report(QWidget *parent, bool ok, const QString &error)
{
    if (!ok)
        QMessageBox::warning(parent, QObject::tr("Export failed"), error);
}

void exportPng(QWidget *parent, const Figure &figure)
{
    const QStringList resolutions {
        QStringLiteral("96"), QStringLiteral("150"), QStringLiteral("300"), QStringLiteral("600")};
    bool ok = false;
    const QString dpi = QInputDialog::getItem(parent, QObject::tr("Export as PNG"),
        QObject::tr("Resolution (dots per inch):"), resolutions, 2, false, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export as PNG"),
        suggestedPath(figure, QStringLiteral("png")), QObject::tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    report(parent, FigureExport::writePng(figure, path, dpi.toInt(), &error), error);
}

void exportSvg(QWidget *parent, const Figure &figure)
{
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export as SVG"),
        suggestedPath(figure, QStringLiteral("svg")), QObject::tr("SVG images (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    report(parent, FigureExport::writeSvg(figure, path, &error), error);
}

void copy(const Figure &figure)
{
    auto *mime = new QMimeData;
    mime->setImageData(FigureExport::toImage(figure, 150));
    mime->setData(QStringLiteral("image/svg+xml"), FigureExport::toSvg(figure));
    QApplication::clipboard()->setMimeData(mime);
}

} // namespace

void addActions(QMenu *menu, QWidget *parent, const FigureSource &figure)
{
    // A picture leaves the app for documents and slides: drawn as on paper,
    // whatever the window's theme.
    const auto onPaper = [figure] {
        const Palette::ScopedScheme paper(Palette::Scheme::Light);
        return figure();
    };
    menu->addAction(QObject::tr("Export as &PNG…"), parent,
        [parent, onPaper] { exportPng(parent, onPaper()); });
    menu->addAction(QObject::tr("Export as &SVG…"), parent,
        [parent, onPaper] { exportSvg(parent, onPaper()); });
    menu->addAction(QObject::tr("&Copy picture"), parent, [onPaper] { copy(onPaper()); });
}

void exec(QWidget *parent, const FigureSource &figure, const QPoint &globalPos)
{
    QMenu menu(parent);
    addActions(&menu, parent, figure);
    menu.exec(globalPos);
}

} // namespace accord::FigureExportMenu
