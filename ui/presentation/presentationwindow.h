// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"
#include "model/fieldinfo.h"

#include <QPixmap>
#include <QWidget>

#include <vector>

namespace accord {

struct Plan;

// QBR presentation mode: the plan's slides full screen, one at a time, letterboxed
// to 16:9. Right/Down/Space/Page Down or a click on the right half go forward,
// Left/Up/Backspace/Page Up or a click on the left half go back, Home and End
// jump, Esc leaves. The current slide is drawn once per size into a pixmap, so
// moving the mouse or repainting never re-renders charts.
class PresentationWindow : public QWidget {
    Q_OBJECT

public:
    // logo: our company's logo for the title slide (SlideDeck::build).
    PresentationWindow(const Plan &plan, QDate today, Audience audience = Audience::Joint,
        QWidget *parent = nullptr, const QByteArray &logo = {});

    int slideCount() const { return int(m_slides.size()); }
    int currentSlide() const { return m_current; }
    QString slideTitle(int index) const;
    void showSlide(int index);
    QImage renderSlide(int index, QSize size) const; // for screenshots and tests

signals:
    void slideChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect slideRect() const;

    std::vector<Figure> m_slides;
    int m_current = 0;
    QPixmap m_cache;
};

} // namespace accord
