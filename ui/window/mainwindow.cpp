// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "palette.h"

#include "dockwidthkeeper.h"

#include "checks/checkspanel.h"
#include "dialogs/newplandialog.h"
#include "document/plandocument.h"
#include "editors/planeditor.h"
#include "editors/sectioncatalog.h"
#include "portfolio/portfolionavigator.h"
#include "recentworkspaces.h"
#include "rules/healthscore.h"
#include "storage/workspacebootstrap.h"
#include "storage/workspacewatcher.h"
#include "welcomepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>

#include <utility>

namespace accord {

namespace {

constexpr int kEditorMinimumWidth = 720;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigator(new PortfolioNavigator(this))
    , m_checks(new ChecksPanel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_saveState(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/accord.svg")));
    auto *dock = new QDockWidget(tr("Portfolio"), this);
    dock->setObjectName(QStringLiteral("portfolioDock"));
    dock->setWidget(m_navigator);
    m_navigator->setMinimumWidth(340);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    auto *checks = new QDockWidget(tr("Checks"), this);
    checks->setObjectName(QStringLiteral("checksDock"));
    checks->setWidget(m_checks);
    addDockWidget(Qt::LeftDockWidgetArea, checks);
    // The editor is never squeezed below a usable width by the docks.
    m_portfolioWidth = new DockWidthKeeper(
        this, dock, QStringLiteral("window/portfolioWidth"), kEditorMinimumWidth, 360);
    connect(m_checks, &ChecksPanel::showSection, this, &MainWindow::showSectionOf);
    createHistoryDock();
    closePlan();
    createMenus();
    statusBar()->addPermanentWidget(m_saveState);
    createTeamControls();
    resize(1440, 900);

    connect(m_navigator, &PortfolioNavigator::planActivated, this, &MainWindow::openPlan);
    connect(m_navigator, &PortfolioNavigator::newPlanRequested, this, &MainWindow::newPlan);
    connect(m_navigator, &PortfolioNavigator::duplicateRequested, this, &MainWindow::duplicatePlan);
    connect(m_navigator, &PortfolioNavigator::archiveRequested, this, &MainWindow::archivePlan);
    connect(m_navigator, &PortfolioNavigator::deleteRequested, this, &MainWindow::deletePlan);

    // A restore or a copy by another program may replace the file under the window:
    // noticed within two seconds (and at the next edit, which is then refused).
    auto *fileCheck = new QTimer(this);
    connect(fileCheck, &QTimer::timeout, this, &MainWindow::checkWorkspaceFile);
    fileCheck->start(2000);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The editor's widgets use the document: they go first.
    delete takeCentralWidget();
    m_editor = nullptr;
    m_document = nullptr;
    m_documents.clear();
    m_watcher.reset();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayDropKeptEdits()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_portfolioWidth->save();
    if (m_document)
        settings.setValue(QStringLiteral("workspace/lastPlan"), m_document->id().value);
    event->accept();
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (!mayDropKeptEdits())
        return false;
    auto ws = WorkspaceBootstrap::open(path);
    // A server that wants a password: asked for, kept in memory only.
    for (int attempt = 0; !ws && ws.failure().code == Error::Code::PasswordRequired && attempt < 3;
         ++attempt) {
        const std::optional<QString> password = askPassword(ws.error());
        if (!password)
            return false;
        ws = WorkspaceBootstrap::openWithPassword(path, *password);
    }
    if (!ws) {
        showError(ws.error());
        return false;
    }
    forgetPlans();
    m_watcher.reset();
    m_workspace = std::move(ws.value());
    m_replacedNoticeShown = false;
    watchWorkspace();
    // A server's address without its password.
    RecentWorkspaces::add(m_workspace->location());
    updateRecentMenu();
    QSettings().setValue(QStringLiteral("workspace/last"), m_workspace->location());
    refreshPortfolio();
    const qint64 last = QSettings().value(QStringLiteral("workspace/lastPlan")).toLongLong();
    auto plans = m_workspace->listPlans();
    if (plans && !plans->empty()) {
        const bool lastExists = std::any_of(
            plans->begin(), plans->end(), [&](const PlanSummary &s) { return s.id.value == last; });
        openPlan(lastExists ? PlanId(last) : plans->front().id);
    } else {
        closePlan(); // the welcome page
    }
    updateTitle();
    return true;
}

PlanDocument *MainWindow::documentFor(PlanId id)
{
    if (const auto open = m_documents.find(id.value); open != m_documents.end())
        return open->second.get();
    auto plan = m_workspace->loadPlan(id);
    if (!plan) {
        showError(plan.error());
        return nullptr;
    }
    auto document = std::make_unique<PlanDocument>(*m_workspace, std::move(plan.value()));
    PlanDocument *doc = document.get();
    m_undoGroup->addStack(doc->undoStack());
    // The portfolio lists plan, account and health fields only: reload it when
    // one of those changed, not after every keystroke elsewhere.
    connect(doc, &PlanDocument::changed, this, [this](const Change &change) {
        m_portfolioStale = m_portfolioStale || change.table == &tableOf<PlanHeader>()
            || change.table == &tableOf<Account>() || changesHealth(change);
    });
    connect(doc, &PlanDocument::saved, this, [this] {
        showSaveState(tr("All changes saved"));
        if (std::exchange(m_portfolioStale, false)) {
            refreshPortfolio();
            updateTitle();
        }
    });
    doc->setKeepUnsaved(m_workspace->isServer());
    connect(doc, &PlanDocument::unsaved, this, &MainWindow::showKeptEdits);
    connect(doc, &PlanDocument::error, this,
        [this](const QString &message) { showSaveState(tr("Not saved: %1").arg(message), true); });
    // Undo and redo bring what they changed into view (a removed row: its table).
    connect(doc, &PlanDocument::replayed, this, [this, doc](const Change &change) {
        if (doc != m_document || !m_editor)
            return;
        if (change.kind == Change::Kind::SetValue)
            m_editor->showField(change.fieldRef(), change.rowId);
        else if (change.kind != Change::Kind::RemoveRow)
            m_editor->showRow(*change.table, change.rowId);
    });
    m_documents.emplace(id.value, std::move(document));
    return doc;
}

bool MainWindow::openPlan(PlanId id)
{
    if (!m_workspace)
        return false;
    if (m_document && m_document->id() == id)
        return true;
    PlanDocument *document = documentFor(id);
    if (!document)
        return false;
    const int page = m_editor ? m_editor->currentPage() : 0;
    closePlan();
    m_document = document;
    m_undoGroup->setActiveStack(m_document->undoStack());
    m_editor = new PlanEditor(m_document, this);
    m_editor->showPage(qMax(0, page));
    setCentralWidget(m_editor);
    m_portfolioWidth->fit();
    m_navigator->selectPlan(id);
    m_checks->setDocument(m_document);
    attachHistory();
    applyRights();
    showSaveState(tr("All changes saved"));
    QSettings().setValue(QStringLiteral("workspace/lastPlan"), id.value);
    updateTitle();
    return true;
}

void MainWindow::closePlan()
{
    m_undoGroup->setActiveStack(nullptr);
    m_checks->setDocument(nullptr);
    setCentralWidget(placeholder()); // deletes the editor
    if (m_portfolioWidth)
        m_portfolioWidth->fit();
    m_editor = nullptr;
    m_document = nullptr;
    attachHistory();
    applyRights();
}

QWidget *MainWindow::placeholder()
{
    const bool empty = m_workspace && [this] {
        const auto plans = m_workspace->listPlans();
        return plans && plans->empty();
    }();
    if (empty) {
        auto *welcome = new WelcomePage(m_workspace->location(), this);
        connect(welcome, &WelcomePage::newPlanRequested, this, &MainWindow::newPlan);
        connect(welcome, &WelcomePage::importRequested, this, &MainWindow::importFile);
        connect(welcome, &WelcomePage::samplePlanRequested, this, &MainWindow::addSamplePlan);
        connect(welcome, &WelcomePage::openWorkspaceRequested, this,
            [this] { chooseWorkspace(false); });
        connect(welcome, &WelcomePage::openTeamWorkspaceRequested, this,
            &MainWindow::openTeamWorkspace);
        return welcome;
    }
    auto *label = new QLabel(m_workspace
            ? tr("Choose a plan in the portfolio, or create one with File ▸ New plan.")
            : tr("No workspace is open. Open one with File ▸ Open workspace."),
        this);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

void MainWindow::addSamplePlan()
{
    if (!m_workspace)
        return;
    auto sample = WorkspaceBootstrap::samplePlan();
    if (!sample)
        return showError(sample.error());
    auto stored = m_workspace->insertPlan(*sample);
    if (!stored)
        return showError(stored.error());
    refreshPortfolio();
    openPlan(stored->id);
}

void MainWindow::forgetPlans()
{
    closePlan();
    m_documents.clear();
}

void MainWindow::refreshPortfolio()
{
    if (!m_workspace)
        return;
    auto plans = m_workspace->listPlans();
    if (!plans) {
        showError(plans.error());
        return;
    }
    m_navigator->setPlans(*plans);
}

void MainWindow::showSaveState(const QString &text, bool problem, const QString &detail)
{
    m_saveState->setText(text);
    m_saveState->setToolTip(detail);
    m_saveState->setStyleSheet(
        problem ? QStringLiteral("color: %1;").arg(Palette::error().name()) : QString());
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 15000);
    if (isVisible())
        QMessageBox::warning(this, tr("Accord"), message);
}

void MainWindow::updateTitle()
{
    QString title = tr("Accord");
    if (m_document)
        title = tr("%1 — %2 — Accord")
                    .arg(m_document->plan().header.title, m_document->plan().account.company);
    if (m_workspace)
        title += QStringLiteral(" [%1]").arg(QDir::toNativeSeparators(m_workspace->location()));
    setWindowTitle(title);
}

void MainWindow::newPlan()
{
    if (!m_workspace)
        return;
    auto accounts = m_workspace->listAccounts();
    NewPlanDialog dialog(accounts ? *accounts : std::vector<Account> {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto plan = dialog.plan();
    if (!plan) {
        showError(plan.error());
        return;
    }
    auto stored = m_workspace->insertPlan(*plan);
    if (!stored) {
        showError(stored.error());
        return;
    }
    refreshPortfolio();
    openPlan(stored->id);
}

void MainWindow::duplicatePlan(PlanId id)
{
    auto plan = m_workspace->loadPlan(id);
    if (!plan)
        return showError(plan.error());
    plan->header.title = tr("%1 (copy)").arg(plan->header.title);
    plan->signOffs.clear();
    auto stored = m_workspace->insertPlan(*plan);
    if (!stored)
        return showError(stored.error());
    refreshPortfolio();
    openPlan(stored->id);
}

void MainWindow::archivePlan(PlanId id)
{
    if (const QString why = refusal(id, false); !why.isEmpty())
        return showError(why);
    if (m_document && m_document->id() == id) {
        (void)m_document->set<&PlanHeader::status>(id, PlanStatus::Archived);
        return;
    }
    if (auto done = m_workspace->archivePlan(id); !done)
        return showError(done.error());
    refreshPortfolio();
}

void MainWindow::deletePlan(PlanId id)
{
    if (const QString why = refusal(id, true); !why.isEmpty())
        return showError(why);
    auto plan = m_workspace->loadPlan(id);
    if (!plan)
        return showError(plan.error());
    const auto answer = QMessageBox::question(this, tr("Delete plan"),
        tr("Delete \"%1\" of %2? A backup is made first, and you can undo this until you close "
           "Accord.")
            .arg(plan->header.title, plan->account.company));
    if (answer != QMessageBox::Yes)
        return;
    if (m_document && m_document->id() == id)
        closePlan();
    m_documents.erase(id.value);
    if (auto done = m_workspace->deletePlan(id); !done)
        return showError(done.error());
    refreshPortfolio();
    if (!m_document)
        closePlan(); // the welcome page, when that was the last plan
    const Plan deleted = *plan;
    auto *undo = new QAction(tr("Undo delete of \"%1\"").arg(deleted.header.title), this);
    connect(undo, &QAction::triggered, this, [this, deleted, undo] {
        if (auto restored = m_workspace->insertPlan(deleted, PlanOrigin::Restored); restored) {
            refreshPortfolio();
            openPlan(restored->id);
        }
        undo->deleteLater();
    });
    statusBar()->showMessage(
        tr("Deleted \"%1\". Plan ▸ Undo delete brings it back.").arg(deleted.header.title), 15000);
    menuBar()->findChild<QMenu *>(QStringLiteral("planMenu"))->addAction(undo);
}

void MainWindow::chooseWorkspace(bool create)
{
    const QString dir = m_workspace && !m_workspace->isServer()
        ? QFileInfo(m_workspace->location()).absolutePath()
        : QDir::homePath();
    const QString filter = tr("Accord workspaces (*.accord)");
    QString path = create ? QFileDialog::getSaveFileName(this, tr("New workspace"), dir, filter)
                          : QFileDialog::getOpenFileName(this, tr("Open workspace"), dir, filter);
    if (path.isEmpty())
        return;
    if (create && !path.endsWith(QStringLiteral(".accord")))
        path += QStringLiteral(".accord");
    openWorkspace(path);
}

void MainWindow::closeWorkspace()
{
    forgetPlans();
    m_watcher.reset();
    m_workspace.reset();
    m_navigator->setPlans({});
    closePlan(); // the placeholder now says that no workspace is open
    updateTitle();
}

void MainWindow::checkWorkspaceFile()
{
    if (!m_workspace || m_replacedNoticeShown || !m_workspace->isReplaced())
        return;
    m_replacedNoticeShown = true;
    const QString path = m_workspace->location();
    const bool exists = QFileInfo::exists(path);
    showSaveState(tr("Not saving: the workspace file was replaced"), true);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Workspace replaced"),
        exists ? tr("The workspace file %1 was replaced by another program (a restore or a copy) "
                    "while it was open here. Accord has stopped writing to it, so nothing goes "
                    "into a file that is gone. Reopen the workspace to see and edit what the file "
                    "holds now.")
                     .arg(QDir::toNativeSeparators(path))
               : tr("The workspace file %1 was moved or deleted by another program while it was "
                    "open here. Accord has stopped writing to it, so nothing goes into a file "
                    "that is gone.")
                     .arg(QDir::toNativeSeparators(path)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("workspaceReplacedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *reopen = exists ? box->addButton(tr("Reopen"), QMessageBox::AcceptRole) : nullptr;
    box->addButton(tr("Close workspace"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::finished, this, [this, box, reopen, path] {
        if (reopen && box->clickedButton() == reopen)
            openWorkspace(path);
        else
            closeWorkspace();
    });
    box->open();
}

void MainWindow::showSectionOf(const PlanTable *table)
{
    if (!m_editor)
        return;
    const auto &pages = sectionCatalog();
    for (std::size_t p = 0; p < pages.size(); ++p) {
        for (const SectionItem &item : pages[p].items) {
            if (item.table == table) {
                m_editor->showPage(int(p));
                return;
            }
        }
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Accord"),
        tr("<h3>Accord %1</h3><p>Joint customer success plans: quick to write offline, "
           "honest about progress, beautiful on paper and on the QBR screen.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace accord
