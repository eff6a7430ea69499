// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldref.h"
#include "model/id.h"
#include "print/printactions.h"

#include <QMainWindow>
#include <QPointer>

#include <map>
#include <memory>
#include <optional>
#include <set>

class QLabel;
class QMenu;
class QTimer;
class QToolButton;
class QUndoGroup;

namespace accord {

class ChecksPanel;
struct ChangeEntry;
class HistoryPanel;
class PlanDocument;
class DockWidthKeeper;
class FindDialog;
class PlanEditor;
class PlanTable;
class PortfolioNavigator;
class Workspace;
class WorkspaceWatcher;

// The application window: the portfolio navigator, the plan editor of the open
// plan, menus and a status bar that says when everything is saved.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file (creating it when new); false with a message when refused.
    bool openWorkspace(const QString &path);
    bool openPlan(PlanId id);
    Workspace *workspace() const { return m_workspace.get(); }
    PlanDocument *document() const { return m_document; }
    PlanEditor *editor() const { return m_editor; }
    PortfolioNavigator *navigator() const { return m_navigator; }
    QString lastError() const { return m_lastError; }

    // File ▸ Import: a plan (YAML, JSON) as a new plan, or CSV measurements into
    // the open plan as one undoable step. File ▸ Export: the open plan by the
    // file's extension (yaml, json, md, ics), or every table as CSV into a folder.
    bool importPlan(const QString &path);
    bool importMeasurements(const QString &path);
    bool exportPlanTo(const QString &path, bool csvFolder = false);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createFileMenu();
    void createPlanMenu();
    void refreshPortfolio();
    void closePlan();
    void showError(const QString &message);
    // The status bar's word on saving: a problem in the error colour, its
    // details as the tooltip.
    void showSaveState(const QString &text, bool problem = false, const QString &detail = {});
    void updateTitle();
    void newPlan();
    void duplicatePlan(PlanId id);
    void archivePlan(PlanId id);
    void deletePlan(PlanId id);
    void chooseWorkspace(bool create);
    void openTeamWorkspace(); // File ▸ Open team workspace
    // The password the server asked for (why: its words); nullopt when cancelled.
    std::optional<QString> askPassword(const QString &why);
    void showBackups();
    void editOurCompany();
    // Our company's logo on title pages: choose an image, or remove the one there is.
    void editOurLogo();
    void importFile();
    void exportPlan();
    void updateRecentMenu();
    void showAbout();
    void present(Audience audience = Audience::Joint);
    PrintActions::Hooks documentHooks();
    void createThemeMenu(QMenu *view);
    void showSectionOf(const PlanTable *table);
    void checkWorkspaceFile();
    void closeWorkspace();
    PlanDocument *documentFor(PlanId id); // opened now or before; nullptr and a message if not
    void forgetPlans(); // before the workspace goes: the open plans go with it
    QWidget *placeholder(); // what shows when no plan does: the welcome page on an empty workspace
    void addSamplePlan();
    void showFind();
    void openHit(PlanId plan, FieldRef field, qint64 rowId);
    // Plan ▸ History: the open plan's change history in a dock; an entry
    // activated there shows its field (mainwindowhistory.cpp).
    void createHistoryDock();
    void attachHistory(); // to the open plan (or none)
    void fitHistoryDock();
    void showHistory();
    void showHistoryEntry(const ChangeEntry &entry);
    // What this login may do with the open plan (a team workspace's roles): a
    // plan it may not change is read-only, with the reason; the Plan menu's
    // actions follow. Asked when a plan opens, after a reconnect and when
    // others' edits come in.
    void applyRights();
    void editAccountTeam(); // Plan ▸ Account team
    // The reason this login may not change (remove: delete) the plan; empty
    // when it may, or when that cannot be asked now.
    QString refusal(PlanId plan, bool remove);
    // Someone else saved a plan (an invalid id: any plan): after a short pause
    // that gathers a burst of notices, the navigator and the open plans take in
    // what the workspace holds now (mainwindowteam.cpp).
    void othersSaved(PlanId plan);
    void takeOthersEdits();
    void watchWorkspace();
    // Edits kept while the server is away: shown in the status bar with a Retry
    // button; saved when it is back; never dropped without asking. The timers
    // and the button are made once, with the window.
    void createTeamControls();
    void showKeptEdits();
    void saveKeptEdits();
    void serverReachable(bool reachable, const QString &why);
    int keptEdits() const;
    bool mayDropKeptEdits();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<WorkspaceWatcher> m_watcher; // declared after: it goes first
    QTimer *m_othersTimer = nullptr;
    std::set<qint64> m_othersSaved; // plans to take in; 0: every open plan
    // Every plan opened since the workspace was: switching plans keeps each plan's
    // undo history. m_document is the one shown.
    std::map<qint64, std::unique_ptr<PlanDocument>> m_documents;
    PlanDocument *m_document = nullptr;
    PortfolioNavigator *m_navigator;
    ChecksPanel *m_checks;
    HistoryPanel *m_history = nullptr;
    PlanEditor *m_editor = nullptr;
    QUndoGroup *m_undoGroup;
    DockWidthKeeper *m_portfolioWidth = nullptr;
    QLabel *m_saveState;
    QToolButton *m_retry = nullptr;
    QTimer *m_retryTimer = nullptr;
    QMenu *m_recentMenu = nullptr;
    FindDialog *m_find = nullptr;
    QString m_lastError;
    bool m_portfolioStale = false; // an edit touched what the navigator shows
    bool m_replacedNoticeShown = false; // the workspace file was replaced under us
};

} // namespace accord
