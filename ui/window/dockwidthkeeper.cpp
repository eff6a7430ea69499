// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockwidthkeeper.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QSettings>

namespace accord {

DockWidthKeeper::DockWidthKeeper(
    QMainWindow *window, QDockWidget *dock, QString settingsKey, int centralMinimum, int preferred)
    : QObject(window)
    , m_window(window)
    , m_dock(dock)
    , m_key(std::move(settingsKey))
    , m_centralMinimum(centralMinimum)
    , m_width(QSettings().value(m_key, preferred).toInt())
{
    if (m_width <= 0)
        m_width = preferred;
    dock->installEventFilter(this);
    // The separator dragged by the user ends with a resize of a shown window.
    window->installEventFilter(this);
}

void DockWidthKeeper::fit()
{
    // A new central widget is laid out after the events queued now; the dock's
    // width is put right after that.
    m_fitting = true;
    QMetaObject::invokeMethod(this, &DockWidthKeeper::fitNow, Qt::QueuedConnection);
}

void DockWidthKeeper::fitNow()
{
    m_fitting = false;
    if (!m_window->isVisible() || !m_dock->isVisible() || m_dock->isFloating())
        return;
    const int narrowest = m_dock->minimumSizeHint().width();
    const int widest = qMax(narrowest, m_window->width() - m_centralMinimum);
    const int width = qBound(narrowest, m_width, widest);
    m_fitting = true;
    m_window->resizeDocks({m_dock}, {width}, Qt::Horizontal);
    m_fitting = false;
}

void DockWidthKeeper::save() const
{
    QSettings().setValue(m_key, m_width);
}

bool DockWidthKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show) {
        m_fitting = true; // the first layout of a shown window is not the user's choice
        QMetaObject::invokeMethod(
            this, [this] { fit(); }, Qt::QueuedConnection);
    }
    // A resize of the dock while the window keeps its width is the user's choice
    // (the separator); one from a fit or from showing is not.
    if (watched == m_dock && event->type() == QEvent::Resize && !m_fitting && m_window->isVisible()
        && !m_dock->isFloating() && m_window->centralWidget()
        && m_window->centralWidget()->width() >= m_centralMinimum)
        m_width = m_dock->width();
    return QObject::eventFilter(watched, event);
}

} // namespace accord
