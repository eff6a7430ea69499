// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QAction;
class QDialog;
class QWidget;

namespace accord::HelpDialogs {

// Help ▸ Keyboard shortcuts: every action of the window that has a shortcut (read
// from the actions themselves, so the sheet never disagrees with the menus),
// then the keys of tables, fields and the timeline.
QDialog *shortcutSheet(const QList<QAction *> &actions, QWidget *parent);

// Help ▸ Guide: what a plan is made of, the cycle from one review to the next,
// and where this workspace keeps its data and backups.
QDialog *guide(const QString &workspacePath, const QString &backupFolder, QWidget *parent);

} // namespace accord::HelpDialogs
