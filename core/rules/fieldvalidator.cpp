// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvalidator.h"

#include "model/change.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace accord {

namespace {

constexpr qsizetype kMaxTextLength = 10000;
constexpr qsizetype kMaxLongTextLength = 100000;
const QDate kEarliest(1900, 1, 1);
const QDate kLatest(2200, 12, 31);

QString tr(const char *text)
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

// The row under validation, its values as the table's codecs hold them.
struct RowUnderTest {
    const PlanTable &table;
    qint64 id = 0;
    QVariantList values;

    FieldRef ref(int field) const { return {&table, field}; }
};

ValueProblem problem(const char *code, const RowUnderTest &row, int field, const QString &message)
{
    return {QString::fromLatin1(code), row.ref(field), message};
}

// ---- rules on one value ----------------------------------------------------------

using FieldRule = std::optional<QString> (*)(const FieldInfo &, const QVariant &);

std::optional<QString> required(const FieldInfo &field, const QVariant &value)
{
    if (!field.required || !value.toString().trimmed().isEmpty())
        return std::nullopt;
    return tr("%1 cannot be empty.").arg(field.translatedLabel());
}

std::optional<QString> numberRange(const FieldInfo &field, const QVariant &value)
{
    if (!field.hasRange() || value.isNull())
        return std::nullopt;
    const double n = value.toDouble();
    if (n >= field.min && n <= field.max)
        return std::nullopt;
    const QString label = field.translatedLabel();
    if (field.max == FieldInfo::kNoLimit && field.min == 0)
        return tr("%1 cannot be negative; %2 is not allowed.").arg(label, number(n));
    if (field.max == FieldInfo::kNoLimit)
        return tr("%1 must be at least %2; %3 is not.").arg(label, number(field.min), number(n));
    if (field.hint == FieldHint::Percent)
        return tr("%1 must be between %2 and %3 %; %4 is not.")
            .arg(label, number(field.min), number(field.max), number(n));
    return tr("%1 must be between %2 and %3; %4 is not.")
        .arg(label, number(field.min), number(field.max), number(n));
}

std::optional<QString> dateRange(const FieldInfo &field, const QVariant &value)
{
    const QDate date = value.toDate();
    if (field.kind != FieldKind::Date || !date.isValid() || (date >= kEarliest && date <= kLatest))
        return std::nullopt;
    return tr("%1 must be between %2 and %3; %4 is not.")
        .arg(field.translatedLabel(), kEarliest.toString(Qt::ISODate),
            kLatest.toString(Qt::ISODate), date.toString(Qt::ISODate));
}

QStringList textsOf(const FieldInfo &field, const QVariant &value)
{
    if (field.kind == FieldKind::Text || field.kind == FieldKind::LongText)
        return {value.toString()};
    if (field.kind == FieldKind::StringList)
        return value.toStringList();
    return {};
}

std::optional<QString> textLength(const FieldInfo &field, const QVariant &value)
{
    const qsizetype limit = field.kind == FieldKind::LongText ? kMaxLongTextLength : kMaxTextLength;
    qsizetype length = 0;
    for (const QString &t : textsOf(field, value))
        length = std::max(length, t.size());
    if (length <= limit)
        return std::nullopt;
    return tr("%1 is too long: %2 characters, at most %3 are allowed.")
        .arg(field.translatedLabel(), QString::number(length), QString::number(limit));
}

std::optional<QString> controlCharacters(const FieldInfo &field, const QVariant &value)
{
    for (const QString &t : textsOf(field, value)) {
        const qsizetype at = FieldValidator::forbiddenCharacter(t);
        if (at < 0)
            continue;
        return tr("%1 contains an invisible control character (U+%2) at character %3; texts may "
                  "hold tabs and line breaks but no other control characters.")
            .arg(field.translatedLabel())
            .arg(QString::number(t.at(at).unicode(), 16).toUpper().rightJustified(4, u'0'))
            .arg(at + 1);
    }
    return std::nullopt;
}

std::optional<QString> email(const FieldInfo &field, const QVariant &value)
{
    // One @, a non-empty local part, a domain of dot-separated labels, no spaces.
    static const QRegularExpression re(QStringLiteral(R"(^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$)"));
    const QString address = value.toString();
    if (field.hint != FieldHint::Email || address.isEmpty() || re.match(address).hasMatch())
        return std::nullopt;
    return tr("\"%1\" is not a valid e-mail address.").arg(address);
}

std::optional<QString> currency(const FieldInfo &field, const QVariant &value)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    const Money m = value.value<Money>();
    if (field.kind != FieldKind::Money || m.currency.isEmpty() || code.match(m.currency).hasMatch())
        return std::nullopt;
    return tr("The currency of %1 must be three capital letters such as USD or EUR; \"%2\" is "
              "not.")
        .arg(field.translatedLabel(), m.currency);
}

std::optional<QString> negativeMoney(const FieldInfo &field, const QVariant &value)
{
    if (field.kind != FieldKind::Money || value.value<Money>().minor >= 0)
        return std::nullopt;
    return tr("%1 cannot be negative; %2 is not allowed.")
        .arg(field.translatedLabel(), value.value<Money>().toDisplayString());
}

struct NamedRule {
    const char *code;
    FieldRule rule;
};

constexpr NamedRule kFieldRules[] = {{"required", &required}, {"text-too-long", &textLength},
    {"control-character", &controlCharacters}, {"date-out-of-range", &dateRange},
    {"out-of-range", &numberRange}, {"invalid-email", &email}, {"invalid-currency", &currency},
    {"negative-money", &negativeMoney}};

void addFieldProblems(const RowUnderTest &row, int f, std::vector<ValueProblem> &out)
{
    const FieldInfo &field = row.table.fields()[std::size_t(f)];
    for (const NamedRule &r : kFieldRules) {
        if (auto message = r.rule(field, row.values.value(f)))
            out.push_back(problem(r.code, row, f, *message));
    }
}

// ---- rules between two fields of a row ----------------------------------------------

bool isBefore(const QVariant &later, const QVariant &earlier)
{
    if (later.isNull() || earlier.isNull())
        return false;
    if (later.typeId() == QMetaType::QDate)
        return later.toDate() < earlier.toDate();
    return later.toDouble() < earlier.toDouble();
}

int fieldWithMember(const PlanTable &table, const void *member)
{
    const auto &fields = table.fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].member == member)
            return int(i);
    }
    return -1;
}

// Fields that may not be less than another of the row (FieldInfo::notBefore).
void addOrderProblems(const RowUnderTest &row, int only, std::vector<ValueProblem> &out)
{
    const auto &fields = row.table.fields();
    for (int later = 0; later < int(fields.size()); ++later) {
        const OrderRule &rule = fields[std::size_t(later)].notBefore;
        const int earlier = rule.earlier ? fieldWithMember(row.table, rule.earlier) : -1;
        if (earlier < 0 || (only >= 0 && only != earlier && only != later))
            continue;
        const QVariant laterValue = row.values.value(later);
        const QVariant earlierValue = row.values.value(earlier);
        if (isBefore(laterValue, earlierValue))
            out.push_back(problem(
                rule.code, row, later, tr(rule.message).arg(text(laterValue), text(earlierValue))));
    }
}

// ---- rules across tables ----------------------------------------------------------

QString interimMessage(QDate interim, QDate baseline)
{
    return tr("The interim target date (%1) is before the metric's baseline date (%2).")
        .arg(interim.toString(Qt::ISODate), baseline.toString(Qt::ISODate));
}

// An interim target dated before its metric's baseline date.
void addInterimProblems(
    const Plan &plan, const RowUnderTest &row, int only, std::vector<ValueProblem> &out)
{
    const FieldRef date = fieldOf<&InterimTarget::date>();
    const FieldRef metric = fieldOf<&InterimTarget::metric>();
    if (&row.table != date.table || !(only < 0 || only == date.index || only == metric.index))
        return;
    const qint64 metricId = row.values.value(metric.index).toLongLong();
    const QDate interim = row.values.value(date.index).toDate();
    for (const Metric &m : plan.metrics) {
        if (m.id.value == metricId && interim.isValid() && m.baselineDate.isValid()
            && interim < m.baselineDate)
            out.push_back(problem("interim-before-baseline", row, date.index,
                interimMessage(interim, m.baselineDate)));
    }
}

// A metric's baseline date moved past one of its interim targets. Edits only: a
// full-row check reports the problem once, on the interim target.
void addBaselineProblems(
    const Plan &plan, const RowUnderTest &row, int only, std::vector<ValueProblem> &out)
{
    const FieldRef baselineDate = fieldOf<&Metric::baselineDate>();
    if (&row.table != baselineDate.table || only != baselineDate.index)
        return;
    const QDate baseline = row.values.value(baselineDate.index).toDate();
    for (const InterimTarget &t : plan.interimTargets) {
        if (t.metric.value == row.id && t.date.isValid() && baseline.isValid()
            && t.date < baseline) {
            out.push_back(problem("interim-before-baseline", row, baselineDate.index,
                interimMessage(t.date, baseline)));
            return;
        }
    }
}

// Every rule broken by the row; only the rules involving field `only` when >= 0.
std::vector<ValueProblem> rowProblems(const Plan &plan, const RowUnderTest &row, int only)
{
    std::vector<ValueProblem> result;
    for (int f = 0; f < int(row.table.fields().size()); ++f) {
        if (only < 0 || f == only)
            addFieldProblems(row, f, result);
    }
    addOrderProblems(row, only, result);
    addInterimProblems(plan, row, only, result);
    addBaselineProblems(plan, row, only, result);
    return result;
}

Result<void> firstProblem(const std::vector<ValueProblem> &problems)
{
    if (problems.empty())
        return {};
    return Error {problems.front().message};
}

Error notHeld(const FieldInfo &field, const QVariant &value)
{
    return Error {QCoreApplication::translate("accord::Change", "%1 is not a valid value for %2.")
                      .arg(value.toString(), field.translatedLabel())};
}

Result<void> checkSetValue(const Plan &plan, const Change &change)
{
    const PlanTable &table = *change.table;
    const int index = table.indexOfRow(plan, change.rowId);
    if (index < 0 || change.field < 0 || change.field >= int(table.fields().size()))
        return {}; // a structural fault: Change::applyTo() says what it is
    const auto value = table.normalized(change.field, change.value);
    if (!value)
        return notHeld(change.fieldInfo(), change.value);
    RowUnderTest row {table, change.rowId, table.rowData(plan, index).values};
    row.values[change.field] = *value;
    return firstProblem(rowProblems(plan, row, change.field));
}

Result<void> checkInsertRow(const Plan &plan, const Change &change)
{
    const PlanTable &table = *change.table;
    RowUnderTest row {table, change.row.id, table.defaultRow(change.row.id).values};
    for (int f = 0; f < int(change.row.values.size()) && f < int(row.values.size()); ++f) {
        const auto value = table.normalized(f, change.row.values[f]);
        if (!value)
            return notHeld(table.fields()[std::size_t(f)], change.row.values[f]);
        row.values[f] = *value;
    }
    return firstProblem(rowProblems(plan, row, -1));
}

} // namespace

Result<void> FieldValidator::check(const Plan &plan, const Change &change)
{
    if (!change.table)
        return {};
    switch (change.kind) {
    case Change::Kind::SetValue:
        return checkSetValue(plan, change);
    case Change::Kind::InsertRow:
        return checkInsertRow(plan, change);
    case Change::Kind::RemoveRow:
    case Change::Kind::MoveRow:
        break;
    }
    return {};
}

std::vector<ValueProblem> FieldValidator::problemsOf(
    const Plan &plan, const PlanTable &table, int row)
{
    if (row < 0 || row >= table.rowCount(plan))
        return {};
    return rowProblems(plan, {table, table.rowId(plan, row), table.rowData(plan, row).values}, -1);
}

// Invisible characters that no text of a plan holds: the C0 controls but tab and
// line feed, DEL and the C1 controls (the formats a plan is written to forbid them
// or read them as commands), and halves of a surrogate pair.
qsizetype FieldValidator::forbiddenCharacter(const QString &text)
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

} // namespace accord
