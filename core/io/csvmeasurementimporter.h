// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/outcomes.h"
#include "util/result.h"

#include <QByteArray>

#include <vector>

namespace accord {

struct CsvRecord;
struct Plan;

// Reads metric measurements from CSV (RFC 4180, see CsvReader): one per line as
//     metric,date,value[,note]
// with an optional header row "metric,date,value,note" ("outcome" for "metric"
// also accepted, "note" optional). The first column names a metric of the plan
// (case-insensitive, exact) or an outcome by its code ("O1"), meaning that
// outcome's only metric; the date is YYYY-MM-DD, the value a plain number with
// "." as the decimal point. Nothing is imported unless every line is good: the
// error lists each bad line as "FILE:LINE: expected …, found …".
class CsvMeasurementImporter {
public:
    static constexpr qint64 maxBytes = 16 * 1024 * 1024;
    static constexpr int maxRows = 10'000;
    static constexpr int maxErrors = 50;

    // The new rows, with fresh ids after the plan's measurements, in file order.
    // They are not added to the plan: the caller does that (one undoable edit).
    static Result<std::vector<Measurement>> importCsv(
        const Plan &plan, const QByteArray &data, const QString &fileName);

private:
    CsvMeasurementImporter(const Plan &plan, const QString &fileName);
    Result<std::vector<Measurement>> read(const std::vector<CsvRecord> &records);
    bool readHeader(const QStringList &fields, int line);
    void readRow(const QStringList &fields, int line);
    std::optional<MetricId> metric(const QString &text, int line);
    std::optional<MetricId> outcomeMetric(const QString &text, int line, bool &found);
    std::optional<MetricId> namedMetric(const QString &text, int line, bool &found);
    void checkDuplicate(const Measurement &m, const QString &name, int line);
    void error(int line, const QString &message);

    const Plan &m_plan;
    QString m_fileName;
    bool m_outcomeFirst = true;
    std::vector<Measurement> m_rows;
    std::vector<int> m_rowLines;
    QStringList m_errors;
};

} // namespace accord
