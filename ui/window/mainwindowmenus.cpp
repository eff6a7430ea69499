// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus (the rest of the class is in mainwindow.cpp).
#include "mainwindow.h"

#include "editors/planeditor.h"
#include "helpdialogs.h"
#include "storage/backupmanager.h"
#include "storage/sqliteworkspace.h"

#include "dialogs/backupsdialog.h"
#include "dialogs/signoffdialog.h"
#include "document/plandocument.h"
#include "portfolio/portfolionavigator.h"
#include "presentation/presentationwindow.h"
#include "print/printactions.h"
#include "recentworkspaces.h"
#include "report/documentchoice.h"
#include "rules/fieldvalidator.h"
#include "storage/sqliteworkspace.h"
#include "style/theme.h"
#include "templates/templatecatalog.h"
#include "undoshortcutrouter.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoGroup>

namespace accord {

namespace {

// The platform's standard key, or a fallback where the platform defines none.
void setStandardShortcut(
    QAction *action, QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    action->setShortcuts(keys.isEmpty() ? QList<QKeySequence> {fallback} : keys);
}

} // namespace

void MainWindow::createMenus()
{
    createFileMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    setStandardShortcut(undo, QKeySequence::Undo, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    setStandardShortcut(redo, QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);
    new UndoShortcutRouter(this); // Ctrl+Z is Edit ▸ Undo in every field
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in plans…"), this, &MainWindow::showFind);
    find->setObjectName(QStringLiteral("actionFind"));
    setStandardShortcut(find, QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(findChild<QDockWidget *>(QStringLiteral("portfolioDock"))->toggleViewAction());
    QAction *fullScreen = view->addAction(
        tr("&Full screen"), this, [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    setStandardShortcut(fullScreen, QKeySequence::FullScreen, QKeySequence(Qt::Key_F11));
    view->addAction(findChild<QDockWidget *>(QStringLiteral("checksDock"))->toggleViewAction());
    QAction *present = view->addAction(tr("&Present plan"), this, [this] { this->present(); });
    present->setObjectName(QStringLiteral("actionPresent"));
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setToolTip(tr("The plan as the customer sees it, without the internal view"));
    QAction *presentInternal = view->addAction(
        tr("Present &internal version"), this, [this] { this->present(Audience::Internal); });
    presentInternal->setObjectName(QStringLiteral("actionPresentInternal"));
    presentInternal->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    createThemeMenu(view);

    createPlanMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Guide"), this, [this] {
        const QString path
            = m_workspace && !m_workspace->isServer() ? m_workspace->location() : QString();
        HelpDialogs::guide(path, path.isEmpty() ? QString() : BackupManager(path).folder(), this)
            ->show();
    });
    guide->setObjectName(QStringLiteral("actionGuide"));
    setStandardShortcut(guide, QKeySequence::HelpContents, QKeySequence(Qt::Key_F1));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this,
        [this] { HelpDialogs::shortcutSheet(findChildren<QAction *>(), this)->show(); });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Accord"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPlanAction = file->addAction(tr("&New plan…"), this, &MainWindow::newPlan);
    newPlanAction->setObjectName(QStringLiteral("actionNewPlan"));
    setStandardShortcut(newPlanAction, QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N));
    file->addSeparator();
    file->addAction(tr("New &workspace…"), this, [this] { chooseWorkspace(true); });
    QAction *open
        = file->addAction(tr("&Open workspace…"), this, [this] { chooseWorkspace(false); });
    setStandardShortcut(open, QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction *team
        = file->addAction(tr("Open &team workspace…"), this, &MainWindow::openTeamWorkspace);
    team->setObjectName(QStringLiteral("actionOpenTeamWorkspace"));
    m_recentMenu = file->addMenu(tr("&Recent workspaces"));
    updateRecentMenu();
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::importFile);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportPlan);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    (new PrintActions(
         this, [this] { return m_document ? &m_document->plan() : nullptr; },
         DocumentFigures::standard(), documentHooks()))
        ->addTo(file);
    file->addSeparator();
    file->addAction(tr("&Backups and restore…"), this, &MainWindow::showBackups);
    QAction *company = file->addAction(tr("Our &company…"), this, &MainWindow::editOurCompany);
    company->setObjectName(QStringLiteral("actionOurCompany"));
    company->setToolTip(tr("The name documents and slides give your side of the plan"));
    QAction *logo = file->addAction(tr("Our company &logo…"), this, &MainWindow::editOurLogo);
    logo->setObjectName(QStringLiteral("actionOurLogo"));
    logo->setToolTip(tr("The logo on the title page of this workspace's documents"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setMenuRole(QAction::QuitRole);
    setStandardShortcut(quit, QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void MainWindow::createPlanMenu()
{
    QMenu *plan = menuBar()->addMenu(tr("&Plan"));
    plan->setObjectName(QStringLiteral("planMenu"));
    QAction *duplicate = plan->addAction(tr("&Duplicate"), this, [this] {
        if (m_document)
            duplicatePlan(m_document->id());
    });
    duplicate->setObjectName(QStringLiteral("actionDuplicatePlan"));
    QAction *archive = plan->addAction(tr("&Archive"), this, [this] {
        if (m_document)
            archivePlan(m_document->id());
    });
    archive->setObjectName(QStringLiteral("actionArchivePlan"));
    QAction *remove = plan->addAction(tr("De&lete…"), this, [this] {
        if (m_document)
            deletePlan(m_document->id());
    });
    remove->setObjectName(QStringLiteral("actionDeletePlan"));
    plan->addAction(tr("Save as &template…"), this, [this] {
        if (!m_document)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as template"),
            tr("Template name:"), QLineEdit::Normal, m_document->plan().header.title, &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        auto saved = TemplateCatalog::saveAsTemplate(m_document->plan(), name.trimmed(), QString());
        if (!saved)
            return showError(saved.error());
        statusBar()->showMessage(
            tr("Saved as template \"%1\"; File ▸ New plan offers it.").arg(name.trimmed()), 8000);
    });
    plan->addSeparator();
    QAction *signOff = plan->addAction(tr("Record &sign-off…"), this, [this] {
        if (!m_document)
            return;
        SignOffDialog dialog(m_document, this);
        dialog.exec();
    });
    signOff->setObjectName(QStringLiteral("actionRecordSignOff"));
    signOff->setEnabled(m_document != nullptr);
    // A plan is open exactly while its undo stack is the group's active one.
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, signOff,
        [signOff](QUndoStack *stack) { signOff->setEnabled(stack != nullptr); });
    QAction *history = plan->addAction(tr("&History"), this, &MainWindow::showHistory);
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setToolTip(tr("Who changed what in this plan, and when"));
    QAction *team = plan->addAction(tr("Account &team…"), this, &MainWindow::editAccountTeam);
    team->setObjectName(QStringLiteral("accountTeamAction"));
    team->setToolTip(tr("Who owns the plan's account and who is on its team"));
    plan->addSeparator();
    plan->setToolTipsVisible(true); // why an action is not available
    applyRights();
}

void MainWindow::createThemeMenu(QMenu *view)
{
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(theme);
    const std::pair<Theme::Kind, QString> kinds[] = {{Theme::Kind::System, tr("&System")},
        {Theme::Kind::Light, tr("&Light")}, {Theme::Kind::Dark, tr("&Dark")}};
    for (const auto &[kind, label] : kinds) {
        QAction *action = theme->addAction(label, this, [this, kind] {
            Theme::apply(kind);
            Theme::save(kind);
            // Charts, the timeline and marks were drawn in the old colours.
            if (m_document) {
                const PlanId id = m_document->id();
                const int page = m_editor->currentPage();
                closePlan();
                openPlan(id);
                m_editor->showPage(page);
            }
        });
        action->setCheckable(true);
        action->setChecked(Theme::saved() == kind);
        group->addAction(action);
    }
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = RecentWorkspaces::list();
    for (const QString &path : recent)
        m_recentMenu->addAction(
            QDir::toNativeSeparators(path), this, [this, path] { openWorkspace(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showBackups()
{
    if (!m_workspace)
        return;
    auto *file = dynamic_cast<SqliteWorkspace *>(m_workspace.get());
    if (!file) {
        QMessageBox::information(this, tr("Backups"),
            tr("%1 is a team workspace on a PostgreSQL server. Its backups are made and "
               "restored on the server by whoever runs it (pg_dump and pg_restore); Accord "
               "keeps no copies of it.")
                .arg(m_workspace->location()));
        return;
    }
    BackupsDialog dialog(file, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    const QString path = m_workspace->location();
    forgetPlans();
    m_workspace.reset();
    if (auto restored = BackupManager::restore(path, dialog.chosenBackup()); !restored)
        showError(restored.error());
    openWorkspace(path);
}

} // namespace accord

namespace accord {

void MainWindow::editOurCompany()
{
    if (!m_workspace)
        return;
    const Result<QString> current = m_workspace->setting(DocumentChoice::kVendorName);
    if (!current)
        return showError(current.error());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Our company"),
        tr("Your company's name, as this workspace's documents and slides show it (the sign-off "
           "page, \"… commits to\"):"),
        QLineEdit::Normal, *current, &ok)
                             .simplified();
    if (!ok || name == *current)
        return;
    if (FieldValidator::forbiddenCharacter(name) >= 0)
        return showError(tr("A company name cannot hold invisible control characters."));
    if (auto saved = m_workspace->setSetting(DocumentChoice::kVendorName, name); !saved)
        return showError(saved.error());
    statusBar()->showMessage(name.isEmpty() ? tr("Documents say \"Vendor\" for your side again.")
                                            : tr("Documents now name your side %1.").arg(name),
        6000);
}

void MainWindow::editOurLogo()
{
    if (!m_workspace)
        return;
    const Result<QString> current = m_workspace->setting(DocumentChoice::kVendorLogo);
    if (!current)
        return showError(current.error());
    if (!current->isEmpty()) {
        QMessageBox ask(QMessageBox::Question, tr("Our company logo"),
            tr("Documents show your logo on their title page. Choose another, or remove it?"),
            QMessageBox::Cancel, this);
        QPushButton *choose = ask.addButton(tr("Choose…"), QMessageBox::AcceptRole);
        QPushButton *remove = ask.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        ask.exec();
        if (ask.clickedButton() == remove) {
            if (auto removed = DocumentChoice::setLogo(*m_workspace, QString()); !removed)
                return showError(removed.error());
            statusBar()->showMessage(tr("Documents have no logo now."), 6000);
            return;
        }
        if (ask.clickedButton() != choose)
            return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Our company logo"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.svg *.gif *.bmp *.webp)"));
    if (path.isEmpty())
        return;
    if (auto saved = DocumentChoice::setLogo(*m_workspace, path); !saved)
        return showError(saved.error());
    statusBar()->showMessage(tr("Documents now show your logo on their title page."), 6000);
}

PrintActions::Hooks MainWindow::documentHooks()
{
    PrintActions::Hooks hooks;
    hooks.loadChoice = [this] {
        if (!m_workspace || !m_document)
            return ReportOptions();
        Result<ReportOptions> choice = DocumentChoice::load(*m_workspace, m_document->plan().id);
        if (!choice) {
            showError(choice.error());
            return ReportOptions();
        }
        return *choice;
    };
    hooks.saveChoice = [this](const ReportOptions &options) {
        if (!m_workspace || !m_document || m_document->isReadOnly())
            return; // a plan this login may only read keeps the choices it has
        if (auto saved = DocumentChoice::save(*m_workspace, m_document->plan().id, options); !saved)
            showError(saved.error());
    };
    hooks.showField = [this](FieldRef field, qint64 rowId) {
        if (m_document)
            openHit(m_document->plan().id, field, rowId);
    };
    return hooks;
}

void MainWindow::present(Audience audience)
{
    if (!m_document) {
        statusBar()->showMessage(tr("Open a plan to present it."), 5000);
        return;
    }
    QByteArray logo;
    if (m_workspace) { // a logo that cannot be read leaves the slides without one
        if (const Result<QByteArray> stored = DocumentChoice::logo(*m_workspace))
            logo = *stored;
    }
    auto *window
        = new PresentationWindow(m_document->plan(), QDate::currentDate(), audience, this, logo);
    window->showFullScreen();
    window->activateWindow();
    window->setFocus();
}

} // namespace accord
