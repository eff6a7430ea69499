// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthscoretile.h"

#include "model/enuminfo.h"
#include "palette.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace accord {

HealthScoreTile::HealthScoreTile(const QString &caption, QWidget *parent)
    : QWidget(parent)
    , m_caption(caption)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void HealthScoreTile::setScore(const HealthScore &score, const QString &delta)
{
    m_score = score;
    m_delta = delta;
    setAccessibleName(text());
    setToolTip(text());
    update();
}

QString HealthScoreTile::text() const
{
    if (!m_score.score)
        return tr("%1: not assessed").arg(m_caption);
    QString result = tr("%1: %2 · %3")
                         .arg(m_caption)
                         .arg(std::lround(*m_score.score))
                         .arg(enumLabel(*m_score.level));
    if (!m_delta.isEmpty())
        result += u' ' + m_delta;
    return result;
}

QSize HealthScoreTile::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(fm.horizontalAdvance(u'0') * 22, fm.height() * 6);
}

void HealthScoreTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    const QColor colour = m_score.level ? Palette::healthLevel(*m_score.level) : Palette::muted();
    QPainterPath path;
    path.addRoundedRect(box, 10, 10);
    painter.fillPath(path, colour);

    QFont small = font();
    painter.setPen(Qt::white);
    painter.setFont(small);
    const qreal pad = box.height() * 0.1;
    const QRectF inner = box.adjusted(pad * 1.5, pad, -pad * 1.5, -pad);
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop, m_caption);

    QFont big = font();
    big.setBold(true);
    big.setPixelSize(int(box.height() * 0.42));
    painter.setFont(big);
    const QString number
        = m_score.score ? QString::number(std::lround(*m_score.score)) : QStringLiteral("—");
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, number);
    const qreal numberWidth = QFontMetricsF(big).horizontalAdvance(number);

    painter.setFont(small);
    QStringList side;
    if (m_score.level)
        side << enumLabel(*m_score.level);
    if (!m_delta.isEmpty())
        side << m_delta;
    const QRectF sideRect = inner.adjusted(numberWidth + pad, 0, 0, -pad * 0.5);
    painter.drawText(sideRect, Qt::AlignLeft | Qt::AlignBottom, side.join(u'\n'));
}

} // namespace accord
