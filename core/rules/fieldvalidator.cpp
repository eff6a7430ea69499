// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvalidator.h"

#include "model/change.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace accord {

namespace {

constexpr qsizetype kMaxTextLength = 10000;
constexpr qsizetype kMaxLongTextLength = 100000;
constexpr double kNoLimit = std::numeric_limits<double>::infinity();

// A text marked with QT_TRANSLATE_NOOP("accord::Validation", …), translated.
QString translated(const char *text)
{
    return QCoreApplication::translate("accord::Validation", text);
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString text(const QVariant &value)
{
    return value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate)
                                              : value.toString();
}

ValueProblem problem(const char *code, const FieldInfo &field, const QString &message)
{
    return {QString::fromLatin1(code), field.key, message};
}

// The row under validation, its values read back through the table's own codecs so
// that a date given as "2026-01-01" is a QDate and an unset number is null.
struct RowUnderTest {
    const PlanTable &table;
    qint64 id = 0;
    QVariantList values;

    QVariant value(QStringView key) const
    {
        const int f = table.fieldIndex(key);
        return f < 0 ? QVariant() : values.value(f);
    }
};

std::optional<QVariantList> normalized(const PlanTable &table, const QVariantList &values)
{
    Plan scratch;
    if (table.isCollection()) {
        if (!table.insertRow(scratch, 0, RowData {1, values}))
            return std::nullopt;
    } else {
        const int n = std::min(int(values.size()), int(table.fields().size()));
        for (int f = 0; f < n; ++f) {
            if (!table.setValue(scratch, 0, f, values[f]))
                return std::nullopt;
        }
    }
    return table.rowData(scratch, 0).values;
}

// ---- rules on one value ----------------------------------------------------------

using FieldRule
    = std::optional<ValueProblem> (*)(QStringView table, const FieldInfo &, const QVariant &);

struct Range {
    const char *table;
    const char *field;
    double min;
    double max;
};

// Numeric fields without a Percent or Score hint that still have bounds.
constexpr Range kRanges[] = {
    {"plan", "nps", -100, 100},
    {"plan", "scope_months", 1, kNoLimit},
    {"plan", "qbr_minutes", 1, kNoLimit},
    {"account", "seats", 0, kNoLimit},
    {"feature_importance", "importance", 1, 5},
    {"onboarding_step", "day", 0, kNoLimit},
    {"interim_target", "day_offset", 0, kNoLimit},
    {"user_group", "users", 0, kNoLimit},
    {"roi_period", "month", 0, kNoLimit},
    {"agenda_item", "minutes", 0, kNoLimit},
};

std::optional<Range> rangeOf(QStringView table, const FieldInfo &field)
{
    if (field.hint == FieldHint::Percent || field.hint == FieldHint::Score)
        return Range {"", "", 0, 100};
    for (const Range &r : kRanges) {
        if (table == QLatin1String(r.table) && field.key == QLatin1String(r.field))
            return r;
    }
    return std::nullopt;
}

QString rangeMessage(const FieldInfo &field, const Range &r, const QString &value)
{
    const QString label = field.translatedLabel();
    if (r.max == kNoLimit && r.min == 0)
        return QCoreApplication::translate(
            "accord::Validation", "%1 cannot be negative; %2 is not allowed.")
            .arg(label, value);
    if (r.max == kNoLimit)
        return QCoreApplication::translate(
            "accord::Validation", "%1 must be at least %2; %3 is not.")
            .arg(label, number(r.min), value);
    if (field.hint == FieldHint::Percent)
        return QCoreApplication::translate(
            "accord::Validation", "%1 must be between %2 and %3 %; %4 is not.")
            .arg(label, number(r.min), number(r.max), value);
    return QCoreApplication::translate(
        "accord::Validation", "%1 must be between %2 and %3; %4 is not.")
        .arg(label, number(r.min), number(r.max), value);
}

std::optional<ValueProblem> numberRange(
    QStringView table, const FieldInfo &field, const QVariant &value)
{
    const std::optional<Range> r = rangeOf(table, field);
    if (!r || value.isNull())
        return std::nullopt;
    const double n = value.toDouble();
    if (n >= r->min && n <= r->max)
        return std::nullopt;
    return problem("out-of-range", field, rangeMessage(field, *r, number(n)));
}

std::optional<ValueProblem> dateRange(QStringView, const FieldInfo &field, const QVariant &value)
{
    const QDate date = value.toDate();
    const QDate earliest(1900, 1, 1);
    const QDate latest(2200, 12, 31);
    if (field.kind != FieldKind::Date || !date.isValid() || (date >= earliest && date <= latest))
        return std::nullopt;
    return problem("date-out-of-range", field,
        QCoreApplication::translate(
            "accord::Validation", "%1 must be between %2 and %3; %4 is not.")
            .arg(field.translatedLabel(), earliest.toString(Qt::ISODate),
                latest.toString(Qt::ISODate), date.toString(Qt::ISODate)));
}

qsizetype longestText(const FieldInfo &field, const QVariant &value)
{
    if (field.kind == FieldKind::Text || field.kind == FieldKind::LongText)
        return value.toString().size();
    qsizetype longest = 0;
    if (field.kind == FieldKind::StringList) {
        for (const QString &item : value.toStringList())
            longest = std::max(longest, item.size());
    }
    return longest;
}

std::optional<ValueProblem> textLength(QStringView, const FieldInfo &field, const QVariant &value)
{
    const qsizetype limit = field.kind == FieldKind::LongText ? kMaxLongTextLength : kMaxTextLength;
    const qsizetype length = longestText(field, value);
    if (length <= limit)
        return std::nullopt;
    return problem("text-too-long", field,
        QCoreApplication::translate(
            "accord::Validation", "%1 is too long: %2 characters, at most %3 are allowed.")
            .arg(field.translatedLabel(), QString::number(length), QString::number(limit)));
}

std::optional<ValueProblem> email(QStringView, const FieldInfo &field, const QVariant &value)
{
    // One @, a non-empty local part, a domain of dot-separated labels, no spaces.
    static const QRegularExpression re(QStringLiteral(R"(^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$)"));
    const QString address = value.toString();
    if (field.hint != FieldHint::Email || address.isEmpty() || re.match(address).hasMatch())
        return std::nullopt;
    return problem("invalid-email", field,
        QCoreApplication::translate("accord::Validation", "\"%1\" is not a valid e-mail address.")
            .arg(address));
}

std::optional<ValueProblem> money(QStringView, const FieldInfo &field, const QVariant &value)
{
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (field.kind != FieldKind::Money)
        return std::nullopt;
    const Money m = value.value<Money>();
    if (!m.currency.isEmpty() && !currencyCode.match(m.currency).hasMatch()) {
        return problem("invalid-currency", field,
            QCoreApplication::translate("accord::Validation",
                "The currency of %1 must be three capital letters such as USD or EUR; \"%2\" is "
                "not.")
                .arg(field.translatedLabel(), m.currency));
    }
    if (m.minor < 0) {
        return problem("negative-money", field,
            QCoreApplication::translate(
                "accord::Validation", "%1 cannot be negative; %2 is not allowed.")
                .arg(field.translatedLabel(), m.toDisplayString()));
    }
    return std::nullopt;
}

std::optional<ValueProblem> requiredText(QStringView, const FieldInfo &field, const QVariant &value)
{
    if (!field.required || !value.toString().trimmed().isEmpty())
        return std::nullopt;
    return problem("required", field,
        QCoreApplication::translate("accord::Validation", "%1 cannot be empty.")
            .arg(field.translatedLabel()));
}

// Invisible characters that no text of a plan holds: the C0 controls but tab and
// line feed, DEL and the C1 controls (the formats a plan is written to forbid them
// or read them as commands), and halves of a surrogate pair.
qsizetype forbiddenCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u < 0xa0))
            return i;
        if (QChar::isHighSurrogate(u) && i + 1 < text.size()
            && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(u))
            return i;
    }
    return -1;
}

std::optional<ValueProblem> controlCharacters(
    QStringView, const FieldInfo &field, const QVariant &value)
{
    QStringList texts;
    if (field.kind == FieldKind::Text || field.kind == FieldKind::LongText)
        texts << value.toString();
    else if (field.kind == FieldKind::StringList)
        texts = value.toStringList();
    for (const QString &text : texts) {
        const qsizetype at = forbiddenCharacter(text);
        if (at < 0)
            continue;
        return problem("control-character", field,
            QCoreApplication::translate("accord::Validation",
                "%1 contains an invisible control character (U+%2) at character %3; texts may "
                "hold tabs and line breaks but no other control characters.")
                .arg(field.translatedLabel())
                .arg(QString::number(text.at(at).unicode(), 16).toUpper().rightJustified(4, u'0'))
                .arg(at + 1));
    }
    return std::nullopt;
}

constexpr FieldRule kFieldRules[]
    = {&requiredText, &textLength, &controlCharacters, &dateRange, &numberRange, &email, &money};

void addFieldProblems(const RowUnderTest &row, int f, std::vector<ValueProblem> &out)
{
    const FieldInfo &field = row.table.fields()[std::size_t(f)];
    for (FieldRule rule : kFieldRules) {
        if (auto p = rule(row.table.name(), field, row.values.value(f)))
            out.push_back(*p);
    }
}

// ---- rules between two fields of a row ----------------------------------------------

// `later` must not be less than `earlier` when both are set.
struct OrderRule {
    const char *code;
    const char *table;
    const char *earlier;
    const char *later;
    const char *message; // %1 the later value, %2 the earlier one
};

constexpr OrderRule kOrderRules[] = {
    {"date-order", "metric", "baseline_date", "target_date",
        QT_TRANSLATE_NOOP(
            "accord::Validation", "The target date (%1) is before the baseline date (%2).")},
    {"date-order", "milestone", "start_date", "target_date",
        QT_TRANSLATE_NOOP(
            "accord::Validation", "The target date (%1) is before the start date (%2).")},
    {"date-order", "milestone", "start_date", "actual_date",
        QT_TRANSLATE_NOOP(
            "accord::Validation", "The actual date (%1) is before the start date (%2).")},
    {"date-order", "account", "contract_start", "renewal_date",
        QT_TRANSLATE_NOOP(
            "accord::Validation", "The renewal date (%1) is before the contract start (%2).")},
    {"thresholds-inverted", "plan", "health_yellow_min", "health_green_min",
        QT_TRANSLATE_NOOP("accord::Validation",
            "The at-risk threshold (%2) is above the healthy threshold (%1).")},
};

bool isBefore(const QVariant &later, const QVariant &earlier)
{
    if (later.isNull() || earlier.isNull())
        return false;
    if (later.typeId() == QMetaType::QDate)
        return later.toDate() < earlier.toDate();
    return later.toDouble() < earlier.toDouble();
}

void addOrderProblems(const RowUnderTest &row, QStringView only, std::vector<ValueProblem> &out)
{
    for (const OrderRule &rule : kOrderRules) {
        const QString earlierKey = QString::fromLatin1(rule.earlier);
        const QString laterKey = QString::fromLatin1(rule.later);
        if (row.table.name() != QLatin1String(rule.table)
            || (!only.isEmpty() && only != earlierKey && only != laterKey))
            continue;
        const QVariant earlier = row.value(earlierKey);
        const QVariant later = row.value(laterKey);
        if (isBefore(later, earlier))
            out.push_back({QString::fromLatin1(rule.code), laterKey,
                translated(rule.message).arg(text(later), text(earlier))});
    }
}

// ---- rules across tables ----------------------------------------------------------

QString interimMessage(QDate interim, QDate baseline)
{
    return QCoreApplication::translate("accord::Validation",
        "The interim target date (%1) is before the metric's baseline date (%2).")
        .arg(interim.toString(Qt::ISODate), baseline.toString(Qt::ISODate));
}

// An interim target dated before its metric's baseline date.
void addInterimProblems(
    const Plan &plan, const RowUnderTest &row, QStringView only, std::vector<ValueProblem> &out)
{
    if (row.table.name() != u"interim_target"
        || !(only.isEmpty() || only == u"date" || only == u"metric_id"))
        return;
    const qint64 metricId = row.value(u"metric_id").toLongLong();
    const QDate date = row.value(u"date").toDate();
    for (const Metric &m : plan.metrics) {
        if (m.id.value == metricId && date.isValid() && m.baselineDate.isValid()
            && date < m.baselineDate)
            out.push_back({QStringLiteral("interim-before-baseline"), QStringLiteral("date"),
                interimMessage(date, m.baselineDate)});
    }
}

// A metric's baseline date moved past one of its interim targets. Edits only: a
// full-row check reports the problem once, on the interim target.
void addBaselineProblems(
    const Plan &plan, const RowUnderTest &row, QStringView only, std::vector<ValueProblem> &out)
{
    if (row.table.name() != u"metric" || only != u"baseline_date")
        return;
    const QDate baseline = row.value(u"baseline_date").toDate();
    for (const InterimTarget &t : plan.interimTargets) {
        if (t.metric.value == row.id && t.date.isValid() && baseline.isValid()
            && t.date < baseline) {
            out.push_back({QStringLiteral("interim-before-baseline"),
                QStringLiteral("baseline_date"), interimMessage(t.date, baseline)});
            return;
        }
    }
}

// Every rule broken by the row; only a rule involving `only` when it is not empty.
std::vector<ValueProblem> rowProblems(const Plan &plan, const RowUnderTest &row, QStringView only)
{
    std::vector<ValueProblem> result;
    for (int f = 0; f < int(row.table.fields().size()); ++f) {
        if (only.isEmpty() || row.table.fields()[std::size_t(f)].key == only)
            addFieldProblems(row, f, result);
    }
    addOrderProblems(row, only, result);
    addInterimProblems(plan, row, only, result);
    addBaselineProblems(plan, row, only, result);
    return result;
}

std::optional<QString> firstMessage(const std::vector<ValueProblem> &problems)
{
    if (problems.empty())
        return std::nullopt;
    return problems.front().message;
}

std::optional<QString> checkSetValue(const Plan &plan, const PlanTable &table, const Change &change)
{
    const int index = table.indexOfRow(plan, change.rowId);
    const int f = table.fieldIndex(change.field);
    if (index < 0 || f < 0)
        return std::nullopt;
    QVariantList values = table.rowData(plan, index).values;
    values[f] = change.value;
    const auto after = normalized(table, values);
    if (!after)
        return std::nullopt;
    return firstMessage(rowProblems(plan, {table, change.rowId, *after}, change.field));
}

std::optional<QString> checkInsertRow(
    const Plan &plan, const PlanTable &table, const Change &change)
{
    const auto values = normalized(table, change.row.values);
    if (!values)
        return std::nullopt;
    return firstMessage(rowProblems(plan, {table, change.row.id, *values}, {}));
}

} // namespace

std::optional<QString> FieldValidator::check(const Plan &plan, const Change &change)
{
    const PlanTable *table = findPlanTable(change.table);
    if (!table)
        return std::nullopt;
    switch (change.kind) {
    case Change::Kind::SetValue:
        return checkSetValue(plan, *table, change);
    case Change::Kind::InsertRow:
        return checkInsertRow(plan, *table, change);
    case Change::Kind::RemoveRow:
    case Change::Kind::MoveRow:
        break;
    }
    return std::nullopt;
}

std::vector<ValueProblem> FieldValidator::problemsOf(
    const Plan &plan, const PlanTable &table, int row)
{
    if (row < 0 || row >= table.rowCount(plan))
        return {};
    return rowProblems(plan, {table, table.rowId(plan, row), table.rowData(plan, row).values}, {});
}

} // namespace accord
