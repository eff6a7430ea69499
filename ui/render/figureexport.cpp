// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureexport.h"

#include "palette.h"

#include "export/exportfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QSvgGenerator>

namespace accord::FigureExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::FigureExport", text);
}

bool save(const QString &path, const QByteArray &data, QString *error)
{
    const Result<void> written = ExportFile::write(path, data);
    if (!written && error)
        *error = written.error();
    return written.ok();
}

} // namespace

QImage toImage(const Figure &figure, int dpi)
{
    if (figure.isNull() || dpi <= 0)
        return {};
    const Palette::ScopedScheme paper(Palette::Scheme::Light);
    const qreal scale = dpi / 72.0;
    const QSize pixels = (figure.naturalSize * scale).toSize().expandedTo(QSize(1, 1));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    figure.paint(&painter, QRectF(QPointF(0, 0), figure.naturalSize));
    return image;
}

bool writePng(const Figure &figure, const QString &path, int dpi, QString *error)
{
    const QImage image = toImage(figure, dpi);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        if (error)
            *error = tr("The picture could not be drawn at %1 dpi.").arg(dpi);
        return false;
    }
    return save(path, data, error);
}

QByteArray toSvg(const Figure &figure)
{
    if (figure.isNull())
        return {};
    const Palette::ScopedScheme paper(Palette::Scheme::Light);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setTitle(figure.title);
    generator.setDescription(QStringLiteral("Accord"));
    generator.setResolution(72);
    generator.setSize(figure.naturalSize.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), figure.naturalSize));
    QPainter painter(&generator);
    figure.paint(&painter, QRectF(QPointF(0, 0), figure.naturalSize));
    painter.end();
    return data;
}

bool writeSvg(const Figure &figure, const QString &path, QString *error)
{
    const QByteArray data = toSvg(figure);
    if (data.isEmpty()) {
        if (error)
            *error = tr("There is nothing to export.");
        return false;
    }
    return save(path, data, error);
}

} // namespace accord::FigureExport
