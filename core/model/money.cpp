// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QRegularExpression>

#include <cmath>

namespace accord {

namespace {

struct Symbol {
    QStringView symbol;
    QStringView code;
};

constexpr Symbol kSymbols[] = {
    {u"$", u"USD"},
    {u"US$", u"USD"},
    {u"€", u"EUR"},
    {u"£", u"GBP"},
    {u"¥", u"JPY"},
    {u"A$", u"AUD"},
    {u"C$", u"CAD"},
    {u"CHF", u"CHF"},
};

QString codeForSymbol(QStringView s)
{
    for (const Symbol &sym : kSymbols) {
        if (sym.symbol == s)
            return sym.code.toString();
    }
    return {};
}

QString symbolForCode(QStringView code)
{
    if (code == u"USD")
        return QStringLiteral("$");
    if (code == u"EUR")
        return QStringLiteral("€");
    if (code == u"GBP")
        return QStringLiteral("£");
    return {};
}

QString groupThousands(qint64 units)
{
    QString digits = QString::number(units);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

} // namespace

QString Money::toCanonicalString() const
{
    const qint64 absMinor = minor < 0 ? -minor : minor;
    QString text = QStringLiteral("%1%2.%3")
                       .arg(minor < 0 ? QStringLiteral("-") : QString())
                       .arg(absMinor / 100)
                       .arg(absMinor % 100, 2, 10, QLatin1Char('0'));
    return currency.isEmpty() ? text : currency + u' ' + text;
}

QString Money::toDisplayString() const
{
    const qint64 absMinor = minor < 0 ? -minor : minor;
    QString amount = groupThousands(absMinor / 100);
    if (absMinor % 100 != 0)
        amount += QStringLiteral(".%1").arg(absMinor % 100, 2, 10, QLatin1Char('0'));
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const QString symbol = symbolForCode(currency);
    if (!symbol.isEmpty())
        return sign + symbol + amount;
    return currency.isEmpty() ? sign + amount : sign + amount + u' ' + currency;
}

std::optional<Money> Money::parse(const QString &text, const QString &defaultCurrency)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(?<pre>[A-Z]{3}|US\$|A\$|C\$|[$€£¥])?\s*(?<sign>-)?\s*(?<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d{1,2}))?\s*(?<mult>[kKmM])?\s*(?<post>[A-Z]{3})?\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString pre = m.captured(u"pre");
    const QString post = m.captured(u"post");
    if (!pre.isEmpty() && !post.isEmpty())
        return std::nullopt;
    QString code = pre.size() == 3 && pre.at(0).isLetter() ? pre : codeForSymbol(pre);
    if (!post.isEmpty())
        code = post;
    if (code.isEmpty())
        code = defaultCurrency;

    QString digits = m.captured(u"num");
    digits.remove(u',');
    bool ok = false;
    const qint64 units = digits.toLongLong(&ok);
    if (!ok || units > (qint64(1) << 50))
        return std::nullopt;
    QString frac = m.captured(u"frac");
    if (frac.size() == 1)
        frac += u'0';
    qint64 minor = units * 100 + (frac.isEmpty() ? 0 : frac.toLongLong());
    const QString mult = m.captured(u"mult").toLower();
    if (mult == u"k")
        minor *= 1000;
    else if (mult == u"m")
        minor *= 1000000;
    if (!m.captured(u"sign").isEmpty())
        minor = -minor;
    return Money {minor, code};
}

} // namespace accord
