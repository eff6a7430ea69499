// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlayout.h"

#include "model/plan.h"
#include "model/plantable.h"

#include <QDate>

#include <algorithm>
#include <map>

namespace accord {

namespace {

using Kind = LayoutEntry::Kind;
using Format = LayoutEntry::Format;

const PlanTable &table(QStringView name)
{
    return *findPlanTable(name);
}

LayoutEntry fieldEntry(const PlanTable &t, int f)
{
    const FieldInfo &info = t.fields()[std::size_t(f)];
    LayoutEntry e;
    e.field = f;
    e.key = info.key;
    if (info.kind == FieldKind::Ref && e.key.endsWith(u"_id"))
        e.key.chop(3);
    if (info.kind == FieldKind::Enum || info.hint == FieldHint::Code)
        e.style = ScalarStyle::Auto;
    return e;
}

// The entry for a field by key, written under fileKey (its own key if empty).
LayoutEntry fieldEntry(
    const PlanTable &t, QStringView key, const QString &fileKey = {}, bool always = true)
{
    LayoutEntry e = fieldEntry(t, t.fieldIndex(key));
    if (!fileKey.isEmpty())
        e.key = fileKey;
    e.always = always;
    return e;
}

LayoutEntry group(const QString &key, std::vector<LayoutEntry> entries, Kind kind = Kind::Group)
{
    LayoutEntry e;
    e.kind = kind;
    e.key = key;
    e.always = true;
    e.entries = std::move(entries);
    return e;
}

LayoutEntry children(const PlanTable &child, const QString &key = {})
{
    LayoutEntry e;
    e.kind = Kind::Children;
    e.child = &child;
    e.key = key.isEmpty() ? PlanLayout::sectionKey(child) : key;
    return e;
}

LayoutEntry *find(std::vector<LayoutEntry> &entries, QStringView key)
{
    for (LayoutEntry &e : entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

// Puts the entries named in `leading` first, in that order, and marks them as
// always written; the others keep their order.
void arrange(std::vector<LayoutEntry> &entries, std::initializer_list<const char16_t *> leading)
{
    std::vector<LayoutEntry> result;
    for (const char16_t *key : leading) {
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (it->key == QStringView(key)) {
                it->always = true;
                result.push_back(std::move(*it));
                entries.erase(it);
                break;
            }
        }
    }
    for (LayoutEntry &e : entries)
        result.push_back(std::move(e));
    entries = std::move(result);
}

TableLayout generic(const PlanTable &t)
{
    TableLayout layout {&t, PlanLayout::parentField(t), {}};
    for (int f = 0; f < int(t.fields().size()); ++f) {
        if (f != layout.parentField)
            layout.entries.push_back(fieldEntry(t, f));
    }
    for (const PlanTable *c : planTables()) {
        const int p = c->isCollection() ? PlanLayout::parentField(*c) : -1;
        if (p >= 0 && c->fields()[std::size_t(p)].refTable == t.name())
            layout.entries.push_back(children(*c));
    }
    return layout;
}

void outcomeLayout(TableLayout &layout)
{
    const PlanTable &metric = table(u"metric");
    std::vector<LayoutEntry> &e = layout.entries;
    find(e, u"code")->key = QStringLiteral("id");
    arrange(e, {u"id", u"description", u"business_value", u"status", u"milestones"});
    e.erase(std::remove_if(
                e.begin(), e.end(), [&](const LayoutEntry &x) { return x.child == &metric; }),
        e.end());
    auto baseline = group(QStringLiteral("baseline"),
        {fieldEntry(metric, u"name", QStringLiteral("metric")),
            fieldEntry(metric, u"baseline_text", QStringLiteral("current")),
            fieldEntry(metric, u"baseline_date", QStringLiteral("measured_on")),
            fieldEntry(metric, u"baseline_value", QStringLiteral("value")),
            fieldEntry(metric, u"unit"),
            fieldEntry(metric, u"baseline_source", QStringLiteral("source"), false)});
    auto target = group(QStringLiteral("target"),
        {fieldEntry(metric, u"name", QStringLiteral("metric")),
            fieldEntry(metric, u"target_text", QStringLiteral("goal")),
            fieldEntry(metric, u"target_date"),
            fieldEntry(metric, u"target_value", QStringLiteral("value")),
            fieldEntry(metric, u"unit"), fieldEntry(metric, u"direction", {}, false)});
    e.insert(
        e.begin() + 3, group(QStringLiteral("primary_metric"), {baseline, target}, Kind::Embedded));
    e.push_back(group(QStringLiteral("primary_metric_tracking"),
        {fieldEntry(metric, u"data_source", {}, false), children(table(u"interim_target")),
            children(table(u"measurement"))},
        Kind::Embedded));
    LayoutEntry more = children(metric, QStringLiteral("additional_metrics"));
    more.skipFirst = true;
    e.push_back(more);
}

void adjust(TableLayout &layout)
{
    const QString name = layout.table->name();
    std::vector<LayoutEntry> &e = layout.entries;
    if (name == u"stakeholder") {
        e.erase(std::find_if(
            e.begin(), e.end(), [](const LayoutEntry &x) { return x.key == u"side"; }));
        find(e, u"title")->key = QStringLiteral("role");
        find(e, u"type")->style = ScalarStyle::Auto;
        find(e, u"engagement")->style = ScalarStyle::Auto;
        arrange(e, {u"name", u"role", u"type"});
    } else if (name == u"outcome") {
        outcomeLayout(layout);
    } else if (name == u"metric") {
        for (const char16_t *key : {u"name", u"baseline_value", u"target_value", u"unit"})
            find(e, key)->always = true; // present, so that import does not extract them again
    } else if (name == u"milestone") {
        arrange(e, {u"name", u"target_date", u"actual_date", u"status", u"owner"});
    } else if (name == u"risk") {
        find(e, u"code")->key = QStringLiteral("id");
        arrange(e,
            {u"id", u"description", u"impact", u"likelihood", u"mitigation", u"status", u"owner"});
    } else if (name == u"review") {
        arrange(e, {u"date", u"attendees", u"summary", u"decisions", u"plan_changes"});
        find(e, u"attendees")->flow = true;
        find(e, u"plan_changes")->format = Format::NoneWhenEmpty;
    } else if (name == u"agenda_item") {
        LayoutEntry *minutes = find(e, u"minutes");
        minutes->key = QStringLiteral("duration");
        minutes->format = Format::Minutes;
        arrange(e, {u"topic", u"duration", u"content"});
    }
}

std::vector<LayoutEntry> planRecord()
{
    const PlanTable &h = headerTable();
    std::vector<LayoutEntry> e;
    for (int f = 0; f < int(h.fields().size()); ++f) {
        if (!h.fields()[std::size_t(f)].key.startsWith(u"qbr_"))
            e.push_back(fieldEntry(h, f));
    }
    arrange(e, {u"version", u"created", u"last_reviewed", u"next_review", u"status"});
    return e;
}

std::vector<LayoutEntry> customerRecord()
{
    const PlanTable &a = accountTable();
    LayoutEntry segment = fieldEntry(a, u"segment");
    segment.style = ScalarStyle::Auto;
    return {fieldEntry(a, u"company"), fieldEntry(a, u"industry"), segment,
        group(QStringLiteral("contract"),
            {fieldEntry(a, u"contract_start", QStringLiteral("start_date")),
                fieldEntry(a, u"renewal_date"), fieldEntry(a, u"arr_text", QStringLiteral("arr")),
                fieldEntry(a, u"product", QStringLiteral("plan_tier")),
                fieldEntry(a, u"arr", QStringLiteral("arr_amount")),
                fieldEntry(a, u"seats", {}, false)}),
        fieldEntry(a, u"customer_id", {}, false), fieldEntry(a, u"tier", {}, false),
        fieldEntry(a, u"overview", {}, false), fieldEntry(a, u"business_case", {}, false)};
}

std::vector<LayoutEntry> qbrRecord()
{
    const PlanTable &h = headerTable();
    LayoutEntry duration = fieldEntry(h, u"qbr_minutes", QStringLiteral("duration"));
    duration.format = Format::LongMinutes;
    LayoutEntry customer = fieldEntry(h, u"qbr_customer_attendees", QStringLiteral("customer"));
    LayoutEntry vendor = fieldEntry(h, u"qbr_vendor_attendees", QStringLiteral("vendor"));
    for (LayoutEntry *e : {&customer, &vendor}) {
        e->flow = true;
        e->style = ScalarStyle::Auto;
    }
    LayoutEntry agenda = children(table(u"agenda_item"), QStringLiteral("agenda"));
    agenda.always = true;
    return {duration, group(QStringLiteral("attendees"), {customer, vendor}), agenda};
}

DocumentSection rows(const PlanTable &t, const QString &key = {}, bool always = false)
{
    return {DocumentSection::Kind::Rows, key.isEmpty() ? PlanLayout::sectionKey(t) : key, &t, {},
        -1, always};
}

} // namespace

const std::vector<DocumentSection> &PlanLayout::sections()
{
    static const std::vector<DocumentSection> result = [] {
        using K = DocumentSection::Kind;
        const PlanTable &stakeholder = table(u"stakeholder");
        std::vector<DocumentSection> s {
            {K::Record, QStringLiteral("plan"), &headerTable(), planRecord(), -1, true},
            {K::Record, QStringLiteral("customer"), &accountTable(), customerRecord(), -1, true},
            {K::BySide, QStringLiteral("stakeholders"), &stakeholder, {},
                stakeholder.fieldIndex(u"side"), true},
            rows(table(u"outcome"), {}, true),
            rows(table(u"risk"), {}, true),
            rows(table(u"review"), {}, true),
            {K::Record, QStringLiteral("qbr"), &headerTable(), qbrRecord(), -1, true},
        };
        for (const PlanTable *t : planTables()) {
            const bool placed = std::any_of(
                s.begin(), s.end(), [t](const DocumentSection &x) { return x.table == t; });
            if (t->isCollection() && !placed && t->name() != u"agenda_item")
                s.push_back(rows(*t));
        }
        return s;
    }();
    return result;
}

const TableLayout &PlanLayout::of(const PlanTable &t)
{
    static const std::map<const PlanTable *, TableLayout> layouts = [] {
        std::map<const PlanTable *, TableLayout> result;
        for (const PlanTable *t : planTables()) {
            TableLayout layout = generic(*t);
            adjust(layout);
            result.emplace(t, std::move(layout));
        }
        return result;
    }();
    return layouts.at(&t);
}

QString PlanLayout::sectionKey(const PlanTable &t)
{
    const QString name = t.name();
    if (name == u"review")
        return QStringLiteral("review_history");
    if (name == u"feature_importance")
        return name;
    static const QString vowels = QStringLiteral("aeiou");
    if (name.endsWith(u'y') && name.size() > 1 && !vowels.contains(name.at(name.size() - 2)))
        return name.chopped(1) + QStringLiteral("ies");
    for (const char16_t *suffix : {u"s", u"x", u"ch", u"sh"}) {
        if (name.endsWith(QStringView(suffix)))
            return name + QStringLiteral("es");
    }
    return name + u's';
}

int PlanLayout::parentField(const PlanTable &t)
{
    const auto &fields = t.fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].kind == FieldKind::Ref && fields[i].parent)
            return int(i);
    }
    // The file schema nests milestones under their outcome although an outcome does not own them.
    return t.name() == u"milestone" ? t.fieldIndex(u"outcome_id") : -1;
}

int PlanLayout::labelField(const PlanTable &t)
{
    for (const char16_t *key : {u"code", u"name", u"date", u"title", u"topic", u"term"}) {
        const int f = t.fieldIndex(QStringView(key));
        if (f >= 0)
            return f;
    }
    return 0;
}

QString PlanLayout::labelText(const PlanTable &t, const Plan &plan, int row)
{
    const QVariant value = t.value(plan, row, labelField(t));
    return value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate)
                                              : value.toString();
}

} // namespace accord
