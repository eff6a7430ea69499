// SPDX-License-Identifier: GPL-3.0-or-later
// A plan for a new account made the way the README tells a user to, with the
// keyboard and the mouse only: a new plan from a template, the overview, a
// stakeholder, an outcome with a metric, two milestones in phases, a
// measurement, a risk, and the PDF for the kickoff. What was stored and what the
// PDF says are checked at the end.
#include "../render/popplertools.h"
#include "dialogs/newplandialog.h"
#include "document/plandocument.h"
#include "editors/planeditor.h"
#include "editors/tablesection.h"
#include "model/plan.h"
#include "models/plantablemodel.h"
#include "print/exportdialog.h"
#include "storage/sqliteworkspace.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDebug>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace accord;

class TestNewAccountScenario : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;

    // Clicks a section in the list beside the editor.
    bool goTo(const QString &title)
    {
        auto *sections = m_window->editor()->findChild<QListWidget *>();
        const auto found = sections->findItems(title, Qt::MatchExactly);
        if (found.isEmpty())
            return false;
        sections->scrollToItem(found.front());
        QTest::mouseClick(sections->viewport(), Qt::LeftButton, {},
            sections->visualItemRect(found.front()).center());
        return QTest::qWaitFor([&] { return sections->currentItem() == found.front(); });
    }

    TableSection *section(const PlanTable &table)
    {
        PlanEditor *editor = m_window->editor();
        return editor->page(editor->currentPage())->findChild<TableSection *>(table.name());
    }

    static void clickCell(TableSection *section, int row, int column)
    {
        QTableView *view = section->view();
        const QModelIndex cell = section->model()->index(row, column);
        view->scrollTo(cell);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    }

    // Clicks Add; the new row's first cell opens for typing: Escape closes it.
    static int addRow(TableSection *section)
    {
        const int before = section->model()->rowCount();
        auto *add = section->findChild<QToolButton *>(QStringLiteral("Add"));
        if (!add) {
            for (QToolButton *b : section->findChildren<QToolButton *>()) {
                if (b->text() == u"Add")
                    add = b;
            }
        }
        if (!add)
            return -1;
        QTest::mouseClick(add, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return section->model()->rowCount() == before + 1; }))
            return -1;
        if (QWidget *editor = QApplication::focusWidget())
            QTest::keyClick(editor, Qt::Key_Escape);
        return section->view()->currentIndex().row();
    }

    // Clicks a cell, presses F2, types and presses Enter, as a user does; true
    // when the cell then shows what was typed (or expected, for pickers).
    static bool typeInto(TableSection *section, int row, FieldRef field, const QString &text,
        const QString &shown = {})
    {
        const int column = section->model()->columnOf(field);
        if (column < 0)
            return false;
        QTableView *view = section->view();
        if (!QTest::qWaitFor([&] { return !view->indexWidget({}) && !editorOpen(view); }))
            return false;
        clickCell(section, row, column);
        QTest::keyClick(view, Qt::Key_F2);
        if (!QTest::qWaitFor([&] { return editorOpen(view); })) {
            qWarning() << "no editor opened for" << field.info().key << QApplication::focusWidget();
            return false;
        }
        QWidget *editor = QApplication::focusWidget();
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        const QString expected = shown.isEmpty() ? text : shown;
        const QModelIndex cell = section->model()->index(row, column);
        return QTest::qWaitFor(
            [&] { return !editorOpen(view) && cell.data().toString() == expected; });
    }

    static bool editorOpen(QTableView *view)
    {
        QWidget *focus = QApplication::focusWidget();
        return focus && focus != view && view->isAncestorOf(focus);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void aPlanForANewAccount()
    {
        const QString path = m_dir.filePath(QStringLiteral("scenario.accord"));
        MainWindow window;
        m_window = &window;
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(path));

        // File ▸ New plan (Ctrl+N): a new account, a title, the joint success plan template.
        bool created = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<NewPlanDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->newAccountName(), QStringLiteral("Hooli"));
            dialog->titleEdit()->selectAll();
            QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Hooli joint success plan"));
            QListWidget *templates = dialog->templateList();
            QListWidgetItem *joint = nullptr;
            for (int i = 0; i < templates->count(); ++i) {
                if (templates->item(i)->data(Qt::UserRole).toString() == u"joint-success")
                    joint = templates->item(i);
            }
            QVERIFY(joint);
            templates->scrollToItem(joint);
            QTest::mouseClick(templates->viewport(), Qt::LeftButton, {},
                templates->visualItemRect(joint).center());
            QCOMPARE(templates->currentItem(), joint);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
            created = true;
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(created);
        QTRY_VERIFY(window.document());
        window.activateWindow(); // as the window manager does when the dialog closes
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const PlanId id = window.document()->id();
        const Plan &plan = window.document()->plan(); // read only, to name what to pick

        // Overview: the account's industry and seats.
        QVERIFY(goTo(QStringLiteral("Overview")));
        auto *industry
            = window.editor()->findChild<QLineEdit *>(QStringLiteral("account.industry"));
        QVERIFY(industry);
        QTest::mouseClick(industry, Qt::LeftButton);
        QTest::keyClicks(industry, QStringLiteral("Search and advertising"));
        QTest::keyClick(industry, Qt::Key_Return);
        QTRY_COMPARE(plan.account.industry, QStringLiteral("Search and advertising"));

        // Stakeholders: the executive sponsor.
        QVERIFY(goTo(QStringLiteral("Stakeholders")));
        TableSection *people = section(tableOf<Stakeholder>());
        QVERIFY(people);
        int row = addRow(people);
        QVERIFY(row >= 0);
        QVERIFY(
            typeInto(people, row, fieldOf<&Stakeholder::name>(), QStringLiteral("Gavin Belson")));
        QVERIFY(typeInto(people, row, fieldOf<&Stakeholder::title>(), QStringLiteral("CEO")));

        // Outcomes & metrics: an outcome, its metric, a measurement of it.
        QVERIFY(goTo(QStringLiteral("Outcomes & metrics")));
        TableSection *outcomes = section(tableOf<Outcome>());
        QVERIFY(outcomes);
        row = addRow(outcomes);
        QVERIFY(row >= 0);
        QVERIFY(typeInto(outcomes, row, fieldOf<&Outcome::description>(),
            QStringLiteral("Cut search latency in half for the ads team")));
        clickCell(outcomes, row, 0); // its metrics are shown
        TableSection *metrics = section(tableOf<Metric>());
        QVERIFY(metrics);
        QTRY_VERIFY(metrics->isEnabled());
        const int metricRow = addRow(metrics);
        QVERIFY(metricRow >= 0);
        QVERIFY(typeInto(
            metrics, metricRow, fieldOf<&Metric::name>(), QStringLiteral("Median query latency")));
        QVERIFY(typeInto(metrics, metricRow, fieldOf<&Metric::unit>(), QStringLiteral("ms")));
        QVERIFY(
            typeInto(metrics, metricRow, fieldOf<&Metric::baselineValue>(), QStringLiteral("240")));
        QVERIFY(
            typeInto(metrics, metricRow, fieldOf<&Metric::targetValue>(), QStringLiteral("120")));
        clickCell(metrics, metricRow, 0);
        TableSection *readings = section(tableOf<Measurement>());
        QVERIFY(readings);
        QTRY_VERIFY(readings->isEnabled());
        const int reading = addRow(readings);
        QVERIFY(reading >= 0);
        QVERIFY(typeInto(readings, reading, fieldOf<&Measurement::value>(), QStringLiteral("180")));

        // Roadmap: two milestones, each in a phase picked by name, with a date.
        QVERIFY(plan.phases.size() >= 2);
        const QString first = plan.phases[0].name;
        const QString second = plan.phases[1].name;
        QVERIFY(goTo(QStringLiteral("Roadmap")));
        TableSection *milestones = section(tableOf<Milestone>());
        QVERIFY(milestones);
        const std::pair<QString, QString> planned[] = {
            {QStringLiteral("Latency dashboard live"), QStringLiteral("2027-01-15")},
            {QStringLiteral("Caching rolled out to every region"), QStringLiteral("2027-03-31")}};
        for (int i = 0; i < 2; ++i) {
            row = addRow(milestones);
            QVERIFY(row >= 0);
            QVERIFY(typeInto(milestones, row, fieldOf<&Milestone::name>(), planned[i].first));
            const QString phase = i == 0 ? first : second;
            QVERIFY(typeInto(milestones, row, fieldOf<&Milestone::phase>(), phase.left(4), phase));
            QVERIFY(
                typeInto(milestones, row, fieldOf<&Milestone::targetDate>(), planned[i].second));
        }

        // Risks: one more.
        QVERIFY(goTo(QStringLiteral("Risks")));
        TableSection *risks = section(tableOf<Risk>());
        QVERIFY(risks);
        row = addRow(risks);
        QVERIFY(row >= 0);
        QVERIFY(typeInto(risks, row, fieldOf<&Risk::description>(),
            QStringLiteral("The ads team may not free an engineer for the rollout")));

        // Plan ▸ Export PDF (Ctrl+Shift+E): the dialog, then the file name.
        const QString pdf = m_dir.filePath(QStringLiteral("Hooli kickoff.pdf"));
        bool exported = false;
        QTimer::singleShot(0, this, [&] {
            auto *options = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(options);
            // The file dialog comes when this one has closed: wait for it, type the
            // name and click Save (until it has gone: a completer's popup may take
            // the first click).
            auto *poll = new QTimer(this);
            connect(poll, &QTimer::timeout, this, [&, poll] {
                auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                if (!files || !files->isVisible()) {
                    if (exported)
                        poll->deleteLater();
                    return;
                }
                auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                auto *buttons = files->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
                if (!name || !buttons) {
                    files->reject();
                    return;
                }
                if (name->text() != pdf) {
                    name->selectAll();
                    QTest::keyClicks(name, pdf);
                }
                for (QAbstractButton *b : buttons->buttons()) {
                    if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                        QTest::mouseClick(b, Qt::LeftButton);
                }
                exported = true;
            });
            poll->start(50);
            QTest::mouseClick(
                options->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        });
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(exported);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pdf), 20000);

        // What the workspace holds.
        auto ws = SqliteWorkspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error()));
        auto stored = (*ws)->loadPlan(id);
        QVERIFY(stored);
        QCOMPARE(stored->account.company, QStringLiteral("Hooli"));
        QCOMPARE(stored->account.industry, QStringLiteral("Search and advertising"));
        const auto named = [](const auto &rows, auto member, const QString &text) {
            return std::find_if(
                rows.begin(), rows.end(), [&](const auto &r) { return r.*member == text; });
        };
        const auto gavin
            = named(stored->stakeholders, &Stakeholder::name, QStringLiteral("Gavin Belson"));
        QVERIFY(gavin != stored->stakeholders.end());
        QCOMPARE(gavin->title, QStringLiteral("CEO"));
        const auto outcome = named(stored->outcomes, &Outcome::description,
            QStringLiteral("Cut search latency in half for the ads team"));
        QVERIFY(outcome != stored->outcomes.end());
        const auto metric
            = named(stored->metrics, &Metric::name, QStringLiteral("Median query latency"));
        QVERIFY(metric != stored->metrics.end());
        QCOMPARE(metric->outcome, outcome->id);
        QCOMPARE(metric->unit, QStringLiteral("ms"));
        QCOMPARE(metric->baselineValue, std::optional<double>(240));
        QCOMPARE(metric->targetValue, std::optional<double>(120));
        const auto measured = std::find_if(stored->measurements.begin(), stored->measurements.end(),
            [&](const Measurement &m) { return m.metric == metric->id; });
        QVERIFY(measured != stored->measurements.end());
        QCOMPARE(measured->value, std::optional<double>(180));
        QCOMPARE(measured->date, QDate::currentDate());
        for (int i = 0; i < 2; ++i) {
            const auto m = named(stored->milestones, &Milestone::name, planned[i].first);
            QVERIFY(m != stored->milestones.end());
            QCOMPARE(m->phase, stored->phases[std::size_t(i)].id);
            QCOMPARE(m->targetDate, QDate::fromString(planned[i].second, Qt::ISODate));
        }
        QVERIFY(named(stored->risks, &Risk::description,
                    QStringLiteral("The ads team may not free an engineer for the rollout"))
            != stored->risks.end());

        // What the PDF says.
        const QString text = test::pdfText(pdf).simplified();
        for (const QString &expected :
            {QStringLiteral("Hooli joint success plan"), QStringLiteral("Gavin Belson"),
                QStringLiteral("Cut search latency in half for the ads team"),
                QStringLiteral("Median query latency"), QStringLiteral("Latency dashboard live"),
                QStringLiteral("Caching rolled out to every region"),
                QStringLiteral("The ads team may not free an engineer for the rollout")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        m_window = nullptr;
    }
};

QTEST_MAIN(TestNewAccountScenario)
#include "tst_newaccountscenario.moc"
