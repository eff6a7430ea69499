// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvmeasurementimporter.h"

#include "model/fieldref.h"

#include "csvreader.h"

#include "model/plan.h"
#include "model/plantable.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace accord {

namespace {

// "nothing" for an empty field, else the text in quotes.
QString found(const QString &text)
{
    return text.isEmpty() ? QCoreApplication::translate("accord::Import", "nothing")
                          : QCoreApplication::translate("accord::Import", "\"%1\"").arg(text);
}

bool isHeader(const QStringList &fields)
{
    const QString first = fields.value(0).trimmed().toLower();
    return first == u"metric" || first == u"outcome";
}

std::optional<double> parseNumber(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!plain.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && qIsFinite(value) ? std::optional<double>(value) : std::nullopt;
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

QString metricName(const Plan &plan, MetricId id)
{
    for (const Metric &m : plan.metrics) {
        if (m.id == id)
            return m.name;
    }
    return {};
}

} // namespace

CsvMeasurementImporter::CsvMeasurementImporter(const Plan &plan, const QString &fileName)
    : m_plan(plan)
    , m_fileName(fileName)
{
}

void CsvMeasurementImporter::error(int line, const QString &message)
{
    if (m_errors.size() < maxErrors)
        m_errors << QCoreApplication::translate("accord::Import", "%1:%2: %3")
                        .arg(m_fileName)
                        .arg(line)
                        .arg(message);
}

bool CsvMeasurementImporter::readHeader(const QStringList &fields, int line)
{
    QStringList names;
    for (const QString &f : fields)
        names << f.trimmed().toLower();
    m_outcomeFirst = names.constFirst() == u"outcome";
    const bool good = (names.size() == 3 || names.size() == 4) && names.at(1) == u"date"
        && names.at(2) == u"value" && (names.size() == 3 || names.at(3) == u"note");
    if (!good)
        error(line,
            QCoreApplication::translate("accord::Import",
                "expected the header \"metric,date,value,note\" or \"outcome,date,value,note\", "
                "found %1")
                .arg(found(fields.join(u','))));
    return good;
}

std::optional<MetricId> CsvMeasurementImporter::outcomeMetric(
    const QString &text, int line, bool &isOutcome)
{
    const auto outcome = std::find_if(m_plan.outcomes.cbegin(), m_plan.outcomes.cend(),
        [&](const Outcome &o) { return o.code.trimmed().compare(text, Qt::CaseInsensitive) == 0; });
    isOutcome = outcome != m_plan.outcomes.cend();
    if (!isOutcome)
        return std::nullopt;
    std::vector<const Metric *> metrics;
    for (const Metric &m : m_plan.metrics) {
        if (m.outcome == outcome->id)
            metrics.push_back(&m);
    }
    if (metrics.size() == 1)
        return metrics.front()->id;
    if (metrics.empty()) {
        error(line,
            QCoreApplication::translate(
                "accord::Import", "expected an outcome with a metric, found outcome %1 without one")
                .arg(found(text)));
        return std::nullopt;
    }
    QStringList names;
    for (const Metric *m : metrics)
        names << found(m->name);
    error(line,
        QCoreApplication::translate("accord::Import",
            "expected an outcome with one metric, found outcome %1 with %2 metrics (%3); name the "
            "metric instead")
            .arg(found(text))
            .arg(metrics.size())
            .arg(names.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<MetricId> CsvMeasurementImporter::namedMetric(
    const QString &text, int line, bool &isMetric)
{
    std::vector<MetricId> ids;
    for (const Metric &m : m_plan.metrics) {
        if (m.name.trimmed().compare(text, Qt::CaseInsensitive) == 0)
            ids.push_back(m.id);
    }
    isMetric = !ids.empty();
    if (ids.size() == 1)
        return ids.front();
    if (isMetric)
        error(line,
            QCoreApplication::translate("accord::Import",
                "expected a metric name used once in the plan, found %1 on %2 metrics")
                .arg(found(text))
                .arg(ids.size()));
    return std::nullopt;
}

std::optional<MetricId> CsvMeasurementImporter::metric(const QString &text, int line)
{
    bool matched = false;
    std::optional<MetricId> id
        = m_outcomeFirst ? outcomeMetric(text, line, matched) : namedMetric(text, line, matched);
    if (!matched)
        id = m_outcomeFirst ? namedMetric(text, line, matched) : outcomeMetric(text, line, matched);
    if (!matched)
        error(line,
            QCoreApplication::translate("accord::Import",
                "expected an outcome code or a metric name of this plan, found %1")
                .arg(found(text)));
    return id;
}

void CsvMeasurementImporter::checkDuplicate(const Measurement &m, const QString &name, int line)
{
    const auto same = [&](const Measurement &other) {
        return other.metric == m.metric && other.date == m.date;
    };
    const QString date = m.date.toString(Qt::ISODate);
    if (std::any_of(m_plan.measurements.cbegin(), m_plan.measurements.cend(), same)) {
        error(line,
            QCoreApplication::translate("accord::Import",
                "expected a new measurement, found one the plan already has for %1 on %2")
                .arg(found(name), date));
        return;
    }
    const auto earlier = std::find_if(m_rows.cbegin(), m_rows.cend(), same);
    if (earlier != m_rows.cend()) {
        const int first = m_rowLines[std::size_t(earlier - m_rows.cbegin())];
        error(line,
            QCoreApplication::translate("accord::Import",
                "expected one measurement per metric and date, found a second one for %1 on %2 "
                "(the "
                "first is on line %3)")
                .arg(found(name), date)
                .arg(first));
    }
}

void CsvMeasurementImporter::readRow(const QStringList &fields, int line)
{
    if (fields.size() < 3 || fields.size() > 4) {
        error(line,
            QCoreApplication::translate("accord::Import",
                "expected 3 or 4 fields (metric or outcome, date, value, note), found %1")
                .arg(fields.size()));
        return;
    }
    const std::optional<MetricId> id = metric(fields.at(0).trimmed(), line);
    const QDate date = parseDate(fields.at(1).trimmed());
    if (!date.isValid())
        error(line,
            QCoreApplication::translate("accord::Import", "expected a date as YYYY-MM-DD, found %1")
                .arg(found(fields.at(1).trimmed())));
    const std::optional<double> value = parseNumber(fields.at(2).trimmed());
    if (!value)
        error(line,
            QCoreApplication::translate(
                "accord::Import", "expected a number such as 42 or -3.5, found %1")
                .arg(found(fields.at(2).trimmed())));
    if (!id || !date.isValid() || !value)
        return;
    Measurement m;
    m.metric = *id;
    m.date = date;
    m.value = *value;
    m.note = CsvReader::text(fields.value(3).trimmed());
    checkDuplicate(m, metricName(m_plan, *id), line);
    m_rows.push_back(m);
    m_rowLines.push_back(line);
}

Result<std::vector<Measurement>> CsvMeasurementImporter::read(const std::vector<CsvRecord> &records)
{
    std::size_t first = 0;
    if (!records.empty() && isHeader(records.front().fields)) {
        if (!readHeader(records.front().fields, records.front().line))
            return Error {m_errors.join(u'\n')};
        first = 1;
    }
    if (records.size() - first > std::size_t(maxRows)) {
        error(records.at(first + maxRows).line,
            QCoreApplication::translate(
                "accord::Import", "expected at most %1 measurements, found more")
                .arg(maxRows));
        return Error {m_errors.join(u'\n')};
    }
    for (std::size_t i = first; i < records.size() && m_errors.size() < maxErrors; ++i)
        readRow(records.at(i).fields, records.at(i).line);
    if (!m_errors.isEmpty())
        return Error {m_errors.join(u'\n')};
    if (m_rows.empty())
        return Error {QCoreApplication::translate("accord::Import", "%1: %2")
                          .arg(m_fileName,
                              QCoreApplication::translate("accord::Import",
                                  "expected at least one measurement, found none"))};
    qint64 id = tableOf<Measurement>().nextRowId(m_plan);
    for (Measurement &m : m_rows)
        m.id = RowId(id++);
    return m_rows;
}

Result<std::vector<Measurement>> CsvMeasurementImporter::importCsv(
    const Plan &plan, const QByteArray &data, const QString &fileName)
{
    if (data.size() > maxBytes)
        return Error {QCoreApplication::translate("accord::Import", "%1: %2")
                          .arg(fileName,
                              QCoreApplication::translate("accord::Import",
                                  "expected at most %1 bytes (%2 MiB), found %3 bytes")
                                  .arg(maxBytes)
                                  .arg(maxBytes >> 20)
                                  .arg(data.size()))};
    const Result<std::vector<CsvRecord>> records
        = CsvReader::parse(data, fileName, maxRows + 2); // a header and one too many
    if (!records)
        return Error {records.error()};
    return CsvMeasurementImporter(plan, fileName).read(*records);
}

} // namespace accord
