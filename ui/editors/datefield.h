// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace accord {

// A date that may be unset: typed as YYYY-MM-DD (into an empty field as into a
// set one), picked from a calendar that opens on the date or, when there is none,
// on today, and cleared by deleting the text. An impossible date (2028-02-30) is
// refused with a message rather than turned into another date.
class DateField : public QLineEdit {
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    void setDate(const QDate &date);
    // The date typed (invalid when the field is empty), or why the text is none.
    Result<QDate> date() const;
    // Opens the calendar (also Alt+Down, F4 or the calendar button).
    void showCalendar();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace accord
