// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "csvwriter.h"
#include "text/fieldtext.h"

#include "model/plantable.h"

#include <QCoreApplication>

namespace accord {

namespace {

bool isNumber(const FieldInfo &field)
{
    return field.kind == FieldKind::Integer || field.kind == FieldKind::OptInteger
        || field.kind == FieldKind::Real || field.kind == FieldKind::OptReal;
}

} // namespace

QByteArray CsvExporter::exportTable(const Plan &plan, const PlanTable &table)
{
    QStringList header {QStringLiteral("id")};
    for (const FieldInfo &f : table.fields())
        header << f.key;
    QByteArray out = CsvWriter::record(header);
    for (int row = 0; row < table.rowCount(plan); ++row) {
        QStringList cells {QString::number(table.rowId(plan, row))};
        for (int f = 0; f < int(table.fields().size()); ++f) {
            const FieldInfo &field = table.fields()[std::size_t(f)];
            const QString text = FieldText::machine(field, table.value(plan, row, f));
            cells << (isNumber(field) ? text : CsvWriter::textCell(text));
        }
        out += CsvWriter::record(cells);
    }
    return out;
}

Result<QByteArray> CsvExporter::exportTable(const Plan &plan, const QString &tableName)
{
    const PlanTable *table = findPlanTable(tableName);
    if (!table) {
        QStringList names;
        for (const PlanTable *t : planTables())
            names << t->name();
        return Error {QCoreApplication::translate(
            "accord::Export", "expected a table name (%1), found \"%2\"")
                          .arg(names.join(QStringLiteral(", ")), tableName)};
    }
    return exportTable(plan, *table);
}

std::vector<CsvFile> CsvExporter::exportAllTables(const Plan &plan)
{
    std::vector<CsvFile> files;
    for (const PlanTable *table : planTables()) {
        if (table->rowCount(plan) > 0)
            files.push_back({table->name(), exportTable(plan, *table)});
    }
    return files;
}

} // namespace accord
