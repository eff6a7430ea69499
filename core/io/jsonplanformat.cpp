// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonplanformat.h"

#include "importlimits.h"
#include "jsonlocator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace accord {

namespace {

// A rough count of the values in the text (separators and brackets outside
// strings), so that a huge flat document is refused before QJsonDocument builds it.
qsizetype estimatedValues(const QByteArray &data)
{
    qsizetype count = 1;
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ',' || c == '[' || c == '{') {
            ++count;
        }
    }
    return count;
}

struct Converter {
    const QHash<QString, SourcePos> &positions;
    int nodes = 0;
    QString error;

    TreeNode convert(const QJsonValue &value, int depth, const QString &path)
    {
        TreeNode node = convertValue(value, depth, path);
        node.pos = positions.value(path);
        return node;
    }

    TreeNode convertValue(const QJsonValue &value, int depth, const QString &path)
    {
        if (!error.isEmpty())
            return {};
        if (++nodes > ImportLimits::maxNodes) {
            error = QCoreApplication::translate(
                "accord::Import", "expected at most %1 values, found more")
                        .arg(ImportLimits::maxNodes);
            return {};
        }
        if ((value.isArray() || value.isObject()) && depth > ImportLimits::maxDepth) {
            error = QCoreApplication::translate(
                "accord::Import", "expected at most %1 levels of nesting, found deeper nesting")
                        .arg(ImportLimits::maxDepth);
            return {};
        }
        switch (value.type()) {
        case QJsonValue::Bool:
            return TreeNode::boolean(value.toBool());
        case QJsonValue::Double:
            return number(value);
        case QJsonValue::String:
            return TreeNode::string(value.toString());
        case QJsonValue::Array: {
            TreeNode list = TreeNode::list();
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                list.items.push_back(convert(array.at(i), depth + 1, JsonLocator::child(path, i)));
            return list;
        }
        case QJsonValue::Object: {
            TreeNode map = TreeNode::map();
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                map.insert(
                    it.key(), convert(it.value(), depth + 1, JsonLocator::child(path, it.key())));
            return map;
        }
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        return TreeNode::null();
    }

    static TreeNode number(const QJsonValue &value)
    {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.2e18)
            return TreeNode::number(value.toInteger(qint64(d)));
        return TreeNode::number(d);
    }
};

QJsonValue toJson(const TreeNode &node)
{
    switch (node.type) {
    case TreeNode::Type::Null:
        return QJsonValue::Null;
    case TreeNode::Type::String:
        return node.text;
    case TreeNode::Type::Bool:
        return node.text == u"true";
    case TreeNode::Type::Number: {
        bool isInteger = false;
        const qint64 n = node.text.toLongLong(&isInteger);
        return isInteger ? QJsonValue(n) : QJsonValue(node.text.toDouble());
    }
    case TreeNode::Type::List: {
        QJsonArray array;
        for (const TreeNode &item : node.items)
            array.append(toJson(item));
        return array;
    }
    case TreeNode::Type::Map: {
        QJsonObject object;
        for (const TreeEntry &e : node.entries)
            object.insert(e.key, toJson(e.value));
        return object;
    }
    }
    return QJsonValue::Null;
}

} // namespace

std::optional<TreeNode> JsonPlanFormat::read(
    const QByteArray &data, const QString &fileName, ImportReport &report)
{
    const auto fail = [&](SourcePos pos, const QString &message) {
        report.errors.push_back({fileName, pos, {}, message});
        return std::nullopt;
    };
    if (data.size() > ImportLimits::maxBytes)
        return fail({}, ImportLimits::sizeError(data.size()));
    if (estimatedValues(data) > ImportLimits::maxNodes)
        return fail({},
            QCoreApplication::translate("accord::Import", "expected at most %1 values, found more")
                .arg(ImportLimits::maxNodes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(SourcePos::at(data, error.offset),
            QCoreApplication::translate(
                "accord::Import", "expected well-formed JSON, found a syntax error (%1)")
                .arg(error.errorString()));
    QHash<QString, SourcePos> positions;
    if (const auto problem = JsonLocator::scan(data, &positions))
        return fail(problem->pos, problem->message);
    Converter converter {positions, 0, {}};
    TreeNode root = doc.isObject() ? converter.convert(doc.object(), 1, QString())
                                   : converter.convert(doc.array(), 1, QString());
    if (!converter.error.isEmpty())
        return fail({}, converter.error);
    return root;
}

QByteArray JsonPlanFormat::write(const TreeNode &tree)
{
    const QJsonValue value = toJson(tree);
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return doc.toJson(QJsonDocument::Indented);
}

} // namespace accord
