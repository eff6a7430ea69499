// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpainter.h"

#include "palette.h"
#include "pdfactualtext.h"

#include "reportlayout.h"
#include "reportstyle.h"
#include "textbox.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextLayout>

namespace accord {

namespace {

struct ItemPainter {
    QPainter *painter;

    void operator()(const PageItem::Text &t) const
    {
        painter->setPen(t.color);
        for (int i = t.firstLine; i < t.firstLine + t.lineCount; ++i)
            PdfActualText::drawLine(painter, *t.layout, t.layout->lineAt(i), t.origin);
    }

    void operator()(const PageItem::Box &b) const
    {
        painter->setPen(b.stroke.isValid() ? QPen(b.stroke, b.strokeWidth) : QPen(Qt::NoPen));
        painter->setBrush(b.fill.isValid() ? QBrush(b.fill) : QBrush(Qt::NoBrush));
        painter->drawRect(b.rect);
    }

    void operator()(const PageItem::Rule &r) const
    {
        painter->setPen(QPen(r.color, r.width, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(r.line);
    }

    void operator()(const PageItem::Picture &p) const
    {
        painter->save();
        painter->setClipRect(p.rect);
        p.figure.paint(painter, p.rect);
        painter->restore();
    }
};

} // namespace

ReportPainter::ReportPainter(const ReportLayout &layout)
    : m_layout(layout)
{
}

void ReportPainter::paintPage(QPainter *painter, int index) const
{
    const Palette::ScopedScheme paper(Palette::Scheme::Light);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    paintItems(painter, index);
    paintHeaderFooter(painter, index);
    painter->restore();
}

void ReportPainter::paintItems(QPainter *painter, int index) const
{
    const ItemPainter draw {painter};
    for (const PageItem::Item &item : m_layout.page(index).items)
        std::visit(draw, item);
}

void ReportPainter::paintHeaderFooter(QPainter *painter, int index) const
{
    const PageFrame &frame = m_layout.frame();
    const ReportStyle style(frame.dpi);
    const QPaintDevice *device = painter->device();
    const qreal width = frame.body.width();
    const ItemPainter draw {painter};
    qreal headerWidth = width;
    if (!m_layout.internalMark().isEmpty()) { // on every page, the first included
        QFont bold = style.running;
        bold.setBold(true);
        const TextBox mark(m_layout.internalMark(), bold, width, device, Qt::AlignRight);
        draw(mark.item(frame.header.topLeft(), Palette::error(), 0, std::min(1, mark.lineCount())));
        headerWidth -= TextBox::naturalWidth(m_layout.internalMark(), bold, device) + style.px(12);
    }
    if (index > 0) {
        const TextBox header(
            m_layout.runningHeader(), style.running, std::max(headerWidth, width / 3), device);
        draw(header.item(frame.header.topLeft(), style.muted, 0, std::min(1, header.lineCount())));
        const qreal y = frame.header.bottom();
        draw(PageItem::Rule {
            QLineF(frame.header.left(), y, frame.header.right(), y), style.rule, style.px(0.5)});
    }
    const qreal ruleY = frame.footer.top() - style.px(4);
    draw(PageItem::Rule {QLineF(frame.footer.left(), ruleY, frame.footer.right(), ruleY),
        style.rule, style.px(0.5)});
    const QString page = QCoreApplication::translate("accord::Report", "Page %1 of %2")
                             .arg(index + 1)
                             .arg(m_layout.pageCount());
    const QString fingerprint = QCoreApplication::translate("accord::Report", "Fingerprint %1")
                                    .arg(m_layout.shortFingerprint());
    const std::pair<QString, Qt::Alignment> parts[] = {{m_layout.footerVersion(), Qt::AlignLeft},
        {page, Qt::AlignHCenter}, {fingerprint, Qt::AlignRight}};
    for (const auto &[text, alignment] : parts) {
        const TextBox box(text, style.running, width, device, alignment);
        draw(box.item(frame.footer.topLeft(), style.muted, 0, std::min(1, box.lineCount())));
    }
}

} // namespace accord
