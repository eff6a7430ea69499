// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enuminfo.h"
#include "model/fieldinfo.h"
#include "model/money.h"

#include <QDate>
#include <QStringList>
#include <QVariant>

namespace accord::test {

// A value of the field's kind that differs from the default and from the value
// for any other (field, salt), so a dropped or swapped field is noticed, and that
// the editor would accept: percentages and scores within 0-100 (thresholds in
// order), e-mail addresses that are addresses, and dates in the order the date
// rules want (a start or baseline date before every other date).
inline QVariant sampleValue(const FieldInfo &field, int salt)
{
    const int h = int(qHash(field.key) % 997);
    const bool bounded = field.hint == FieldHint::Percent || field.hint == FieldHint::Score;
    const int within100 = 5 + (h + salt) % 40 + (field.key.contains(u"green") ? 50 : 0);
    const bool early = field.key.contains(u"start") || field.key.contains(u"baseline");
    switch (field.kind) {
    case FieldKind::Text:
        if (field.hint == FieldHint::Email)
            return QStringLiteral("%1.%2.%3@example.com").arg(field.key).arg(h).arg(salt);
        return QStringLiteral("%1 «%2» #%3").arg(field.key).arg(h).arg(salt);
    case FieldKind::LongText:
        return QStringLiteral("Line one of %1\nline two: <b>&amp;</b> ✓ %2")
            .arg(field.key)
            .arg(salt);
    case FieldKind::Date:
        return QDate(2024, 1, 1).addDays((early ? 0 : 5000) + (h + salt) % 2000);
    case FieldKind::Integer:
    case FieldKind::OptInteger:
        if (bounded)
            return within100;
        if (field.key == u"importance") // 1 to 5
            return 1 + (h + salt) % 5;
        return 2 + (h + salt) % 97;
    case FieldKind::Real:
    case FieldKind::OptReal:
        return bounded ? within100 + 0.5 : 0.5 + h + salt * 0.25;
    case FieldKind::Bool:
        return true;
    case FieldKind::Money:
        return QVariant::fromValue(Money {qint64(100000 + h * 100 + salt), QStringLiteral("EUR")});
    case FieldKind::Enum:
        return field.enumInfo->entries.back().key;
    case FieldKind::StringList:
        return QStringList {QStringLiteral("first %1").arg(field.key),
            QStringLiteral("second, with \"quotes\" %1").arg(salt)};
    case FieldKind::Ref:
        return qlonglong(1 + salt % 5);
    }
    return {};
}

} // namespace accord::test
