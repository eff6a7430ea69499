// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plandocument.h"
#include "editors/datefield.h"
#include "editors/fielddelegate.h"
#include "editors/planeditor.h"
#include "editors/recordform.h"
#include "editors/refpicker.h"
#include "editors/sectioncatalog.h"
#include "editors/sectionpanels.h"
#include "editors/tablesection.h"
#include "models/plantablemodel.h"
#include "portfolio/portfolionavigator.h"
#include "storage/sqliteworkspace.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

// The plan editor driven as a user drives it: keys and clicks on real widgets,
// then the workspace is reopened to check exactly what was persisted.
class TestPlanEditor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static QAction *action(MainWindow &w, const char *name)
    {
        return w.findChild<QAction *>(QString::fromLatin1(name));
    }

    // Presses a key with the view focused, as its shortcuts (Insert, Delete,
    // Ctrl+Up/Down) act only on the focused table.
    static void press(
        QTableView *view, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, key, modifiers);
    }

    // The window on the workspace, showing one table of one page.
    void showSection(
        MainWindow &window, const QString &page, const PlanTable &table, TableSection **section)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_path));
        PlanEditor *editor = window.editor();
        QVERIFY(editor->showPage(page));
        *section = editor->page(editor->currentPage())->findChild<TableSection *>(table.name());
        QVERIFY(*section);
        QTRY_VERIFY((*section)->isVisible());
    }

    // The window on one table of one page, with a new row added by Insert and the
    // editor that adding opens closed again.
    void showSectionWithNewRow(MainWindow &window, const QString &page, const PlanTable &table,
        TableSection **section, int *row)
    {
        showSection(window, page, table, section);
        QVERIFY(*section);
        press((*section)->view(), Qt::Key_Insert);
        closeEditor();
        *row = (*section)->view()->currentIndex().row();
    }

    // Leaves the cell editor that adding a row opens.
    static void closeEditor()
    {
        if (QWidget *focus = QApplication::focusWidget())
            QTest::keyClick(focus, Qt::Key_Escape);
    }

    Plan storedPlan(PlanId id)
    {
        auto ws = SqliteWorkspace::open(m_path);
        return ws ? *(*ws)->loadPlan(id) : Plan {};
    }

    // Types into the first text cell of a table section's current row and commits with Enter.
    static void typeIntoCell(TableSection *section, int row, const QString &text)
    {
        PlanTableModel *model = section->model();
        int column = -1;
        for (int c = 0; c < model->columnCount() && column < 0; ++c) {
            const FieldInfo &info = model->field(c).info();
            const bool text = info.kind == FieldKind::Text || info.kind == FieldKind::LongText;
            if (text && info.hint != FieldHint::Person && info.hint != FieldHint::Email
                && info.hint != FieldHint::Code)
                column = c;
        }
        QVERIFY(column >= 0);
        QTableView *view = section->view();
        view->setFocus();
        view->setCurrentIndex(model->index(row, column));
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, qPrintable(section->objectName()));
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Return through a queued call, then closes the editor.
        QTRY_COMPARE(model->data(model->index(row, column)).toString(), text);
        QTRY_VERIFY(view->hasFocus());
    }

    // Opens the editor of one cell by F2 once the previous editor is gone.
    template<typename Editor> static Editor *editCell(TableSection *section, int row, int column)
    {
        QTableView *view = section->view();
        if (!QTest::qWaitFor([&] { return !view->findChild<Editor *>(); }))
            return nullptr; // the previous editor is still open
        view->setCurrentIndex(section->model()->index(row, column));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        Editor *editor = nullptr;
        const bool opened
            = QTest::qWaitFor([&] { return (editor = view->findChild<Editor *>()) != nullptr; });
        return opened ? editor : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("editor.accord"));
        auto ws = SqliteWorkspace::open(m_path);
        QVERIFY(ws);
        Plan plan;
        plan.account.company = QStringLiteral("Initech");
        plan.header.title = QStringLiteral("Initech success plan");
        QVERIFY((*ws)->insertPlan(plan));
    }

    void everyPanelOfTheCatalogIsKnown()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        int panels = 0;
        for (const SectionPage &page : sectionCatalog()) {
            for (const SectionItem &item : page.items) {
                if (item.kind != SectionItem::Kind::Panel)
                    continue;
                std::unique_ptr<QWidget> panel(
                    createSectionPanel(item.panel, window.document(), nullptr));
                QVERIFY2(panel, page.title);
                ++panels;
            }
        }
        QVERIFY(panels > 0);
        QVERIFY(!createSectionPanel(SectionPanel::None, window.document(), nullptr));
    }

    void editsOnEveryPageArePersistedAndUndoable()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_path));
        QVERIFY(window.document());
        const PlanId id = window.document()->id();
        PlanEditor *editor = window.editor();
        QCOMPARE(editor->pageCount(), int(sectionCatalog().size()));

        int edits = 0;
        for (int p = 0; p < editor->pageCount(); ++p) {
            editor->showPage(p);
            QWidget *page = editor->page(p);
            QTRY_VERIFY(page->isVisible());
            const auto &items = sectionCatalog()[std::size_t(p)].items;
            if (std::all_of(items.begin(), items.end(),
                    [](const SectionItem &i) { return i.kind == SectionItem::Kind::Panel; }))
                continue; // views of the plan, no fields of their own
            if (items.front().kind == SectionItem::Kind::Form) {
                auto *line = page->findChildren<QLineEdit *>().value(0);
                QVERIFY2(line, qPrintable(editor->pageId(p)));
                line->setFocus();
                line->selectAll();
                QTest::keyClicks(line, QStringLiteral("Edited on %1").arg(editor->pageId(p)));
                QTest::keyClick(line, Qt::Key_Return);
                ++edits;
                continue;
            }
            auto *section = page->findChild<TableSection *>();
            QVERIFY2(section, qPrintable(editor->pageId(p)));
            press(section->view(), Qt::Key_Insert); // add a row
            closeEditor();
            QTRY_COMPARE(section->model()->rowCount(), 1);
            typeIntoCell(section, 0, QStringLiteral("Row on %1").arg(editor->pageId(p)));
            edits += 2;
        }
        QCOMPARE(window.document()->undoStack()->count(), edits);

        // What the pages did is in the workspace.
        Plan stored = storedPlan(id);
        QCOMPARE(stored.header.title, QStringLiteral("Edited on overview"));
        QCOMPARE(stored.stakeholders.size(), std::size_t(1));
        QCOMPARE(stored.risks.size(), std::size_t(1));
        QCOMPARE(stored.glossary.size(), std::size_t(1));
        QCOMPARE(stored.glossary.front().term, QStringLiteral("Row on appendix"));

        // Undo everything, check, redo everything, check.
        QAction *undo = action(window, "actionUndo");
        QAction *redo = action(window, "actionRedo");
        QVERIFY(undo->text().startsWith(QStringLiteral("Undo ")));
        for (int i = 0; i < edits; ++i)
            undo->trigger();
        stored = storedPlan(id);
        QCOMPARE(stored.header.title, QStringLiteral("Initech success plan"));
        QVERIFY(stored.stakeholders.empty());
        QVERIFY(stored.glossary.empty());
        for (int i = 0; i < edits; ++i)
            redo->trigger();
        stored = storedPlan(id);
        QCOMPARE(stored.header.title, QStringLiteral("Edited on overview"));
        QCOMPARE(stored.glossary.front().term, QStringLiteral("Row on appendix"));
    }

    void rowsAddRemoveReorderByKeyboard()
    {
        MainWindow window;
        TableSection *section = nullptr;
        showSection(window, QStringLiteral("risks"), tableOf<Risk>(), &section);
        QVERIFY(section);
        const PlanId id = window.document()->id();
        const int before = section->model()->rowCount();
        QTableView *view = section->view();
        for (int i = 0; i < 2; ++i) {
            press(view, Qt::Key_Insert);
            closeEditor();
            typeIntoCell(section, view->currentIndex().row(), QStringLiteral("Risk %1").arg(i));
        }
        QCOMPARE(section->model()->rowCount(), before + 2);
        // Move the last row up with Ctrl+Up, then delete the first row with Delete.
        view->setCurrentIndex(section->model()->index(before + 1, 0));
        press(view, Qt::Key_Up, Qt::ControlModifier);
        Plan stored = storedPlan(id);
        QCOMPARE(stored.risks[std::size_t(before)].description, QStringLiteral("Risk 1"));
        QCOMPARE(stored.risks[std::size_t(before + 1)].description, QStringLiteral("Risk 0"));
        view->setCurrentIndex(section->model()->index(0, 0));
        press(view, Qt::Key_Delete);
        QCOMPARE(section->model()->rowCount(), before + 1);
        QCOMPARE(storedPlan(id).risks.size(), std::size_t(before + 1));
        action(window, "actionUndo")->trigger();
        QCOMPARE(storedPlan(id).risks.size(), std::size_t(before + 2));
    }

    void refusedValuesAreNotPersisted()
    {
        MainWindow window;
        TableSection *section = nullptr;
        showSection(window, QStringLiteral("stakeholders"), tableOf<Stakeholder>(), &section);
        QVERIFY(section);
        const PlanId id = window.document()->id();
        if (section->model()->rowCount() == 0) {
            press(section->view(), Qt::Key_Insert);
            closeEditor();
        }
        const int email = section->model()->columnOf(fieldOf<&Stakeholder::email>());
        auto *delegate = qobject_cast<FieldDelegate *>(section->view()->itemDelegate());
        QSignalSpy errors(delegate, &FieldDelegate::refused);
        section->view()->setCurrentIndex(section->model()->index(0, email));
        press(section->view(), Qt::Key_F2);
        QPointer<QLineEdit> line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        QTest::keyClicks(line, QStringLiteral("jane@"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.front().front().toString().contains(
                     QStringLiteral("\"jane@\" is not a valid e-mail address")),
            qPrintable(errors.front().front().toString()));
        QVERIFY(line); // still open, with what was typed
        QCOMPARE(line->text(), QStringLiteral("jane@"));
        QVERIFY(storedPlan(id).stakeholders.front().email.isEmpty());
        QTest::keyClick(line, Qt::Key_Escape);
        QTRY_VERIFY(!line);
        QVERIFY(storedPlan(id).stakeholders.front().email.isEmpty());
        QCOMPARE(window.document()->plan().stakeholders.front().email, QString());
    }

    // A reference cell is a picker of names: typing part of a phase's name and
    // Enter stores that phase; a name that is no phase is refused, nothing stored.
    void referencesArePickedByName()
    {
        MainWindow window;
        TableSection *section = nullptr;
        showSection(window, QStringLiteral("roadmap"), tableOf<Milestone>(), &section);
        QVERIFY(section);
        PlanDocument *document = window.document();
        const PlanId id = document->id();
        const auto onboard = document->insertRow(
            tableOf<Phase>(), 0, {{fieldOf<&Phase::name>(), QStringLiteral("Onboard")}});
        const auto adopt = document->insertRow(
            tableOf<Phase>(), 1, {{fieldOf<&Phase::name>(), QStringLiteral("Adopt")}});
        QVERIFY(onboard && adopt);

        QTableView *view = section->view();
        press(view, Qt::Key_Insert);
        closeEditor();
        const int row = view->currentIndex().row();
        const int phase = section->model()->columnOf(fieldOf<&Milestone::phase>());
        const qint64 milestone = section->model()->rowId(row);

        const auto pick = [&](const QString &typed) {
            QTRY_VERIFY(!view->findChild<RefPicker *>()); // the last editor is gone
            view->setCurrentIndex(section->model()->index(row, phase));
            press(view, Qt::Key_F2);
            QPointer<RefPicker> picker;
            QTRY_VERIFY((picker = view->findChild<RefPicker *>()));
            // (none), then every phase by name
            QCOMPARE(picker->count(), 1 + int(document->plan().phases.size()));
            QVERIFY(picker->findText(QStringLiteral("Onboard")) > 0);
            picker->lineEdit()->selectAll();
            if (typed.isEmpty())
                QTest::keyClick(picker->lineEdit(), Qt::Key_Backspace);
            QTest::keyClicks(picker->lineEdit(), typed);
            QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
        };
        pick(QStringLiteral("adop"));
        QTRY_COMPARE(section->model()->data(section->model()->index(row, phase)).toString(),
            QStringLiteral("Adopt"));
        const auto storedPhase = [&] {
            const Plan plan = storedPlan(id);
            const int index = tableOf<Milestone>().indexOfRow(plan, milestone);
            return plan.milestones[std::size_t(index)].phase.value;
        };
        QCOMPARE(storedPhase(), *adopt);

        auto *delegate = qobject_cast<FieldDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        QSignalSpy refused(delegate, &FieldDelegate::refused);
        pick(QStringLiteral("Renew"));
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY2(refused.front().front().toString().contains(QStringLiteral("\"Renew\"")),
            qPrintable(refused.front().front().toString()));
        QCOMPARE(storedPhase(), *adopt);
        // The editor keeps what was typed until the edit is cancelled.
        auto *open = view->findChild<RefPicker *>();
        QVERIFY(open);
        QCOMPARE(open->currentText(), QStringLiteral("Renew"));
        QTest::keyClick(open->lineEdit(), Qt::Key_Escape);

        pick(QString()); // empty: no phase
        QTRY_COMPARE(storedPhase(), qint64(0));
    }

    // A date is typed into an empty cell; an impossible one is refused where it
    // was typed and stays there until corrected or cancelled; the calendar opens
    // near today.
    void datesAreTypedAndNeverChanged()
    {
        MainWindow window;
        TableSection *section = nullptr;
        int row = -1;
        showSectionWithNewRow(
            window, QStringLiteral("roadmap"), tableOf<Milestone>(), &section, &row);
        QVERIFY(section && row >= 0);
        const PlanId id = window.document()->id();
        const qint64 milestone = section->model()->rowId(row);
        const int target = section->model()->columnOf(fieldOf<&Milestone::targetDate>());
        const int start = section->model()->columnOf(fieldOf<&Milestone::start>());
        const auto stored = [&] {
            const Plan plan = storedPlan(id);
            return plan.milestones[std::size_t(tableOf<Milestone>().indexOfRow(plan, milestone))];
        };

        DateField *field = editCell<DateField>(section, row, target);
        QVERIFY(field && field->text().isEmpty());
        QTest::keyClicks(field, QStringLiteral("2027-03-15"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(stored().targetDate, QDate(2027, 3, 15));

        auto *delegate = qobject_cast<FieldDelegate *>(section->view()->itemDelegate());
        QSignalSpy refused(delegate, &FieldDelegate::refused);
        field = editCell<DateField>(section, row, target);
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("2028-02-30"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.front().front().toString().contains(
                     QStringLiteral("2028-02-30 is not a day of the calendar")),
            qPrintable(refused.front().front().toString()));
        QPointer<DateField> open = field;
        QVERIFY(open && open->isVisible());
        QCOMPARE(open->text(), QStringLiteral("2028-02-30")); // what was typed stays
        QCOMPARE(stored().targetDate, QDate(2027, 3, 15));
        QTest::keyClick(open, Qt::Key_Escape);
        QTRY_VERIFY(!open);
        QCOMPARE(stored().targetDate, QDate(2027, 3, 15));

        // The calendar of an empty date opens on today, not in 1900.
        field = editCell<DateField>(section, row, start);
        QTest::keyClick(field, Qt::Key_Down, Qt::AltModifier);
        auto *calendar = field->findChild<QCalendarWidget *>();
        QVERIFY(calendar);
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->selectedDate(), QDate::currentDate());
        QCOMPARE(calendar->yearShown(), QDate::currentDate().year());
        QTest::keyClick(calendar, Qt::Key_Escape);
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!stored().start.isValid());
    }

    // 150 in a weight is refused with the message shown, and nothing is stored
    // (never 15, as a spin box limited to 100 would make of it).
    void numbersOutOfRangeAreRefusedAtTheField()
    {
        MainWindow window;
        TableSection *section = nullptr;
        int row = -1;
        showSectionWithNewRow(
            window, QStringLiteral("health"), tableOf<HealthComponent>(), &section, &row);
        QVERIFY(section && row >= 0);
        const PlanId id = window.document()->id();
        const int weight = section->model()->columnOf(fieldOf<&HealthComponent::weight>());
        const int before = storedPlan(id).healthComponents[std::size_t(row)].weight;
        QSpinBox *spin = editCell<QSpinBox>(section, row, weight);
        QVERIFY(spin);
        auto *delegate = qobject_cast<FieldDelegate *>(section->view()->itemDelegate());
        QSignalSpy refused(delegate, &FieldDelegate::refused);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("150"));
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(refused.size(), 1);
        const QString message = refused.front().front().toString();
        QVERIFY2(message.contains(QStringLiteral("150 is not")), qPrintable(message));
        QCOMPARE(spin->value(), 150);
        // Shown under the table, where the user is working.
        const auto labels = section->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
            [&](QLabel *l) { return l->isVisible() && l->text() == message; }));
        const Plan plan = storedPlan(id);
        QCOMPARE(plan.healthComponents[std::size_t(row)].weight, before);
        QTest::keyClick(spin, Qt::Key_Escape);
    }

    // In a form too: the refused value stays in its field, marked, with the
    // message under the form; Escape brings back the stored value.
    void formFieldsKeepARefusedValue()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_path));
        PlanEditor *editor = window.editor();
        QVERIFY(editor->showPage(QStringLiteral("health")));
        auto *spin = editor->page(editor->currentPage())
                         ->findChild<QSpinBox *>(QStringLiteral("plan.health_green_min"));
        QVERIFY(spin);
        const PlanId id = window.document()->id();
        const int stored = storedPlan(id).header.healthGreenMin;
        spin->setFocus();
        QTRY_VERIFY(spin->hasFocus());
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("150"));
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(spin->value(), 150);
        QVERIFY(spin->toolTip().contains(QStringLiteral("150 is not")));
        auto *message = editor->page(editor->currentPage())
                            ->findChild<QLabel *>(QStringLiteral("fieldError"));
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), spin->toolTip());
        QCOMPARE(storedPlan(id).header.healthGreenMin, stored);
        QTest::keyClick(spin, Qt::Key_Escape);
        QCOMPARE(spin->value(), stored);
        QVERIFY(!message->isVisible());
        QCOMPARE(storedPlan(id).header.healthGreenMin, stored);
    }

    // After "Apply what-if", Ctrl+Z in the what-if field undoes the plan's edit
    // (not the field's text), and the page shows the stored score again.
    void ctrlZAfterWhatIfUndoesThePlan()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_path));
        PlanEditor *editor = window.editor();
        QVERIFY(editor->showPage(QStringLiteral("health")));
        PlanDocument *document = window.document();
        const PlanId id = document->id();
        const auto component = document->insertRow(tableOf<HealthComponent>(),
            int(document->plan().healthComponents.size()),
            {{fieldOf<&HealthComponent::name>(), QStringLiteral("Adoption")},
                {fieldOf<&HealthComponent::score>(), 50}});
        QVERIFY(component);
        const int row = int(document->plan().healthComponents.size()) - 1;
        const auto storedScore = [&] {
            const Plan plan = storedPlan(id);
            return plan.healthComponents[std::size_t(row)].score.value_or(-1);
        };
        QWidget *page = editor->page(editor->currentPage());
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("healthComponents"));
        QVERIFY(table);
        QTRY_COMPARE(table->rowCount(), row + 1);
        auto *spin = qobject_cast<QSpinBox *>(table->cellWidget(row, 3));
        QVERIFY(spin);
        spin->setFocus();
        QTRY_VERIFY(spin->hasFocus());
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("90"));
        auto *apply = page->findChild<QPushButton *>(QStringLiteral("applyWhatIf"));
        QTRY_VERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(storedScore(), 90);

        spin = qobject_cast<QSpinBox *>(table->cellWidget(row, 3));
        spin->setFocus();
        QTRY_VERIFY(spin->hasFocus());
        QTest::keyClick(spin, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(storedScore(), 50);
        QCOMPARE(document->plan().healthComponents[std::size_t(row)].score.value_or(-1), 50);
        QTRY_COMPARE(qobject_cast<QSpinBox *>(table->cellWidget(row, 3))->value(), 50);
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("50"));

        // And Ctrl+Shift+Z redoes it.
        QTest::keyClick(spin, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(storedScore(), 90);
    }

    // Each open plan keeps its own undo history: an edit, a switch to another plan
    // and back, and Ctrl+Z still undoes the edit.
    void switchingPlansKeepsEachPlansUndo()
    {
        PlanId other;
        {
            auto ws = SqliteWorkspace::open(m_path);
            QVERIFY(ws);
            Plan plan;
            plan.account.company = QStringLiteral("Globex");
            plan.header.title = QStringLiteral("Globex success plan");
            auto stored = (*ws)->insertPlan(plan);
            QVERIFY(stored);
            other = stored->id;
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_path));
        const PlanId first = window.document()->id();
        QVERIFY(first != other);
        PlanEditor *editor = window.editor();
        QVERIFY(editor->showPage(QStringLiteral("overview")));
        auto *title = editor->page(editor->currentPage())
                          ->findChild<QLineEdit *>(QStringLiteral("plan.title"));
        QVERIFY(title);
        const QString before = title->text();
        title->setFocus();
        QTRY_VERIFY(title->hasFocus());
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Renamed before the switch"));
        QTest::keyClick(title, Qt::Key_Return);
        QTRY_COMPARE(storedPlan(first).header.title, QStringLiteral("Renamed before the switch"));

        QVERIFY(window.openPlan(other));
        QCOMPARE(window.document()->id(), other);
        QVERIFY(!action(window, "actionUndo")->isEnabled()); // the other plan has no edits
        QVERIFY(window.openPlan(first));
        QVERIFY(action(window, "actionUndo")->isEnabled());
        QWidget *page = window.editor()->page(window.editor()->currentPage());
        page->setFocus();
        QTest::keyClick(page, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(storedPlan(first).header.title, before);
        QCOMPARE(window.document()->plan().header.title, before);
    }
};

QTEST_MAIN(TestPlanEditor)
#include "tst_planeditor.moc"
