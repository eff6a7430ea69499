// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-off benchmarks: the content fingerprint is computed after every edit step
// of a signed plan (the editor's banner) and for every preview in the sign-off
// dialog. Not run by ctest:
//   ./build/release/tests/bench/bench_signoff
#include "../support/acmefixture.h"
#include "benchtable.h"
#include "document/signoffrecorder.h"
#include "io/planio.h"
#include "rules/planfingerprint.h"

#include <QCoreApplication>
#include <QFile>

using namespace accord;
using namespace accord::bench;

namespace {

// "large": the Acme plan grown to 100 milestones and 20 metrics with 50
// measurements each (the size of the PDF benchmark's generated plan).
Plan largePlan()
{
    Plan plan = test::acmePlan();
    for (int i = 0; i < 100; ++i) {
        Milestone m;
        m.id = RowId(1000 + i);
        m.name = QStringLiteral("Milestone %1 of the generated roadmap").arg(i);
        m.owner = QStringLiteral("Owner %1").arg(i % 7);
        m.targetDate = QDate(2026, 1, 5).addDays(i * 3);
        plan.milestones.push_back(m);
    }
    for (int k = 0; k < 20; ++k) {
        Metric metric;
        metric.id = MetricId(500 + k);
        metric.name = QStringLiteral("Generated metric %1").arg(k);
        plan.metrics.push_back(metric);
        for (int j = 0; j < 50; ++j) {
            Measurement measurement;
            measurement.id = RowId(10000 + k * 100 + j);
            measurement.metric = metric.id;
            measurement.date = QDate(2026, 1, 1).addDays(j * 7);
            measurement.value = 10.0 + j * 0.5 + k;
            plan.measurements.push_back(measurement);
        }
    }
    Signatory signatory;
    signatory.id = RowId(1);
    signatory.name = QStringLiteral("Dana Lee");
    signatory.title = QStringLiteral("CFO");
    plan.signatories = {signatory};
    return plan;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = 31;
    BenchTable table;
    QTextStream out(stdout);
    const std::pair<const char *, Plan> plans[]
        = {{"Acme", test::acmePlan()}, {"large", largePlan()}};
    for (const auto &[name, plan] : plans) {
        const QString label = QString::fromLatin1(name);
        table.add(QStringLiteral("content JSON, %1 (%2 KiB)")
                      .arg(label)
                      .arg(planContent(plan).size() / 1024),
            medianMs(runs, [&] { planContent(plan); }), QStringLiteral("ms"));
        table.add(QStringLiteral("planFingerprint, %1").arg(label),
            medianMs(runs, [&] { planFingerprint(plan); }), QStringLiteral("ms"));
        Plan withSignatory = plan;
        if (withSignatory.signatories.empty())
            withSignatory.signatories = largePlan().signatories;
        const QDate today(2026, 11, 1);
        table.add(QStringLiteral("SignOffRecorder::prepare, %1").arg(label),
            medianMs(runs,
                [&] {
                    if (!SignOffRecorder::prepare(withSignatory, today, {1}, today))
                        qFatal("prepare failed");
                }),
            QStringLiteral("ms"));
    }
    table.print(out);
    return 0;
}
