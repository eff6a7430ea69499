// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace accord {

// Keeps a side dock at the width the user gave it, and the central widget usable.
// QMainWindow's saved state alone is not enough: restored before the window has
// its size, or when the central widget is replaced (another plan, the welcome
// page), it can give the dock nearly everything. The width the user dragged to is
// remembered (also across restarts, under settingsKey) and put back after each
// such change, never leaving the central widget narrower than centralMinimum.
class DockWidthKeeper : public QObject {
    Q_OBJECT

public:
    DockWidthKeeper(QMainWindow *window, QDockWidget *dock, QString settingsKey, int centralMinimum,
        int preferred);

    void fit(); // after the central widget changed, or the window was shown
    void save() const;
    int width() const { return m_width; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitNow();

    QMainWindow *m_window;
    QDockWidget *m_dock;
    QString m_key;
    int m_centralMinimum;
    int m_width;
    bool m_fitting = false;
};

} // namespace accord
