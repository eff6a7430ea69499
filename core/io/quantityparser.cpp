// SPDX-License-Identifier: GPL-3.0-or-later
#include "quantityparser.h"

#include "model/money.h"

#include <QRegularExpression>

#include <cmath>

namespace accord {

namespace {

// A number with '.' as the decimal point and optional ',' thousands groups.
const QString kNumber = QStringLiteral(R"([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)");

std::optional<double> toNumber(QString digits)
{
    digits.remove(u',');
    bool ok = false;
    const double value = digits.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<Quantity> proportion(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(%1)\s+of\s+(%1)\s*\(\s*(%1)\s*%\s*\)$)").arg(kNumber),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const auto part = toNumber(m.captured(1));
    const auto whole = toNumber(m.captured(2));
    const auto percent = toNumber(m.captured(3));
    if (!part || !whole || !percent || *whole <= 0)
        return std::nullopt;
    if (std::abs(*part / *whole * 100 - *percent) > 0.5)
        return std::nullopt; // the numbers disagree: which one is meant?
    return Quantity {*percent, QStringLiteral("%")};
}

std::optional<Quantity> amount(const QString &text)
{
    static const QRegularExpression currency(
        QStringLiteral(R"(^\s*(?:US\$|A\$|C\$|[$€£¥]|[A-Z]{3}\s))"));
    if (!currency.match(text).hasMatch())
        return std::nullopt;
    const auto money = Money::parse(text);
    if (!money || money->currency.isEmpty())
        return std::nullopt;
    return Quantity {double(money->minor) / 100.0, money->currency};
}

// Seconds per time unit, keyed by the spellings a metric's unit may start with.
std::optional<double> secondsPer(QStringView word)
{
    static const struct {
        QStringView names[4];
        double seconds;
    } units[] = {
        {{u"second", u"seconds", u"sec", u"secs"}, 1},
        {{u"minute", u"minutes", u"min", u"mins"}, 60},
        {{u"hour", u"hours", u"hr", u"hrs"}, 3600},
        {{u"day", u"days", u"d", u"days"}, 86400},
        {{u"week", u"weeks", u"wk", u"wks"}, 604800},
    };
    for (const auto &u : units) {
        for (QStringView name : u.names) {
            if (word.compare(name, Qt::CaseInsensitive) == 0)
                return u.seconds;
        }
    }
    return std::nullopt;
}

struct TimeUnit {
    double seconds = 0;
    QString rest; // " per report"
};

std::optional<TimeUnit> timeUnit(const QString &unit)
{
    const qsizetype space = unit.indexOf(u' ');
    const QString first = space < 0 ? unit : unit.left(space);
    const auto seconds = secondsPer(first);
    if (!seconds)
        return std::nullopt;
    return TimeUnit {*seconds, space < 0 ? QString() : unit.mid(space).toLower()};
}

} // namespace

std::optional<Quantity> QuantityParser::parse(QStringView input)
{
    const QString text = input.trimmed().toString().simplified();
    if (text.isEmpty())
        return std::nullopt;
    if (auto q = proportion(text))
        return q;
    if (auto q = amount(text))
        return q;
    // A number, then optionally a unit that starts with a letter or is '%' and
    // holds no further digits (no ranges, ratios or second numbers).
    static const QRegularExpression re(
        QStringLiteral(R"(^(%1)(?:\s*(%)|\s*([^\W\d_][^\d]*))?$)").arg(kNumber),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const auto value = toNumber(m.captured(1));
    if (!value)
        return std::nullopt;
    QString unit = m.captured(2).isEmpty() ? m.captured(3).trimmed() : m.captured(2);
    return Quantity {*value, unit};
}

QuantityParser::Reconciled QuantityParser::reconcile(
    const std::optional<Quantity> &baseline, const std::optional<Quantity> &target)
{
    if (!baseline && !target)
        return {};
    if (!baseline)
        return {std::nullopt, target->value, target->unit};
    if (!target)
        return {baseline->value, std::nullopt, baseline->unit};
    if (baseline->unit.compare(target->unit, Qt::CaseInsensitive) == 0)
        return {baseline->value, target->value, baseline->unit};
    const auto from = timeUnit(baseline->unit);
    const auto to = timeUnit(target->unit);
    if (!from || !to || from->rest != to->rest)
        return {};
    const bool baselineSmaller = from->seconds <= to->seconds;
    const double unitSeconds = baselineSmaller ? from->seconds : to->seconds;
    return {baseline->value * from->seconds / unitSeconds,
        target->value * to->seconds / unitSeconds, baselineSmaller ? baseline->unit : target->unit};
}

std::optional<int> QuantityParser::minutes(QStringView input)
{
    static const QRegularExpression re(QStringLiteral(R"(^(-?\d+(?:\.\d+)?)\s*([A-Za-z]*)$)"));
    const QRegularExpressionMatch m = re.match(input.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    double factor = 0;
    if (unit.isEmpty() || unit == u"m" || unit == u"min" || unit == u"mins" || unit == u"minute"
        || unit == u"minutes")
        factor = 1;
    else if (unit == u"h" || unit == u"hr" || unit == u"hrs" || unit == u"hour" || unit == u"hours")
        factor = 60;
    else
        return std::nullopt;
    const double value = m.captured(1).toDouble() * factor;
    if (value != std::floor(value) || std::abs(value) > 1e6)
        return std::nullopt;
    return int(value);
}

} // namespace accord
