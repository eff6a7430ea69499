// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationwindow.h"

#include "slides/slidedeck.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace accord {

PresentationWindow::PresentationWindow(
    const Plan &plan, QDate today, Audience audience, QWidget *parent, const QByteArray &logo)
    : QWidget(parent, Qt::Window)
    , m_slides(SlideDeck::build(plan, today, audience, logo))
{
    setObjectName(QStringLiteral("presentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setWindowTitle(tr("Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
}

QString PresentationWindow::slideTitle(int index) const
{
    return index >= 0 && index < slideCount() ? m_slides[std::size_t(index)].title : QString();
}

void PresentationWindow::showSlide(int index)
{
    index = std::clamp(index, 0, std::max(0, slideCount() - 1));
    if (index == m_current)
        return;
    m_current = index;
    m_cache = QPixmap();
    update();
    emit slideChanged(index);
}

QImage PresentationWindow::renderSlide(int index, QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    if (index < 0 || index >= slideCount())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_slides[std::size_t(index)].paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QRect PresentationWindow::slideRect() const
{
    const QSize fitted = QSize(16, 9).scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    const QRect target = slideRect();
    const qreal ratio = devicePixelRatioF();
    if (m_cache.isNull() || m_cache.size() != target.size() * ratio) {
        m_cache = QPixmap::fromImage(renderSlide(m_current, target.size() * ratio));
        m_cache.setDevicePixelRatio(ratio);
    }
    painter.drawPixmap(target.topLeft(), m_cache);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        showSlide(m_current + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showSlide(m_current - 1);
        break;
    case Qt::Key_Home:
        showSlide(0);
        break;
    case Qt::Key_End:
        showSlide(slideCount() - 1);
        break;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        showSlide(m_current + (event->position().x() < width() / 3.0 ? -1 : 1));
    else if (event->button() == Qt::RightButton)
        showSlide(m_current - 1);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    m_cache = QPixmap();
    QWidget::resizeEvent(event);
}

} // namespace accord
