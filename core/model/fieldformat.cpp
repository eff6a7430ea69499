// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldformat.h"

#include "enuminfo.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace accord {

QString FieldFormat::toText(const FieldInfo &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
        return value.toString();
    case FieldKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldKind::Integer:
    case FieldKind::OptInteger:
        return field.hint == FieldHint::Percent ? QStringLiteral("%1 %").arg(value.toInt()) : QString::number(value.toInt());
    case FieldKind::Real:
    case FieldKind::OptReal: {
        const QString number = QString::number(value.toDouble(), 'g', 12);
        return field.hint == FieldHint::Percent ? QStringLiteral("%1 %").arg(number) : number;
    }
    case FieldKind::Bool:
        return value.toBool() ? QCoreApplication::translate("accord::Field", "Yes") : QCoreApplication::translate("accord::Field", "No");
    case FieldKind::Money: {
        const Money m = value.value<Money>();
        return m.isEmpty() ? QString() : m.toDisplayString();
    }
    case FieldKind::Enum: {
        const auto index = field.enumInfo ? field.enumInfo->indexOf(value.toString()) : std::nullopt;
        return index ? field.enumInfo->label(*index) : value.toString();
    }
    case FieldKind::StringList:
        return value.toStringList().join(QStringLiteral("; "));
    case FieldKind::Ref:
        return QString::number(value.toLongLong());
    }
    return value.toString();
}

} // namespace accord
