// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldtext.h"

#include "model/enuminfo.h"
#include "model/money.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>

namespace accord {

namespace {

const QString kListSeparator = QStringLiteral("; ");

QString enumText(const FieldInfo &field, const QVariant &value, bool label)
{
    const QString key = value.toString();
    if (!label || !field.enumInfo)
        return key;
    const auto index = field.enumInfo->indexOf(key);
    return index ? field.enumInfo->label(*index) : key;
}

QString realText(const FieldInfo &field, const QVariant &value, bool forPeople)
{
    const QString text = FieldText::number(value.toDouble());
    if (forPeople && field.hint == FieldHint::Percent)
        return QCoreApplication::translate("accord::Export", "%1%").arg(text);
    return text;
}

// Everything both forms write the same way; the caller handles Enum, Money and Bool.
QString commonText(const FieldInfo &field, const QVariant &value, bool forPeople)
{
    switch (field.kind) {
    case FieldKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldKind::StringList:
        return value.toStringList().join(kListSeparator);
    case FieldKind::Real:
    case FieldKind::OptReal:
        return realText(field, value, forPeople);
    case FieldKind::Integer:
    case FieldKind::OptInteger:
        return QString::number(value.toLongLong());
    default:
        return value.toString();
    }
}

} // namespace

QString FieldText::display(const FieldInfo &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (field.kind) {
    case FieldKind::Enum:
        return enumText(field, value, true);
    case FieldKind::Money:
        return isEmpty(field, value) ? QString() : value.value<Money>().toDisplayString();
    case FieldKind::Bool:
        return value.toBool() ? QCoreApplication::translate("accord::Export", "Yes")
                              : QCoreApplication::translate("accord::Export", "No");
    case FieldKind::Text:
        if (field.vocabulary)
            return field.vocabulary->display(value.toString());
        return commonText(field, value, true);
    case FieldKind::StringList:
        if (field.vocabulary) { // each item a key or a text of its own
            QStringList labels;
            for (const QString &item : value.toStringList())
                labels << field.vocabulary->label(item);
            return labels.join(kListSeparator);
        }
        return commonText(field, value, true);
    default:
        return commonText(field, value, true);
    }
}

QString FieldText::machine(const FieldInfo &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (field.kind) {
    case FieldKind::Enum:
        return enumText(field, value, false);
    case FieldKind::Money:
        return isEmpty(field, value) ? QString() : value.value<Money>().toCanonicalString();
    case FieldKind::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldKind::Ref:
        return value.toLongLong() > 0 ? QString::number(value.toLongLong()) : QString();
    default:
        return commonText(field, value, false);
    }
}

bool FieldText::isEmpty(const FieldInfo &field, const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Enum:
        return value.toString().trimmed().isEmpty();
    case FieldKind::Date:
        return !value.toDate().isValid();
    case FieldKind::StringList:
        return value.toStringList().join(QString()).trimmed().isEmpty();
    case FieldKind::Money:
        return value.value<Money>().isEmpty();
    case FieldKind::Ref:
        return value.toLongLong() <= 0;
    default:
        return false;
    }
}

QString FieldText::number(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString FieldText::internalNote()
{
    return QCoreApplication::translate("accord::FieldText",
        "Internal: left out of every document, slide and calendar made for the customer.");
}

} // namespace accord
