// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace accord {

class PlanTable;
struct Plan;

// One table of a plan as a CSV file.
struct CsvFile {
    QString tableName; // PlanTable::name(), e.g. "milestone"; save as "<tableName>.csv"
    QByteArray data;
};

// Plan tables as CSV for machines (spreadsheets, scripts), RFC 4180 (CsvWriter).
// The header row is "id" and the field keys of core/model, the same names as in
// the YAML/JSON files and the database, so it does not change with the language.
// Values as FieldText::machine writes them: dates YYYY-MM-DD, enum keys, money as
// "USD 150000.00", booleans true/false, references as the referenced row's id,
// string lists joined with "; ". A text that a spreadsheet would run as a formula
// (=, +, -, @, tab, CR first) gets a leading apostrophe (CsvWriter::textCell);
// numbers in numeric columns are written as numbers, negative ones included.
class CsvExporter {
public:
    static QByteArray exportTable(const Plan &plan, const PlanTable &table);
    // Error when no table has that name.
    static Result<QByteArray> exportTable(const Plan &plan, const QString &tableName);
    // The plan and account records and every collection with rows, in planTables() order.
    static std::vector<CsvFile> exportAllTables(const Plan &plan);
};

} // namespace accord
