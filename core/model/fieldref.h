// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "field.h"
#include "plantable.h"

#include <QMetaType>

namespace accord {

// One field of one table, named by its struct member: fieldOf<&Milestone::targetDate>().
// Code outside the model and its mappings addresses fields this way, never by their
// keys, so that a renamed member is a compile error rather than a silent miss.
struct FieldRef {
    const PlanTable *table = nullptr;
    int index = -1;

    bool isValid() const { return table && index >= 0; }
    const FieldInfo &info() const { return table->fields()[std::size_t(index)]; }
    bool operator==(const FieldRef &) const = default;
};

namespace detail {
const PlanTable &tableOfType(const void *rowType);
FieldRef fieldWithMember(const PlanTable &table, const void *member);
} // namespace detail

// The table whose rows are T (Milestone, Risk…; PlanHeader and Account for the
// plan's and the account's record).
template<typename T> const PlanTable &tableOf()
{
    static const PlanTable &table = detail::tableOfType(rowTypeTag<T>());
    return table;
}

template<auto Member> FieldRef fieldOf()
{
    using Row = typename detail::MemberOf<decltype(Member)>::Class;
    static const FieldRef ref = detail::fieldWithMember(tableOf<Row>(), memberTag<Member>());
    return ref;
}

// Several tables, in the order given: tablesOf<Integration, DataMigration>().
template<typename... Rows> std::vector<const PlanTable *> tablesOf()
{
    return {&tableOf<Rows>()...};
}

// Several fields of one row type, in the order given: the columns of a form or a
// table (fieldsOf<&Risk::code, &Risk::description>()).
template<auto... Members> std::vector<FieldRef> fieldsOf()
{
    return {fieldOf<Members>()...};
}

// The raw id of a row, whatever its id type.
inline qint64 rawId(qint64 id)
{
    return id;
}
template<typename Tag> qint64 rawId(Id<Tag> id)
{
    return id.value;
}

} // namespace accord

Q_DECLARE_METATYPE(accord::FieldRef)
