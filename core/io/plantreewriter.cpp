// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantreewriter.h"

#include "fieldcodec.h"
#include "planlayout.h"

#include "model/plan.h"
#include "model/plantable.h"

#include <QHash>
#include <QRegularExpression>

namespace accord {

namespace {

using Kind = LayoutEntry::Kind;
using Format = LayoutEntry::Format;

class Writer {
public:
    explicit Writer(const Plan &plan)
        : m_plan(plan)
    {
    }

    TreeNode document()
    {
        TreeNode root = TreeNode::map();
        for (const DocumentSection &s : PlanLayout::sections()) {
            TreeNode node = section(s);
            if (s.always || !FieldCodec::isEmpty(node))
                root.insert(s.key, std::move(node));
        }
        return root;
    }

private:
    TreeNode section(const DocumentSection &s)
    {
        switch (s.kind) {
        case DocumentSection::Kind::Record: {
            TreeNode map = TreeNode::map();
            entries(s.entries, *s.table, 0, map);
            return map;
        }
        case DocumentSection::Kind::Rows:
            return rowList(*s.table, ownerless(*s.table), false);
        case DocumentSection::Kind::BySide:
            return bySide(s);
        }
        return {};
    }

    TreeNode bySide(const DocumentSection &s)
    {
        TreeNode map = TreeNode::map();
        const FieldInfo &side = s.table->fields()[std::size_t(s.sideField)];
        for (const QString &key : side.enumInfo->keys()) {
            std::vector<int> rows;
            for (int r = 0; r < s.table->rowCount(m_plan); ++r) {
                if (s.table->value(m_plan, r, s.sideField).toString() == key)
                    rows.push_back(r);
            }
            map.insert(key, rowList(*s.table, rows, false));
        }
        return map;
    }

    TreeNode rowList(const PlanTable &t, const std::vector<int> &rows, bool skipFirst)
    {
        TreeNode list = TreeNode::list();
        for (std::size_t i = skipFirst ? 1 : 0; i < rows.size(); ++i)
            list.items.push_back(row(t, rows[i]));
        return list;
    }

    TreeNode row(const PlanTable &t, int r)
    {
        TreeNode map = TreeNode::map();
        entries(PlanLayout::of(t).entries, t, r, map);
        return map;
    }

    void entries(const std::vector<LayoutEntry> &list, const PlanTable &t, int r, TreeNode &map)
    {
        for (const LayoutEntry &e : list) {
            switch (e.kind) {
            case Kind::Field: {
                TreeNode node = value(e, t, r);
                if (unsetFlag(e, t, r))
                    break;
                if (e.always || !FieldCodec::isEmpty(node) || !defaultIsEmpty(e, t))
                    map.insert(e.key, std::move(node));
                break;
            }
            case Kind::Group: {
                TreeNode sub = TreeNode::map();
                entries(e.entries, t, r, sub);
                if (e.always || !sub.entries.empty())
                    map.insert(e.key, std::move(sub));
                break;
            }
            case Kind::Children: {
                TreeNode list = rowList(*e.child, owned(*e.child, t.rowId(m_plan, r)), e.skipFirst);
                if (e.always || !list.items.empty())
                    map.insert(e.key, std::move(list));
                break;
            }
            case Kind::Embedded: {
                const PlanTable &metric = *findPlanTable(u"metric");
                const std::vector<int> metrics = owned(metric, t.rowId(m_plan, r));
                if (!metrics.empty())
                    entries(e.entries, metric, metrics.front(), map);
                break;
            }
            }
        }
    }

    TreeNode value(const LayoutEntry &e, const PlanTable &t, int r)
    {
        const FieldInfo &info = t.fields()[std::size_t(e.field)];
        const QVariant v = r < 0 ? defaults(t).values.value(e.field) : t.value(m_plan, r, e.field);
        TreeNode node;
        if (info.kind == FieldKind::Ref)
            node = reference(info, v.toLongLong());
        else if (e.format == Format::Minutes)
            node = TreeNode::string(QStringLiteral("%1 min").arg(v.toInt()), ScalarStyle::Auto);
        else if (e.format == Format::LongMinutes)
            node = TreeNode::string(QStringLiteral("%1 minutes").arg(v.toInt()), ScalarStyle::Auto);
        else if (e.format == Format::NoneWhenEmpty && v.toStringList().isEmpty())
            node = TreeNode::string(QStringLiteral("none"), ScalarStyle::Auto);
        else
            node = FieldCodec::encode(info, v, e.style);
        node.flow = e.flow;
        return node;
    }

    // A yes/no of the vendor's (a note marked internal) written only when set, so a
    // plan without internal notes reads as the seed's files do.
    bool unsetFlag(const LayoutEntry &e, const PlanTable &t, int r)
    {
        const FieldInfo &info = t.fields()[std::size_t(e.field)];
        return info.kind == FieldKind::Bool && info.audience == Audience::Internal && !e.always
            && !t.value(m_plan, r, e.field).toBool();
    }

    bool defaultIsEmpty(const LayoutEntry &e, const PlanTable &t)
    {
        return FieldCodec::isEmpty(value(e, t, -1));
    }

    const RowData &defaults(const PlanTable &t)
    {
        auto it = m_defaults.find(&t);
        if (it == m_defaults.end()) {
            const Plan empty;
            it = m_defaults.insert(&t, t.isCollection() ? t.defaultRow(1) : t.rowData(empty, 0));
        }
        return *it;
    }

    // A reference by the owner's label, or by "#position" when that is ambiguous.
    TreeNode reference(const FieldInfo &info, qint64 id)
    {
        const PlanTable *target = findPlanTable(info.refTable);
        const int row = target && id > 0 ? index(*target).value(id, -1) : -1;
        if (row < 0)
            return TreeNode::null();
        static const QRegularExpression positional(QStringLiteral(R"(^#\d+$)"));
        const QString label = PlanLayout::labelText(*target, m_plan, row);
        if (label.isEmpty() || labelUses(*target).value(label) > 1
            || positional.match(label).hasMatch())
            return TreeNode::string(QStringLiteral("#%1").arg(row + 1), ScalarStyle::Auto);
        return TreeNode::string(label);
    }

    const QHash<QString, int> &labelUses(const PlanTable &t)
    {
        auto it = m_labelUses.find(&t);
        if (it == m_labelUses.end()) {
            QHash<QString, int> uses;
            for (int r = 0; r < t.rowCount(m_plan); ++r)
                ++uses[PlanLayout::labelText(t, m_plan, r)];
            it = m_labelUses.insert(&t, uses);
        }
        return *it;
    }

    const QHash<qint64, int> &index(const PlanTable &t)
    {
        auto it = m_index.find(&t);
        if (it == m_index.end()) {
            QHash<qint64, int> rows;
            for (int r = 0; r < t.rowCount(m_plan); ++r)
                rows.insert(t.rowId(m_plan, r), r);
            it = m_index.insert(&t, rows);
        }
        return *it;
    }

    // Rows of a table owned by the row with id owner (0: rows without a valid
    // owner), in plan order; every row for a table that is never nested.
    std::vector<int> owned(const PlanTable &t, qint64 owner)
    {
        auto it = m_owned.find(&t);
        if (it == m_owned.end()) {
            const int parent = PlanLayout::parentField(t);
            const PlanTable *ownerTable
                = parent < 0 ? nullptr : findPlanTable(t.fields()[std::size_t(parent)].refTable);
            QHash<qint64, std::vector<int>> byOwner;
            for (int r = 0; r < t.rowCount(m_plan); ++r) {
                const qint64 id = ownerTable ? t.value(m_plan, r, parent).toLongLong() : 0;
                byOwner[id > 0 && index(*ownerTable).contains(id) ? id : 0].push_back(r);
            }
            it = m_owned.insert(&t, byOwner);
        }
        return PlanLayout::parentField(t) < 0 ? it->value(0) : it->value(owner);
    }

    std::vector<int> ownerless(const PlanTable &t) { return owned(t, 0); }

    const Plan &m_plan;
    QHash<const PlanTable *, RowData> m_defaults;
    QHash<const PlanTable *, QHash<qint64, int>> m_index;
    QHash<const PlanTable *, QHash<QString, int>> m_labelUses;
    QHash<const PlanTable *, QHash<qint64, std::vector<int>>> m_owned;
};

} // namespace

TreeNode PlanTreeWriter::write(const Plan &plan)
{
    return Writer(plan).document();
}

} // namespace accord
