// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/healthscore.h"

#include <QWidget>

namespace accord {

// A large number on the colour of its level: "84 · Healthy", or "—" before any
// component is assessed. A caption above says whose score it is.
class HealthScoreTile : public QWidget {
    Q_OBJECT

public:
    explicit HealthScoreTile(const QString &caption, QWidget *parent = nullptr);

    void setScore(const HealthScore &score, const QString &delta = {});
    QString text() const; // what the tile says, for tests and accessibility
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_caption;
    HealthScore m_score;
    QString m_delta;
};

} // namespace accord
