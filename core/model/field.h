// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "membercount.h"
#include "valuecodec.h"

#include <set>
#include <vector>

namespace accord {

// One field of a row type T: its description plus typed access to the member.
template<typename T> struct Field {
    FieldInfo info;
    QVariant (*get)(const T &) = nullptr;
    bool (*set)(T &, const QVariant &) = nullptr;
};

// The description of a row type: its table/file name and fields in display order.
template<typename T> struct RowMeta {
    QString name; // snake_case: SQL table and YAML/JSON section key
    const char *label = ""; // translatable, context "accord::Field"
    std::vector<Field<T>> fields;
    Audience audience = Audience::Joint; // of every row (FieldInfo::audience)
};

// Specialised once per row type (core/model/*.cpp).
template<typename T> const RowMeta<T> &rowMeta();

// Whether T's descriptors describe every member of T but its id, each exactly once:
// a member added to the struct without a descriptor makes this false (tst_descriptors).
template<typename T> bool describesEveryMember(const RowMeta<T> &meta = rowMeta<T>())
{
    std::set<const void *> members;
    for (const auto &f : meta.fields)
        members.insert(f.info.member);
    constexpr std::size_t idMembers = requires(T row)
    {
        row.id;
    }
    ? 1 : 0;
    return members.size() == meta.fields.size() && !members.count(nullptr)
        && meta.fields.size() + idMembers == memberCount<T>();
}

// A unique address per struct member, the identity a field descriptor records.
template<auto Member> const void *memberTag()
{
    static const char tag = 0;
    return &tag;
}

namespace detail {
template<typename P> struct MemberOf;
template<typename C, typename M> struct MemberOf<M C::*> {
    using Class = C;
    using Type = M;
};
} // namespace detail

// field<&Milestone::targetDate>("target_date", "Target date")
template<auto Member>
Field<typename detail::MemberOf<decltype(Member)>::Class> field(
    const char *key, const char *label, FieldHint hint = FieldHint::None)
{
    using C = typename detail::MemberOf<decltype(Member)>::Class;
    using M = typename detail::MemberOf<decltype(Member)>::Type;
    FieldInfo info;
    info.key = QString::fromLatin1(key);
    info.label = label;
    info.kind = ValueCodec<M>::kind;
    info.hint = hint;
    info.member = memberTag<Member>();
    if (hint == FieldHint::Percent || hint == FieldHint::Score) {
        info.min = 0;
        info.max = 100;
    }
    if constexpr (std::is_enum_v<M>)
        info.enumInfo = &enumInfo<M>();
    return Field<C> {info, [](const C &row) { return ValueCodec<M>::toVariant(row.*Member); },
        [](C &row, const QVariant &v) { return ValueCodec<M>::fromVariant(v, row.*Member); }};
}

// A paragraph of text rather than one line.
template<auto Member> auto longText(const char *key, const char *label)
{
    auto f = field<Member>(key, label);
    f.info.kind = FieldKind::LongText;
    return f;
}

// A text without which the row means nothing (an account's company name).
template<typename F> F required(F field)
{
    field.info.required = true;
    return field;
}

// A field that records progress (FieldInfo::progress).
template<typename F> F progress(F field)
{
    field.info.progress = true;
    return field;
}

// The vendor's view (FieldInfo::audience): never in a document for the customer.
template<typename F> F internal(F field)
{
    field.info.audience = Audience::Internal;
    return field;
}

// A note that is internal when the row's Flag (a Bool field) is true.
template<auto Flag, typename F> F internalWhen(F field)
{
    field.info.internalWhen = memberTag<Flag>();
    return field;
}

// A free text whose usual keys are shown by their labels (Vocabulary).
template<typename F> F vocabulary(F field, const Vocabulary &words)
{
    field.info.vocabulary = &words;
    return field;
}

// A number that must lie within [min, max].
template<typename F> F within(F field, double min, double max = FieldInfo::kNoLimit)
{
    field.info.min = min;
    field.info.max = max;
    return field;
}

// A value that may not be less than the Earlier member's value of the same row
// (when both are set); message: %1 this value, %2 the earlier one.
template<auto Earlier, typename F> F notBefore(F field, const char *code, const char *message)
{
    field.info.notBefore = OrderRule {memberTag<Earlier>(), code, message};
    return field;
}

// A reference to a row of another table (the owner when parent is true).
template<auto Member>
auto ref(const char *key, const char *label, const char *table, bool parent = false)
{
    auto f = field<Member>(key, label);
    f.info.refTable = QString::fromLatin1(table);
    f.info.parent = parent;
    return f;
}

} // namespace accord

#define ACCORD_FIELD(text) QT_TRANSLATE_NOOP("accord::Field", text)
#define ACCORD_RULE(text) QT_TRANSLATE_NOOP("accord::Validation", text)
