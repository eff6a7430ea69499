// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/documentfixture.h"
#include "document/plandocument.h"
#include "models/plantablemodel.h"
#include "storage/sqliteworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

Q_DECLARE_METATYPE(const accord::PlanTable *)

// The table adapter: every edit goes through the document, and the model stays
// consistent (QAbstractItemModelTester) through inserts, removals, moves and undo.
class TestPlanTableModel : public QObject {
    Q_OBJECT

private:
    test::DocumentFixture m_fixture;

private slots:
    void init() { QVERIFY(m_fixture.reset()); }

    void every_collection_passes_the_model_tester_data()
    {
        QTest::addColumn<const PlanTable *>("table");
        for (const PlanTable *t : planTables()) {
            if (t->isCollection())
                QTest::newRow(qPrintable(t->name())) << t;
        }
    }

    void every_collection_passes_the_model_tester()
    {
        QFETCH(const PlanTable *, table);
        PlanTableModel model(m_fixture.doc.get(), *table);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.insertRows(1, 1));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.moveRows({}, 0, 1, {}, 3));
        QVERIFY(model.removeRows(2, 1));
        QCOMPARE(model.rowCount(), 3);
        m_fixture.doc->undoStack()->undo();
        m_fixture.doc->undoStack()->undo();
        m_fixture.doc->undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(model.rowId(r), r + 1);
    }

    void setDataPushesOneCommand()
    {
        PlanTableModel model(m_fixture.doc.get(), tableOf<Milestone>());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int column = model.columnOf(fieldOf<&Milestone::name>());
        QVERIFY(model.setData(model.index(1, column), QStringLiteral("Go-live")));
        QCOMPARE(model.data(model.index(1, column)).toString(), QStringLiteral("Go-live"));
        QCOMPARE(m_fixture.ws->loadPlan(m_fixture.doc->id())->milestones[1].name,
            QStringLiteral("Go-live"));
        QCOMPARE(m_fixture.doc->undoStack()->count(), 1);
        // A refused value changes nothing.
        const int status = model.columnOf(fieldOf<&Milestone::status>());
        QVERIFY(!model.setData(model.index(1, status), QStringLiteral("nonsense")));
        QCOMPARE(m_fixture.doc->undoStack()->count(), 1);
        // Display text of an enum is its label; a reference shows the referenced row.
        QVERIFY(model.setData(model.index(1, status), enumKey(TaskStatus::InProgress)));
        QCOMPARE(model.data(model.index(1, status)).toString(), QStringLiteral("In progress"));
    }

    // The refusals of the editor: what the delegates hand to setData() for an
    // impossible value is refused, reported, and never reaches the workspace.
    void impossibleValuesAreRefused_data()
    {
        QTest::addColumn<FieldRef>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("weight above 100")
            << fieldOf<&HealthComponent::weight>() << QVariant(120)
            << QStringLiteral("Weight must be between 0 and 100 %; 120 is not.");
        QTest::newRow("negative money")
            << fieldOf<&RoiLine::annualValue>()
            << QVariant::fromValue(Money {-500000, QStringLiteral("USD")})
            << QStringLiteral("cannot be negative");
        QTest::newRow("malformed e-mail")
            << fieldOf<&Stakeholder::email>() << QVariant(QStringLiteral("jane@"))
            << QStringLiteral("\"jane@\" is not a valid e-mail address.");
        QTest::newRow("target before baseline")
            << fieldOf<&Metric::targetDate>() << QVariant(QDate(1999, 1, 1))
            << QStringLiteral("is before the baseline date");
        QTest::newRow("score above 100") << fieldOf<&HealthComponent::score>() << QVariant(101)
                                         << QStringLiteral("between 0 and 100");
    }

    void impossibleValuesAreRefused()
    {
        QFETCH(FieldRef, field);
        QFETCH(QVariant, value);
        QFETCH(QString, message);
        PlanTableModel model(m_fixture.doc.get(), *field.table);
        QSignalSpy errors(m_fixture.doc.get(), &PlanDocument::error);
        const Plan before = *m_fixture.ws->loadPlan(m_fixture.doc->id());
        QVERIFY(!model.setData(model.index(0, model.columnOf(field)), value));
        QCOMPARE(errors.size(), 1);
        const QString error = errors.front().front().toString();
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(m_fixture.doc->undoStack()->count(), 0);
        QString difference;
        QVERIFY2(test::samePlanContent(
                     *m_fixture.ws->loadPlan(m_fixture.doc->id()), before, &difference),
            qPrintable(difference));
    }

    void filteredByParent()
    {
        PlanTableModel metrics(m_fixture.doc.get(), tableOf<Metric>());
        QAbstractItemModelTester tester(
            &metrics, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 outcome = m_fixture.doc->plan().metrics.front().outcome.value;
        metrics.setParentFilter(fieldOf<&Metric::outcome>(), outcome);
        const int before = metrics.rowCount();
        QVERIFY(before >= 1);
        QCOMPARE(metrics.columnOf(fieldOf<&Metric::outcome>()), -1);
        QVERIFY(metrics.insertRows(metrics.rowCount(), 1));
        QCOMPARE(metrics.rowCount(), before + 1);
        const auto newest = std::max_element(m_fixture.doc->plan().metrics.begin(),
            m_fixture.doc->plan().metrics.end(),
            [](const Metric &a, const Metric &b) { return a.id < b.id; });
        QCOMPARE(newest->outcome.value, outcome);
        QCOMPARE(metrics.rowId(metrics.rowCount() - 1), newest->id.value);
        metrics.setParentFilter(fieldOf<&Metric::outcome>(), 0);
        QCOMPARE(metrics.rowCount(), 0);
    }

    // A measurement is entered when it is taken: a new one is dated today.
    void aNewMeasurementIsDatedToday()
    {
        PlanTableModel measurements(m_fixture.doc.get(), tableOf<Measurement>());
        const qint64 metric = m_fixture.doc->plan().metrics.front().id.value;
        measurements.setParentFilter(fieldOf<&Measurement::metric>(), metric);
        QVERIFY(measurements.insertRows(measurements.rowCount(), 1));
        const qint64 id = measurements.rowId(measurements.rowCount() - 1);
        const Plan stored = *m_fixture.ws->loadPlan(m_fixture.doc->id());
        const int row = tableOf<Measurement>().indexOfRow(stored, id);
        QVERIFY(row >= 0);
        QCOMPARE(stored.measurements[std::size_t(row)].date, QDate::currentDate());
        QCOMPARE(stored.measurements[std::size_t(row)].metric.value, metric);
        // No value is made up: the reading is empty until one is typed.
        QVERIFY(!stored.measurements[std::size_t(row)].value);
        const QModelIndex value = measurements.index(
            measurements.rowCount() - 1, measurements.columnOf(fieldOf<&Measurement::value>()));
        QCOMPARE(value.data().toString(), QString());
    }
};

QTEST_MAIN(TestPlanTableModel)
#include "tst_plantablemodel.moc"
