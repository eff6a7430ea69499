// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupsdialog.h"

#include "storage/sqliteworkspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace accord {

BackupsDialog::BackupsDialog(SqliteWorkspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Backups and restore"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *backup = buttons->addButton(tr("Back up now"), QDialogButtonBox::ActionRole);
    QPushButton *restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Backups are kept in %1.").arg(workspace->backups().folder()), this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(backup, &QPushButton::clicked, this, [this] {
        if (auto made = m_workspace->backup(QStringLiteral("manual")); !made)
            QMessageBox::warning(this, windowTitle(), made.error());
        reload();
    });
    connect(restore, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        const auto answer = QMessageBox::question(this, windowTitle(),
            tr("Replace the workspace with the backup of %1? The current state is kept as a backup "
               "too.")
                .arg(item->text()));
        if (answer != QMessageBox::Yes)
            return;
        m_chosen = item->data(Qt::UserRole).toString();
        accept();
    });
    resize(560, 360);
    reload();
}

void BackupsDialog::reload()
{
    m_list->clear();
    for (const BackupManager::Backup &b : m_workspace->backups().list()) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3)")
                .arg(QLocale().toString(b.created.toLocalTime(), QLocale::ShortFormat), b.reason,
                    QLocale().formattedDataSize(b.size)),
            m_list);
        item->setData(Qt::UserRole, b.path);
    }
}

} // namespace accord
