// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantreereader.h"

#include "fieldcodec.h"
#include "importlimits.h"
#include "planlayout.h"
#include "quantityparser.h"
#include "refresolver.h"

#include "model/plan.h"
#include "model/plantable.h"
#include "rules/fieldvalidator.h"

#include <QCoreApplication>
#include <QSet>

namespace accord {

namespace {

using Kind = LayoutEntry::Kind;
using Format = LayoutEntry::Format;
using Keys = QSet<QString>;

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString item(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

// A row being read: its values, which fields the file gave and where.
struct RowState {
    const PlanTable *table = nullptr;
    RowData data;
    QHash<int, QString> givenAt;
    QHash<int, SourcePos> givenPos;
    std::vector<RefResolver::Ref> refs; // rowId filled in once the row exists
    bool given(QStringView key) const { return givenAt.contains(table->fieldIndex(key)); }
};

// Where a field or row of the plan came from in the file.
struct Given {
    QString path;
    SourcePos pos;
};
using RowKey = std::pair<const PlanTable *, qint64>;

// The path of a record's field in the file ("customer.company"), found in the layout.
QString recordPath(const std::vector<LayoutEntry> &entries, int field, const QString &path)
{
    for (const LayoutEntry &e : entries) {
        if (e.kind == LayoutEntry::Kind::Field && e.field == field)
            return child(path, e.key);
        if (e.kind == LayoutEntry::Kind::Group) {
            const QString inner = recordPath(e.entries, field, child(path, e.key));
            if (!inner.isEmpty())
                return inner;
        }
    }
    return {};
}

class Reader {
public:
    Reader(const QString &fileName, ImportReport &report, PlanTreeReader::Mode mode)
        : m_file(fileName)
        , m_report(report)
        , m_mode(mode)
    {
    }

    std::optional<Plan> read(const TreeNode &root)
    {
        if (!root.isMap()) {
            error(root.pos, {},
                QCoreApplication::translate(
                    "accord::Import", "expected a map of plan sections, found %1")
                    .arg(root.describe()));
            return std::nullopt;
        }
        Keys known;
        for (const DocumentSection &s : PlanLayout::sections()) {
            known.insert(s.key);
            if (const TreeNode *node = root.value(s.key))
                section(s, *node, s.key);
        }
        warnUnknown(root, known, {});
        for (Diagnostic &d : m_refs.resolve(m_plan, m_file))
            error(d.pos, d.path, d.message);
        if (m_errors == 0)
            validate();
        if (m_errors > 0)
            return std::nullopt;
        return std::move(m_plan);
    }

private:
    // The rules the editor enforces, on every row read: an import never stores a
    // value the editor would refuse (negative money, a date out of range, text
    // over its length, a control character, a required name left empty…).
    void validate()
    {
        for (const PlanTable *table : planTables()) {
            for (int row = 0; row < table->rowCount(m_plan); ++row) {
                const RowKey key {table, table->rowId(m_plan, row)};
                const QHash<int, Given> given = m_given.value(key);
                for (const ValueProblem &p : FieldValidator::problemsOf(m_plan, *table, row)) {
                    const int f = p.field.index;
                    if (p.code == u"required" && m_mode == PlanTreeReader::Mode::Part)
                        continue;
                    if (given.contains(f))
                        error(given[f].pos, given[f].path, p.message);
                    else
                        error(m_rowAt.value(key).pos, pathOf(*table, key, f), p.message);
                }
            }
        }
    }

    // A field the file did not give: under its row, or where its record would be.
    QString pathOf(const PlanTable &table, const RowKey &key, int field) const
    {
        const QString fieldKey = table.fields()[std::size_t(field)].key;
        if (m_rowAt.contains(key))
            return child(m_rowAt.value(key).path, fieldKey);
        for (const DocumentSection &s : PlanLayout::sections()) {
            if (s.table == &table && s.kind == DocumentSection::Kind::Record) {
                const QString path = recordPath(s.entries, field, s.key);
                return path.isEmpty() ? child(s.key, fieldKey) : path;
            }
        }
        return fieldKey;
    }

    void remember(const RowState &state, const QString &path, SourcePos pos)
    {
        const RowKey key {state.table, state.data.id};
        QHash<int, Given> &given = m_given[key];
        for (auto it = state.givenAt.cbegin(); it != state.givenAt.cend(); ++it)
            given.insert(it.key(), {it.value(), state.givenPos.value(it.key())});
        if (!m_rowAt.contains(key))
            m_rowAt.insert(key, {path, pos});
    }

    void section(const DocumentSection &s, const TreeNode &node, const QString &path)
    {
        switch (s.kind) {
        case DocumentSection::Kind::Record:
            record(s, node, path);
            return;
        case DocumentSection::Kind::Rows:
            rows(*s.table, node, path, 0);
            return;
        case DocumentSection::Kind::BySide:
            bySide(s, node, path);
            return;
        }
    }

    void record(const DocumentSection &s, const TreeNode &node, const QString &path)
    {
        if (node.isNull() || !expectMap(node, path))
            return;
        RowState state {s.table, s.table->rowData(m_plan, 0), {}, {}, {}};
        Keys known;
        fields(s.entries, state, node, path, known);
        if (s.table == &accountTable())
            readArr(state);
        for (auto it = state.givenAt.cbegin(); it != state.givenAt.cend(); ++it)
            s.table->setValue(m_plan, 0, it.key(), state.data.values.value(it.key()));
        remember(state, path, node.pos);
        childLists(s.entries, state.data.id, node, path, known);
        warnUnknown(node, known, path);
    }

    void bySide(const DocumentSection &s, const TreeNode &node, const QString &path)
    {
        if (node.isNull() || !expectMap(node, path))
            return;
        const EnumInfo &sides = *s.table->fields()[std::size_t(s.sideField)].enumInfo;
        for (const TreeEntry &e : node.entries) {
            if (!sides.indexOf(e.key))
                error(e.keyPos, child(path, e.key),
                    QCoreApplication::translate(
                        "accord::Import", "expected one of %1, found \"%2\"")
                        .arg(sides.keys().join(QStringLiteral(", ")), e.key));
        }
        // Customers first, then vendors, as the file schema lists them.
        for (std::size_t side = 0; side < sides.entries.size(); ++side) {
            for (const TreeEntry &e : node.entries) {
                if (sides.indexOf(e.key) == int(side))
                    rows(*s.table, e.value, child(path, e.key), 0,
                        {{s.sideField, sides.entries[side].key}});
            }
        }
    }

    void rows(const PlanTable &table, const TreeNode &node, const QString &path, qint64 owner,
        const QHash<int, QVariant> &presets = {})
    {
        if (node.isNull())
            return;
        if (!node.isList()) {
            error(node.pos, path,
                QCoreApplication::translate("accord::Import", "expected a list, found %1")
                    .arg(node.describe()));
            return;
        }
        for (std::size_t i = 0; i < node.items.size(); ++i)
            row(table, node.items[i], item(path, qsizetype(i)), owner, presets);
    }

    void row(const PlanTable &table, const TreeNode &node, const QString &path, qint64 owner,
        const QHash<int, QVariant> &presets)
    {
        if (!expectMap(node, path) || !withinLimit(table, node, path))
            return;
        const TableLayout &layout = PlanLayout::of(table);
        RowState state = newRow(table, layout.parentField, owner);
        for (auto it = presets.cbegin(); it != presets.cend(); ++it)
            state.data.values[it.key()] = it.value();
        Keys known;
        fields(layout.entries, state, node, path, known);
        uniqueCode(state);
        const qint64 id = insert(state);
        if (id == 0)
            return;
        remember(state, path, node.pos);
        embedded(layout.entries, id, node, path, known);
        childLists(layout.entries, id, node, path, known);
        warnUnknown(node, known, path);
    }

    // The outcome's primary metric: created when any of its keys is present.
    void embedded(const std::vector<LayoutEntry> &entries, qint64 owner, const TreeNode &node,
        const QString &path, Keys &known)
    {
        const PlanTable *metric = nullptr;
        bool present = false;
        for (const LayoutEntry &e : entries) {
            if (e.kind != Kind::Embedded)
                continue;
            metric = findPlanTable(u"metric");
            for (const LayoutEntry &sub : e.entries)
                present = present || node.entry(sub.key);
        }
        if (!present || !withinLimit(*metric, node, path))
            return;
        RowState state = newRow(*metric, PlanLayout::parentField(*metric), owner);
        for (const LayoutEntry &e : entries) {
            if (e.kind == Kind::Embedded)
                fields(e.entries, state, node, path, known);
        }
        const qint64 id = insert(state);
        if (id != 0)
            remember(state, path, node.pos);
        for (const LayoutEntry &e : entries) {
            if (e.kind == Kind::Embedded && id != 0)
                childLists(e.entries, id, node, path, known);
        }
    }

    void childLists(const std::vector<LayoutEntry> &entries, qint64 owner, const TreeNode &node,
        const QString &path, Keys &known)
    {
        for (const LayoutEntry &e : entries) {
            const TreeEntry *entry = e.kind == Kind::Children ? node.entry(e.key) : nullptr;
            if (!entry)
                continue;
            known.insert(e.key);
            rows(*e.child, entry->value, child(path, e.key), owner);
        }
    }

    void fields(const std::vector<LayoutEntry> &entries, RowState &state, const TreeNode &node,
        const QString &path, Keys &known)
    {
        for (const LayoutEntry &e : entries) {
            const TreeEntry *entry
                = e.kind == Kind::Field || e.kind == Kind::Group ? node.entry(e.key) : nullptr;
            if (!entry)
                continue;
            known.insert(e.key);
            const QString at = child(path, e.key);
            if (e.kind == Kind::Field) {
                field(e, state, entry->value, at);
            } else if (!entry->value.isNull() && expectMap(entry->value, at)) {
                Keys inner;
                fields(e.entries, state, entry->value, at, inner);
                warnUnknown(entry->value, inner, at);
            }
        }
    }

    void field(const LayoutEntry &e, RowState &state, const TreeNode &node, const QString &path)
    {
        const FieldInfo &info = state.table->fields()[std::size_t(e.field)];
        FieldCodec::Decoded d;
        if (e.format == Format::Minutes || e.format == Format::LongMinutes) {
            const auto minutes
                = node.isScalar() ? QuantityParser::minutes(node.text) : std::nullopt;
            d = minutes
                ? FieldCodec::Decoded {*minutes, {}}
                : FieldCodec::Decoded {{},
                    QCoreApplication::translate("accord::Import", "a duration such as \"20 min\"")};
        } else {
            d = FieldCodec::decode(info, node);
        }
        if (!d.ok()) {
            error(node.pos, path,
                QCoreApplication::translate("accord::Import", "expected %1, found %2")
                    .arg(d.expected, node.describe()));
            return;
        }
        if (state.givenAt.contains(e.field)) { // the metric's name and unit appear twice
            const QVariant &first = state.data.values[e.field];
            if (first != d.value)
                warning(node.pos, path,
                    QCoreApplication::translate("accord::Import",
                        "expected the same value as at %1, found %2 (the first is kept)")
                        .arg(state.givenAt.value(e.field), node.describe()));
            return;
        }
        state.givenAt.insert(e.field, path);
        state.givenPos.insert(e.field, node.pos);
        if (info.kind == FieldKind::Ref) {
            state.data.values[e.field] = QVariant();
            if (!d.value.isNull())
                state.refs.push_back({state.table, 0, e.field, d.value.toString(), node.pos, path});
            return;
        }
        state.data.values[e.field] = d.value;
    }

    RowState newRow(const PlanTable &table, int parentField, qint64 owner)
    {
        RowState state {&table, table.defaultRow(++m_lastId[&table]), {}, {}, {}};
        if (parentField >= 0)
            state.data.values[parentField] = owner > 0 ? QVariant(owner) : QVariant();
        return state;
    }

    qint64 insert(RowState &state)
    {
        if (state.table->name() == u"metric")
            extractQuantities(state);
        const PlanTable &t = *state.table;
        if (!t.insertRow(m_plan, t.rowCount(m_plan), state.data))
            return 0; // values were decoded for their kind, so this does not happen
        for (RefResolver::Ref &ref : state.refs) {
            ref.rowId = state.data.id;
            m_refs.add(ref);
        }
        return state.data.id;
    }

    // Numbers and unit from the texts, unless the file states any of them; the
    // direction from the numbers (4 hours -> 30 minutes is a decrease), unless stated.
    void extractQuantities(RowState &state)
    {
        const PlanTable &t = *state.table;
        QVariant &baseline = state.data.values[t.fieldIndex(u"baseline_value")];
        QVariant &target = state.data.values[t.fieldIndex(u"target_value")];
        if (!state.given(u"baseline_value") && !state.given(u"target_value")
            && !state.given(u"unit")) {
            const auto q = QuantityParser::reconcile(
                QuantityParser::parse(
                    state.data.values.value(t.fieldIndex(u"baseline_text")).toString()),
                QuantityParser::parse(
                    state.data.values.value(t.fieldIndex(u"target_text")).toString()));
            baseline = q.baseline ? QVariant(*q.baseline) : QVariant();
            target = q.target ? QVariant(*q.target) : QVariant();
            state.data.values[t.fieldIndex(u"unit")] = q.unit;
        }
        if (!state.given(u"direction") && !baseline.isNull() && !target.isNull())
            state.data.values[t.fieldIndex(u"direction")]
                = enumKey(target.toDouble() < baseline.toDouble() ? Direction::Decrease
                                                                  : Direction::Increase);
    }

    // Account::arr from the text as written, unless arr_amount is given.
    void readArr(RowState &state)
    {
        const PlanTable &t = *state.table;
        const int text = t.fieldIndex(u"arr_text");
        const int amount = t.fieldIndex(u"arr");
        if (state.givenAt.contains(amount) || !state.givenAt.contains(text))
            return;
        const QString arr = state.data.values.value(text).toString();
        const auto money = Money::parse(arr);
        if (!money && !arr.trimmed().isEmpty())
            warning(state.givenPos.value(text), state.givenAt.value(text),
                QCoreApplication::translate("accord::Import",
                    "expected an amount such as \"$150,000\", found \"%1\" (kept as text only)")
                    .arg(arr));
        state.data.values[amount] = QVariant::fromValue(money.value_or(Money {}));
        state.givenAt.insert(amount, state.givenAt.value(text));
    }

    // Outcome and risk codes name their rows in references and in speech ("O1").
    void uniqueCode(const RowState &state)
    {
        const int f = state.table->fieldIndex(u"code");
        if (f < 0 || !state.givenAt.contains(f))
            return;
        const QString code = state.data.values.value(f).toString();
        if (code.isEmpty())
            return;
        QSet<QString> &seen = m_codes[state.table];
        if (seen.contains(code)) {
            const QString path = state.givenAt.value(f);
            const QString key = path.mid(path.lastIndexOf(u'.') + 1);
            error(state.givenPos.value(f), path,
                QCoreApplication::translate(
                    "accord::Import", "expected a unique %1, found \"%2\" again")
                    .arg(key, code));
        }
        seen.insert(code);
    }

    bool withinLimit(const PlanTable &table, const TreeNode &node, const QString &path)
    {
        if (++m_rows[&table] <= ImportLimits::maxRowsPerTable)
            return true;
        if (m_rows[&table] == ImportLimits::maxRowsPerTable + 1)
            error(node.pos, path,
                QCoreApplication::translate(
                    "accord::Import", "expected at most %1 rows of %2, found more")
                    .arg(ImportLimits::maxRowsPerTable)
                    .arg(PlanLayout::sectionKey(table)));
        return false;
    }

    bool expectMap(const TreeNode &node, const QString &path)
    {
        if (node.isMap())
            return true;
        error(node.pos, path,
            QCoreApplication::translate("accord::Import", "expected a map, found %1")
                .arg(node.describe()));
        return false;
    }

    void warnUnknown(const TreeNode &map, const Keys &known, const QString &path)
    {
        for (const TreeEntry &e : map.entries) {
            if (!known.contains(e.key))
                warning(e.keyPos, child(path, e.key),
                    QCoreApplication::translate("accord::Import", "unknown key \"%1\" ignored")
                        .arg(e.key));
        }
    }

    void error(SourcePos pos, const QString &path, const QString &message)
    {
        if (++m_errors <= ImportLimits::maxErrors
            && int(m_report.errors.size()) < ImportLimits::maxErrors)
            m_report.errors.push_back({m_file, pos, path, message});
    }

    void warning(SourcePos pos, const QString &path, const QString &message)
    {
        if (int(m_report.warnings.size()) < ImportLimits::maxErrors)
            m_report.warnings.push_back({m_file, pos, path, message});
    }

    QString m_file;
    ImportReport &m_report;
    Plan m_plan;
    RefResolver m_refs;
    QHash<const PlanTable *, qint64> m_lastId;
    QHash<const PlanTable *, int> m_rows;
    QHash<const PlanTable *, QSet<QString>> m_codes;
    QHash<RowKey, QHash<int, Given>> m_given;
    QHash<RowKey, Given> m_rowAt;
    PlanTreeReader::Mode m_mode;
    int m_errors = 0;
};

} // namespace

std::optional<Plan> PlanTreeReader::read(
    const TreeNode &root, const QString &fileName, ImportReport &report, Mode mode)
{
    return Reader(fileName, report, mode).read(root);
}

} // namespace accord
