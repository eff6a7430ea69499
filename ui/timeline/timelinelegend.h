// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace accord {

// What the timeline's colours and marks mean: one swatch per milestone status,
// overdue, and the flag of a milestone that lands after the renewal.
class TimelineLegend : public QWidget {
    Q_OBJECT

public:
    explicit TimelineLegend(QWidget *parent = nullptr);

    QStringList entries() const; // the labels, in order
};

} // namespace accord
