// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantable.h"

#include "fieldref.h"
#include "plan.h"

#include <QCoreApplication>

#include <algorithm>

namespace accord {

namespace {

template<typename T> const std::vector<FieldInfo> &fieldInfos()
{
    static const std::vector<FieldInfo> infos = [] {
        std::vector<FieldInfo> result;
        for (const Field<T> &f : rowMeta<T>().fields)
            result.push_back(f.info);
        return result;
    }();
    return infos;
}

template<typename T> bool setField(T &row, int field, const QVariant &value)
{
    const auto &fields = rowMeta<T>().fields;
    if (field < 0 || field >= int(fields.size()))
        return false;
    return fields[std::size_t(field)].set(row, value);
}

template<typename T> QVariant getField(const T &row, int field)
{
    const auto &fields = rowMeta<T>().fields;
    if (field < 0 || field >= int(fields.size()))
        return {};
    return fields[std::size_t(field)].get(row);
}

template<typename T> class TableBase : public PlanTable {
public:
    QString name() const override { return rowMeta<T>().name; }
    QString label() const override
    {
        return QCoreApplication::translate("accord::Field", rowMeta<T>().label);
    }
    const std::vector<FieldInfo> &fields() const override { return fieldInfos<T>(); }
    const void *rowType() const override { return rowTypeTag<T>(); }
    Audience audience() const override { return rowMeta<T>().audience; }
    bool describesEveryMember() const override { return accord::describesEveryMember<T>(); }
    RowData defaultRow(qint64 id) const override
    {
        const T row {};
        RowData data {id, {}};
        for (int f = 0; f < int(rowMeta<T>().fields.size()); ++f)
            data.values << getField(row, f);
        return data;
    }
    std::optional<QVariant> normalized(int field, const QVariant &value) const override
    {
        T row;
        if (!setField(row, field, value))
            return std::nullopt;
        return getField(row, field);
    }
};

// A single record of the plan (the header, the account).
template<typename T, T Plan::*Member, qint64 (*IdOf)(const Plan &)>
class RecordTable final : public TableBase<T> {
public:
    bool isCollection() const override { return false; }
    int rowCount(const Plan &) const override { return 1; }
    qint64 rowId(const Plan &plan, int) const override { return IdOf(plan); }
    QVariant value(const Plan &plan, int row, int field) const override
    {
        return row == 0 ? getField(plan.*Member, field) : QVariant();
    }
    bool setValue(Plan &plan, int row, int field, const QVariant &value) const override
    {
        return row == 0 && setField(plan.*Member, field, value);
    }
    bool insertRow(Plan &, int, const RowData &) const override { return false; }
    bool removeRow(Plan &, int) const override { return false; }
    bool moveRow(Plan &, int, int) const override { return false; }
};

qint64 planIdOf(const Plan &plan)
{
    return plan.id.value;
}
qint64 accountIdOf(const Plan &plan)
{
    return plan.account.id.value;
}

// An ordered collection of rows of the plan.
template<typename T, std::vector<T> Plan::*Member>
class CollectionTable final : public TableBase<T> {
public:
    bool isCollection() const override { return true; }
    int rowCount(const Plan &plan) const override { return int((plan.*Member).size()); }
    qint64 rowId(const Plan &plan, int row) const override
    {
        return inRange(plan, row) ? (plan.*Member)[std::size_t(row)].id.value : 0;
    }
    QVariant value(const Plan &plan, int row, int field) const override
    {
        return inRange(plan, row) ? getField((plan.*Member)[std::size_t(row)], field) : QVariant();
    }
    bool setValue(Plan &plan, int row, int field, const QVariant &value) const override
    {
        return inRange(plan, row) && setField((plan.*Member)[std::size_t(row)], field, value);
    }
    bool insertRow(Plan &plan, int row, const RowData &data) const override
    {
        auto &rows = plan.*Member;
        if (row < 0 || row > int(rows.size()) || data.id <= 0
            || this->indexOfRow(plan, data.id) >= 0)
            return false;
        T item;
        item.id.value = data.id;
        const auto &fields = rowMeta<T>().fields;
        for (std::size_t i = 0; i < fields.size() && i < std::size_t(data.values.size()); ++i) {
            if (!fields[i].set(item, data.values[qsizetype(i)]))
                return false;
        }
        rows.insert(rows.begin() + row, std::move(item));
        return true;
    }
    bool removeRow(Plan &plan, int row) const override
    {
        if (!inRange(plan, row))
            return false;
        (plan.*Member).erase((plan.*Member).begin() + row);
        return true;
    }
    bool moveRow(Plan &plan, int from, int to) const override
    {
        auto &rows = plan.*Member;
        if (!inRange(plan, from) || !inRange(plan, to))
            return false;
        if (from < to)
            std::rotate(rows.begin() + from, rows.begin() + from + 1, rows.begin() + to + 1);
        else if (from > to)
            std::rotate(rows.begin() + to, rows.begin() + from, rows.begin() + from + 1);
        return true;
    }

private:
    static bool inRange(const Plan &plan, int row)
    {
        return row >= 0 && row < int((plan.*Member).size());
    }
};

template<typename T, std::vector<T> Plan::*Member> const PlanTable *collection()
{
    static const CollectionTable<T, Member> table;
    return &table;
}

} // namespace

RowData PlanTable::rowData(const Plan &plan, int row) const
{
    RowData data {rowId(plan, row), {}};
    for (int f = 0; f < int(fields().size()); ++f)
        data.values << value(plan, row, f);
    return data;
}

int PlanTable::indexOfRow(const Plan &plan, qint64 id) const
{
    const int n = rowCount(plan);
    for (int i = 0; i < n; ++i) {
        if (rowId(plan, i) == id)
            return i;
    }
    return -1;
}

int PlanTable::fieldIndex(QStringView key) const
{
    const auto &f = fields();
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f[i].key == key)
            return int(i);
    }
    return -1;
}

int PlanTable::nameField() const
{
    for (const char16_t *key :
        {u"code", u"name", u"title", u"label", u"topic", u"text", u"description"}) {
        if (const int f = fieldIndex(QStringView(key)); f >= 0)
            return f;
    }
    return -1;
}

qint64 PlanTable::nextRowId(const Plan &plan) const
{
    qint64 highest = 0;
    const int n = rowCount(plan);
    for (int i = 0; i < n; ++i)
        highest = std::max(highest, rowId(plan, i));
    return highest + 1;
}

const PlanTable &headerTable()
{
    static const RecordTable<PlanHeader, &Plan::header, &planIdOf> table;
    return table;
}

const PlanTable &accountTable()
{
    static const RecordTable<Account, &Plan::account, &accountIdOf> table;
    return table;
}

const std::vector<const PlanTable *> &planTables()
{
    static const std::vector<const PlanTable *> tables {
        &headerTable(),
        &accountTable(),
        collection<Stakeholder, &Plan::stakeholders>(),
        collection<Outcome, &Plan::outcomes>(),
        collection<Metric, &Plan::metrics>(),
        collection<InterimTarget, &Plan::interimTargets>(),
        collection<Measurement, &Plan::measurements>(),
        collection<LeadingIndicator, &Plan::leadingIndicators>(),
        collection<Phase, &Plan::phases>(),
        collection<Milestone, &Plan::milestones>(),
        collection<Persona, &Plan::personas>(),
        collection<FeatureImportance, &Plan::featureImportance>(),
        collection<UseCase, &Plan::useCases>(),
        collection<OnboardingStep, &Plan::onboardingSteps>(),
        collection<Commitment, &Plan::commitments>(),
        collection<Integration, &Plan::integrations>(),
        collection<DataMigration, &Plan::dataMigrations>(),
        collection<CustomConfiguration, &Plan::customConfigurations>(),
        collection<UserGroup, &Plan::userGroups>(),
        collection<TrainingSession, &Plan::trainingSessions>(),
        collection<AdoptionMetric, &Plan::adoptionMetrics>(),
        collection<Touchpoint, &Plan::touchpoints>(),
        collection<AdHocRule, &Plan::adHocRules>(),
        collection<EscalationRule, &Plan::escalationRules>(),
        collection<TeamRole, &Plan::teamRoles>(),
        collection<Risk, &Plan::risks>(),
        collection<SuccessBarrier, &Plan::successBarriers>(),
        collection<Contingency, &Plan::contingencies>(),
        collection<WarningSignal, &Plan::warningSignals>(),
        collection<BaselineMeasurement, &Plan::baselineMeasurements>(),
        collection<RoiLine, &Plan::roiLines>(),
        collection<RoiPeriod, &Plan::roiPeriods>(),
        collection<Opportunity, &Plan::opportunities>(),
        collection<Upsell, &Plan::upsells>(),
        collection<HealthComponent, &Plan::healthComponents>(),
        collection<Review, &Plan::reviews>(),
        collection<AgendaItem, &Plan::agendaItems>(),
        collection<Signatory, &Plan::signatories>(),
        collection<SignOff, &Plan::signOffs>(),
        collection<GlossaryEntry, &Plan::glossary>(),
        collection<RelatedDocument, &Plan::relatedDocuments>(),
        collection<HistoryEntry, &Plan::history>(),
        collection<ToolResource, &Plan::toolResources>(),
        collection<ImprovementPractice, &Plan::improvementPractices>(),
    };
    return tables;
}

const PlanTable &detail::tableOfType(const void *rowType)
{
    for (const PlanTable *t : planTables()) {
        if (t->rowType() == rowType)
            return *t;
    }
    qFatal("a row type without a table in planTables()");
}

FieldRef detail::fieldWithMember(const PlanTable &table, const void *member)
{
    const auto &fields = table.fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].member == member)
            return {&table, int(i)};
    }
    qFatal("%s: a member without a field descriptor", qPrintable(table.name()));
}

const PlanTable &referencedTable(const FieldInfo &ref)
{
    const PlanTable *table = findPlanTable(ref.refTable);
    if (!table)
        qFatal("%s refers to a table that does not exist", qPrintable(ref.key));
    return *table;
}

const PlanTable *findPlanTable(QStringView name)
{
    for (const PlanTable *t : planTables()) {
        if (t->name() == name)
            return t;
    }
    return nullptr;
}

} // namespace accord
