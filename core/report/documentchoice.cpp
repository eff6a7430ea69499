// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentchoice.h"

#include "storage/planrepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

namespace accord {

namespace {

const QString kAudience = QStringLiteral("document.audience");
const QString kSections = QStringLiteral("document.sections");
const QString kPaper = QStringLiteral("document.paper");

} // namespace

Result<ReportOptions> DocumentChoice::load(PlanRepository &repository, PlanId plan)
{
    ReportOptions options;
    const Result<QString> vendor = repository.setting(kVendorName);
    const Result<QByteArray> logo = DocumentChoice::logo(repository);
    const Result<QString> audience = repository.setting(kAudience, plan);
    const Result<QString> sections = repository.setting(kSections, plan);
    const Result<QString> paper = repository.setting(kPaper, plan);
    if (!logo)
        return Error {logo.error()};
    for (const Result<QString> *read : {&vendor, &audience, &sections, &paper}) {
        if (!*read)
            return Error {read->error()};
    }
    options.vendor = *vendor;
    options.vendorLogo = *logo;
    // A value this version does not know (written by a newer one) keeps the default.
    if (const auto a = ReportOptions::audienceFromKey(*audience))
        options.audience = *a;
    if (const auto s = ReportSections::parse(*sections); s && !s->empty())
        options.sections = *s;
    if (const auto p = ReportOptions::paperFromKey(*paper))
        options.paper = *p;
    return options;
}

Result<void> DocumentChoice::save(
    PlanRepository &repository, PlanId plan, const ReportOptions &options)
{
    const std::pair<QString, QString> values[]
        = {{kAudience, ReportOptions::audienceKey(options.audience)},
            {kSections, ReportSections::join(options.sections)},
            {kPaper, ReportOptions::paperKey(options.paper)}};
    for (const auto &[key, value] : values) {
        if (auto saved = repository.setSetting(key, value, plan); !saved)
            return saved;
    }
    return {};
}

Result<QByteArray> DocumentChoice::logo(PlanRepository &repository)
{
    const Result<QString> stored = repository.setting(kVendorLogo);
    if (!stored)
        return Error {stored.error()};
    return QByteArray::fromBase64(stored->toLatin1());
}

Result<void> DocumentChoice::setLogo(PlanRepository &repository, const QString &path)
{
    if (path.isEmpty())
        return repository.setSetting(kVendorLogo, QString());
    const QFileInfo file(path);
    if (!file.isFile())
        return Error {QCoreApplication::translate("accord::DocumentChoice", "%1 is not a file.")
                          .arg(QDir::toNativeSeparators(path))};
    if (file.size() > 20 * 1024 * 1024)
        return Error {QCoreApplication::translate(
            "accord::DocumentChoice", "%1 is larger than 20 MB: not a logo.")
                          .arg(QDir::toNativeSeparators(path))};
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > 10000 || size.height() > 10000))
        return Error {QCoreApplication::translate(
            "accord::DocumentChoice", "%1 is %2 × %3 pixels: a logo may be 10,000 at most.")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(size.width())
                          .arg(size.height())};
    QImage image = reader.read();
    if (image.isNull())
        return Error {QCoreApplication::translate(
            "accord::DocumentChoice", "%1 cannot be read as an image: %2")
                          .arg(QDir::toNativeSeparators(path), reader.errorString())};
    if (image.width() > 600 || image.height() > 600)
        image = image.scaled(600, 600, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error {QCoreApplication::translate(
            "accord::DocumentChoice", "The logo could not be converted to PNG.")};
    return repository.setSetting(kVendorLogo, QString::fromLatin1(png.toBase64()));
}

} // namespace accord
