// SPDX-License-Identifier: GPL-3.0-or-later
// BlockSlicer: figures, notices, the sign-off record and signature blocks (the
// rest of the class is in blockslicer.cpp).
#include "blockslicer.h"

#include "reportstyle.h"
#include "textbox.h"

#include <QCoreApplication>

namespace accord {

using namespace ReportBlock;

void BlockSlicer::add(const ReportBlock::Figure &b, Slices &out)
{
    const qreal width = m_frame.body.width();
    const qreal left = m_frame.body.left();
    const accord::Figure figure = m_figures ? m_figures(b) : accord::Figure();
    const QString caption = tr("Figure %1: %2").arg(++m_figureCount).arg(b.caption);
    const TextBox text(caption, m_style.caption, width, m_device);
    QRectF picture;
    if (!figure.isNull() && figure.naturalSize.width() > 0 && figure.naturalSize.height() > 0) {
        // the text width, unless that makes it taller than most of a page
        const QSizeF natural = figure.naturalSize;
        qreal w = width;
        qreal h = w * natural.height() / natural.width();
        const qreal maxHeight = m_frame.body.height() * 0.62;
        if (h > maxHeight) {
            h = maxHeight;
            w = h * natural.width() / natural.height();
        }
        picture = QRectF(left + (width - w) / 2, 0, w, h);
    }
    Slice slice;
    slice.spaceBefore = gap(10);
    const qreal captionTop = picture.isEmpty() ? 0 : picture.height() + m_style.px(5);
    slice.height = captionTop + text.height();
    // A caption without its picture says what comes next: it never ends a page.
    slice.keepWithNext = picture.isEmpty();
    slice.place = [=, this](auto &items, qreal top) {
        if (!picture.isEmpty())
            items.push_back(PageItem::Picture {figure, picture.translated(0, top)});
        items.push_back(text.item(QPointF(left, top + captionTop), m_style.muted));
    };
    out.push_back(std::move(slice));
}

void BlockSlicer::add(const Notice &b, Slices &out)
{
    const qreal width = m_frame.body.width();
    const qreal left = m_frame.body.left();
    const qreal pad = m_style.px(8);
    const TextBox title(b.title, m_style.bodyBold, width - 2 * pad, m_device);
    const TextBox text(b.text, m_style.body, width - 2 * pad, m_device);
    Slice slice;
    slice.spaceBefore = gap(10);
    slice.height = 2 * pad + title.height() + m_style.px(2) + text.height();
    slice.place = [=, this, h = slice.height](auto &items, qreal top) {
        items.push_back(PageItem::Box {QRectF(left, top, width, h), m_style.noticeFill,
            m_style.noticeStroke, m_style.px(0.8)});
        items.push_back(
            PageItem::Box {QRectF(left, top, m_style.px(3), h), m_style.noticeStroke, {}, 0});
        items.push_back(
            title.item(QPointF(left + pad, top + pad), m_style.noticeStroke.darker(140)));
        items.push_back(text.item(
            QPointF(left + pad, top + pad + title.height() + m_style.px(2)), m_style.ink));
    };
    out.push_back(std::move(slice));
}

void BlockSlicer::add(const SignOffRecord &b, Slices &out)
{
    add(Heading {3, {}, tr("Recorded sign-off")}, out);
    add(KeyValues {{{tr("Signed on:"), b.date.toString(Qt::ISODate)}, {tr("Version:"), b.version},
                       {tr("Fingerprint:"), b.fingerprint},
                       {tr("Signed by:"), b.signatories.join(u'\n')}},
            false},
        out);
    if (b.changedSince)
        add(Notice {tr("Changed since signed"),
                tr("The plan has been edited since this sign-off; the content signed is not "
                   "the content shown.")},
            out);
}

void BlockSlicer::add(const Signature &b, Slices &out)
{
    addSignatures({b}, out);
}

void BlockSlicer::placeSignature(
    std::vector<PageItem::Item> &items, const Signature &person, QPointF topLeft, qreal width) const
{
    const qreal lineY = topLeft.y() + m_style.px(34);
    items.push_back(PageItem::Rule {
        QLineF(topLeft.x(), lineY, topLeft.x() + width, lineY), m_style.ink, m_style.px(0.8)});
    const TextBox caption(tr("Signature"), m_style.caption, width, m_device);
    items.push_back(caption.item(QPointF(topLeft.x(), lineY + m_style.px(2)), m_style.muted));
    const QString date = person.date.isValid() ? person.date.toString(Qt::ISODate) : QString();
    const std::pair<QString, QString> rows[]
        = {{tr("Name"), person.name}, {tr("Title"), person.title}, {tr("Date"), date}};
    const qreal labelWidth = m_style.px(40);
    qreal y = lineY + m_style.px(16);
    for (const auto &[label, value] : rows) {
        const TextBox l(label, m_style.label, labelWidth, m_device);
        items.push_back(l.item(QPointF(topLeft.x(), y + m_style.px(1)), m_style.muted));
        if (value.isEmpty()) {
            const qreal base = y + m_style.px(13);
            items.push_back(
                PageItem::Rule {QLineF(topLeft.x() + labelWidth, base, topLeft.x() + width, base),
                    m_style.muted, m_style.px(0.5)});
        } else {
            const TextBox v(value, m_style.body, width - labelWidth, m_device);
            items.push_back(v.item(QPointF(topLeft.x() + labelWidth, y), m_style.ink));
        }
        y += m_style.px(17);
    }
}

void BlockSlicer::addSignatures(const std::vector<Signature> &people, Slices &out)
{
    const qreal left = m_frame.body.left();
    const qreal gutter = m_style.px(28);
    const qreal column = (m_frame.body.width() - gutter) / 2;
    for (std::size_t i = 0; i < people.size(); i += 2) {
        std::vector<Signature> pair {people[i]};
        if (i + 1 < people.size())
            pair.push_back(people[i + 1]);
        Slice slice;
        slice.spaceBefore = i == 0 ? gap(6) : m_style.px(14);
        slice.height = m_style.px(34 + 16 + 3 * 17 + 4);
        slice.place = [=, this](auto &items, qreal top) {
            for (std::size_t k = 0; k < pair.size(); ++k)
                placeSignature(
                    items, pair[k], QPointF(left + qreal(k) * (column + gutter), top), column);
        };
        out.push_back(std::move(slice));
    }
}

} // namespace accord
