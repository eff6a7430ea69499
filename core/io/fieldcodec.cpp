// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldcodec.h"

#include "model/enuminfo.h"
#include "model/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace accord {

namespace {

using Decoded = FieldCodec::Decoded;

Decoded good(QVariant value)
{
    return {std::move(value), {}};
}

Decoded bad(const QString &expected)
{
    return {{}, expected};
}

TreeNode encodeMoney(const Money &money)
{
    if (money.isEmpty())
        return TreeNode::null();
    const QString canonical = money.toCanonicalString();
    if (Money::parse(canonical) == money)
        return TreeNode::string(canonical);
    TreeNode map = TreeNode::map();
    map.insert(QStringLiteral("minor"), TreeNode::number(money.minor));
    map.insert(QStringLiteral("currency"), TreeNode::string(money.currency));
    return map;
}

Decoded decodeMoney(const TreeNode &node)
{
    const QString expected = QCoreApplication::translate(
        "accord::Import", "an amount such as \"$150,000\" or \"EUR 1200.00\"");
    if (node.isNull() || (node.isScalar() && node.text.isEmpty()))
        return good(QVariant::fromValue(Money {}));
    if (node.isScalar()) {
        const auto money = Money::parse(node.text);
        return money ? good(QVariant::fromValue(*money)) : bad(expected);
    }
    const TreeNode *minor = node.isMap() ? node.value(u"minor") : nullptr;
    const TreeNode *currency = node.isMap() ? node.value(u"currency") : nullptr;
    bool ok = false;
    const qint64 n = minor && minor->isScalar() ? minor->text.toLongLong(&ok) : 0;
    if (!ok || node.entries.size() != (currency ? 2u : 1u)
        || (currency && !currency->isScalar() && !currency->isNull()))
        return bad(expected);
    return good(QVariant::fromValue(Money {n, currency ? currency->text : QString()}));
}

Decoded decodeInteger(const TreeNode &node, bool optional)
{
    if (optional && (node.isNull() || (node.type == TreeNode::Type::String && node.text.isEmpty())))
        return good(QVariant());
    const QString expected = optional
        ? QCoreApplication::translate("accord::Import", "a whole number or null")
        : QCoreApplication::translate("accord::Import", "a whole number");
    static const QRegularExpression re(QStringLiteral(R"(^[-+]?\d{1,10}$)"));
    if (!node.isScalar() || node.type == TreeNode::Type::Bool
        || !re.match(node.text.trimmed()).hasMatch())
        return bad(expected);
    const qint64 n = node.text.trimmed().toLongLong();
    if (n < INT_MIN || n > INT_MAX)
        return bad(expected);
    return good(int(n));
}

Decoded decodeReal(const TreeNode &node, bool optional)
{
    if (optional && (node.isNull() || (node.type == TreeNode::Type::String && node.text.isEmpty())))
        return good(QVariant());
    const QString expected = optional
        ? QCoreApplication::translate("accord::Import", "a number or null")
        : QCoreApplication::translate("accord::Import", "a number");
    static const QRegularExpression re(
        QStringLiteral(R"(^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$)"));
    if (!node.isScalar() || node.type == TreeNode::Type::Bool
        || !re.match(node.text.trimmed()).hasMatch())
        return bad(expected);
    bool ok = false;
    const double d = node.text.trimmed().toDouble(&ok);
    return ok && std::isfinite(d) ? good(d) : bad(expected);
}

Decoded decodeBool(const TreeNode &node)
{
    const QString t = node.isScalar() ? node.text.trimmed().toLower() : QString();
    if (t == u"true" || t == u"yes")
        return good(true);
    if (t == u"false" || t == u"no")
        return good(false);
    return bad(QCoreApplication::translate("accord::Import", "true or false"));
}

Decoded decodeDate(const TreeNode &node)
{
    if (node.isNull() || (node.type == TreeNode::Type::String && node.text.isEmpty()))
        return good(QVariant());
    static const QRegularExpression re(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QDate date = node.type == TreeNode::Type::String && re.match(node.text).hasMatch()
        ? QDate::fromString(node.text, Qt::ISODate)
        : QDate();
    return date.isValid()
        ? good(date)
        : bad(QCoreApplication::translate("accord::Import", "a date in the form YYYY-MM-DD"));
}

Decoded decodeEnum(const FieldInfo &field, const TreeNode &node)
{
    const auto index = node.isScalar() ? field.enumInfo->indexOf(node.text) : std::nullopt;
    if (!index)
        return bad(QCoreApplication::translate("accord::Import", "one of %1")
                       .arg(field.enumInfo->keys().join(QStringLiteral(", "))));
    return good(field.enumInfo->entries[std::size_t(*index)].key);
}

// Line breaks as the plan keeps them: "\r\n" and a lone "\r" become "\n".
QString lineBreaks(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

Decoded decodeStringList(const TreeNode &node)
{
    if (node.isNull())
        return good(QStringList());
    if (node.isScalar()) // "plan_changes: none", or a single item written without a list
        return good(node.text.trimmed().compare(u"none", Qt::CaseInsensitive) == 0
                ? QStringList()
                : QStringList {lineBreaks(node.text)});
    if (!node.isList())
        return bad(QCoreApplication::translate("accord::Import", "a list of texts"));
    QStringList result;
    for (const TreeNode &item : node.items) {
        if (!item.isScalar() && !item.isNull())
            return bad(QCoreApplication::translate("accord::Import", "a list of texts"));
        result << lineBreaks(item.text);
    }
    return good(result);
}

} // namespace

TreeNode FieldCodec::encode(const FieldInfo &field, const QVariant &value, ScalarStyle textStyle)
{
    switch (field.kind) {
    case FieldKind::Text:
        return TreeNode::string(value.toString(), textStyle);
    case FieldKind::LongText:
        return TreeNode::string(value.toString(), ScalarStyle::Block);
    case FieldKind::Date:
        return value.toDate().isValid() ? TreeNode::string(value.toDate().toString(Qt::ISODate))
                                        : TreeNode::null();
    case FieldKind::Integer:
    case FieldKind::OptInteger:
        return value.isNull() ? TreeNode::null() : TreeNode::number(value.toLongLong());
    case FieldKind::Real:
    case FieldKind::OptReal:
        return value.isNull() ? TreeNode::null() : TreeNode::number(value.toDouble());
    case FieldKind::Bool:
        return TreeNode::boolean(value.toBool());
    case FieldKind::Money:
        return encodeMoney(value.value<Money>());
    case FieldKind::Enum:
        return TreeNode::string(value.toString(), ScalarStyle::Auto);
    case FieldKind::StringList: {
        TreeNode list = TreeNode::list();
        for (const QString &item : value.toStringList())
            list.items.push_back(TreeNode::string(item, textStyle));
        return list;
    }
    case FieldKind::Ref:
        break;
    }
    return TreeNode::null();
}

FieldCodec::Decoded FieldCodec::decode(const FieldInfo &field, const TreeNode &node)
{
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
        if (node.isNull())
            return good(QString());
        return node.isScalar() ? good(lineBreaks(node.text))
                               : bad(QCoreApplication::translate("accord::Import", "text"));
    case FieldKind::Date:
        return decodeDate(node);
    case FieldKind::Integer:
    case FieldKind::OptInteger:
        return decodeInteger(node, field.kind == FieldKind::OptInteger);
    case FieldKind::Real:
    case FieldKind::OptReal:
        return decodeReal(node, field.kind == FieldKind::OptReal);
    case FieldKind::Bool:
        return decodeBool(node);
    case FieldKind::Money:
        return decodeMoney(node);
    case FieldKind::Enum:
        return decodeEnum(field, node);
    case FieldKind::StringList:
        return decodeStringList(node);
    case FieldKind::Ref:
        if (node.isNull() || (node.isScalar() && node.text.isEmpty()))
            return good(QVariant());
        return node.isScalar() ? good(node.text)
                               : bad(QCoreApplication::translate(
                                   "accord::Import", "a reference (a name or #position)"));
    }
    return bad(QCoreApplication::translate("accord::Import", "a value"));
}

bool FieldCodec::isEmpty(const TreeNode &node)
{
    return node.isNull() || (node.type == TreeNode::Type::String && node.text.isEmpty())
        || (node.isList() && node.items.empty());
}

} // namespace accord
