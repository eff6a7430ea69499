// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>

namespace accord {

namespace {

const QDate kFirst(1900, 1, 1);
const QDate kLast(2200, 12, 31);

// A small calendar page in the colour of the field's text, for the button.
QIcon calendarIcon(const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 2.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3);
    painter.fillRect(QRectF(4, 6, 24, 6), colour);
    painter.drawLine(QPointF(10, 3), QPointF(10, 8));
    painter.drawLine(QPointF(22, 3), QPointF(22, 8));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 3; ++column)
            painter.drawRect(QRectF(8 + column * 6.5, 15 + row * 6, 3.5, 3.5));
    }
    return QIcon(pixmap);
}

} // namespace

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY-MM-DD"));
    setClearButtonEnabled(true);
    QAction *open = addAction(calendarIcon(palette().color(QPalette::Text)), TrailingPosition);
    open->setObjectName(QStringLiteral("openCalendar"));
    open->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(open, &QAction::triggered, this, &DateField::showCalendar);
}

void DateField::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    if (event->reason() != Qt::MouseFocusReason)
        selectAll();
}

void DateField::setDate(const QDate &date)
{
    setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
    // Typing replaces the date and Delete clears it once the field has the focus;
    // a form of dates is not shown all highlighted.
    if (hasFocus())
        selectAll();
    else
        deselect();
}

Result<QDate> DateField::date() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return QDate();
    static const QRegularExpression form(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    const QRegularExpressionMatch match = form.match(typed);
    if (!match.hasMatch())
        return Error {tr("\"%1\" is not a date: write it as YYYY-MM-DD, such as %2.")
                          .arg(typed, QDate::currentDate().toString(Qt::ISODate))};
    const QDate date(
        match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return Error {tr("%1 is not a day of the calendar.").arg(typed)};
    if (date < kFirst || date > kLast)
        return Error {tr("%1 is outside the dates a plan can hold (%2 to %3).")
                          .arg(typed, kFirst.toString(Qt::ISODate), kLast.toString(Qt::ISODate))};
    return date;
}

void DateField::showCalendar()
{
    if (!m_calendar) {
        // A child of the field, so that a table's cell editor stays open while it shows.
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setDateRange(kFirst, kLast);
        m_calendar->setGridVisible(true);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &date) {
            m_calendar->hide();
            setDate(date);
            setFocus();
            emit editingFinished();
        });
        connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    }
    const Result<QDate> typed = date();
    const QDate shown = typed && typed->isValid() ? *typed : QDate::currentDate();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const bool altDown
        = event->key() == Qt::Key_Down && event->modifiers().testFlag(Qt::AltModifier);
    if (altDown || event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace accord
