// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: CSV measurement import must never crash, hang or leak on any input.
#include "io/csvmeasurementimporter.h"
#include "model/plan.h"

#include <QByteArray>
#include <QString>

namespace {

// Two outcomes, one with two metrics, so outcome codes and metric names both resolve.
const accord::Plan &targetPlan()
{
    static const accord::Plan plan = [] {
        accord::Plan p;
        p.outcomes.push_back({accord::OutcomeId(1), QStringLiteral("O1"), {}, {}, {},
            accord::Level::High, accord::OutcomeStatus::InProgress});
        p.outcomes.push_back({accord::OutcomeId(2), QStringLiteral("O2"), {}, {}, {},
            accord::Level::High, accord::OutcomeStatus::InProgress});
        for (int i = 1; i <= 3; ++i) {
            accord::Metric m;
            m.id = accord::MetricId(i);
            m.outcome = accord::OutcomeId(i == 1 ? 1 : 2);
            m.name = QStringLiteral("Metric %1").arg(i);
            p.metrics.push_back(m);
        }
        return p;
    }();
    return plan;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)accord::CsvMeasurementImporter::importCsv(
        targetPlan(), bytes, QStringLiteral("fuzz.csv"));
    return 0;
}
