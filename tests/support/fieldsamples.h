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
// for any other (field, salt), so a dropped or swapped field is noticed.
inline QVariant sampleValue(const FieldInfo &field, int salt)
{
    const int h = int(qHash(field.key) % 997);
    switch (field.kind) {
    case FieldKind::Text:
        return QStringLiteral("%1 «%2» #%3").arg(field.key).arg(h).arg(salt);
    case FieldKind::LongText:
        return QStringLiteral("Line one of %1\nline two: <b>&amp;</b> ✓ %2")
            .arg(field.key)
            .arg(salt);
    case FieldKind::Date:
        return QDate(2024, 1, 1).addDays(h + salt);
    case FieldKind::Integer:
    case FieldKind::OptInteger:
        return 2 + (h + salt) % 97;
    case FieldKind::Real:
    case FieldKind::OptReal:
        return 0.5 + h + salt * 0.25;
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
