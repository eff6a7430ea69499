// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace accord {

// An amount of money in integer minor units (cents) and an ISO 4217 currency code.
struct Money {
    qint64 minor = 0;
    QString currency;

    bool isEmpty() const { return minor == 0 && currency.isEmpty(); }
    bool operator==(const Money &) const = default;

    // "USD 150000.00" style, stable and locale-independent (files, tests).
    QString toCanonicalString() const;
    // "$150,000" for display in the given locale-independent short form.
    QString toDisplayString() const;
    // Accepts "$150,000", "150000 USD", "EUR 1.234,50"? (no: '.' is the decimal point),
    // "£12k", "1.5M GBP". Returns nullopt for anything ambiguous or malformed.
    static std::optional<Money> parse(const QString &text, const QString &defaultCurrency = {});
};

} // namespace accord

Q_DECLARE_METATYPE(accord::Money)
