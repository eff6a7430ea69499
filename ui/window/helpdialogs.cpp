// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace accord::HelpDialogs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::HelpDialogs", text);
}

QDialog *dialog(const QString &title, QWidget *content, QWidget *parent, const QSize &size)
{
    auto *d = new QDialog(parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(title);
    auto *layout = new QVBoxLayout(d);
    content->setParent(d);
    layout->addWidget(content, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    QObject::connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    layout->addWidget(buttons);
    d->resize(size);
    return d;
}

// "&Undo" → "Undo"; "Export PDF…" keeps its ellipsis.
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("&"));
}

} // namespace

QDialog *shortcutSheet(const QList<QAction *> &actions, QWidget *parent)
{
    std::vector<std::pair<QString, QString>> rows;
    for (QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->menu())
            continue;
        rows.emplace_back(
            action->shortcut().toString(QKeySequence::NativeText), plain(action->text()));
    }
    const std::pair<const char *, const char *> editing[] = {
        {"Enter / F2", "Edit the current cell; Enter again stores it"},
        {"Escape", "Cancel the edit, or put back the stored value after a refusal"},
        {"Insert", "Add a row (in a table)"},
        {"Delete", "Remove the selected rows (in a table)"},
        {"Ctrl+Up / Ctrl+Down", "Move the current row up or down"},
        {"Alt+Down / F4", "Open the calendar of a date field, or the list of a picker"},
        {"Delete (in a date)", "Clear the date"},
        {"Ctrl+Wheel / + / −", "Zoom the timeline"},
        {"Ctrl+0", "Fit the whole plan into the timeline"},
        {"Left / Right / Space", "Previous or next slide when presenting"},
        {"Escape (presenting)", "End the presentation"},
    };
    for (const auto &[keys, what] : editing)
        rows.emplace_back(tr(keys), tr(what));

    auto *table = new QTableWidget(int(rows.size()), 2);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int r = 0; r < int(rows.size()); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[std::size_t(r)].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[std::size_t(r)].second));
    }
    table->resizeColumnToContents(0);
    return dialog(tr("Keyboard shortcuts"), table, parent, QSize(620, 560));
}

QDialog *guide(const QString &workspacePath, const QString &backupFolder, QWidget *parent)
{
    QFile file(QStringLiteral(":/help/guide.html"));
    QString html = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Where your data lives").toHtmlEscaped());
    if (workspacePath.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No workspace is open.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1<br><code>%2</code></p>")
                    .arg(tr("Every plan of this workspace is in one file:").toHtmlEscaped(),
                        QDir::toNativeSeparators(workspacePath).toHtmlEscaped());
        html += QStringLiteral("<p>%1<br><code>%2</code></p>")
                    .arg(tr("Backups are made before every import, deletion, restore and "
                            "upgrade, and on demand (File ▸ Backups and restore), in:")
                             .toHtmlEscaped(),
                        QDir::toNativeSeparators(backupFolder).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("To keep a copy elsewhere, copy the file while Accord is closed, "
                            "or copy a backup.")
                             .toHtmlEscaped());
    }
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("guideText"));
    browser->setOpenExternalLinks(false);
    browser->setHtml(html);
    return dialog(tr("Accord guide"), browser, parent, QSize(720, 640));
}

} // namespace accord::HelpDialogs
