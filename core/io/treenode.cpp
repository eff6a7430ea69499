// SPDX-License-Identifier: GPL-3.0-or-later
#include "treenode.h"

#include <QCoreApplication>
#include <QLocale>

namespace accord {

TreeNode TreeNode::null()
{
    return {};
}

TreeNode TreeNode::string(const QString &text, ScalarStyle style)
{
    TreeNode node;
    node.type = Type::String;
    node.text = text;
    node.style = style;
    return node;
}

TreeNode TreeNode::number(qint64 value)
{
    TreeNode node;
    node.type = Type::Number;
    node.text = QString::number(value);
    return node;
}

TreeNode TreeNode::number(double value)
{
    TreeNode node;
    node.type = Type::Number;
    node.text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    return node;
}

TreeNode TreeNode::boolean(bool value)
{
    TreeNode node;
    node.type = Type::Bool;
    node.text = value ? QStringLiteral("true") : QStringLiteral("false");
    return node;
}

TreeNode TreeNode::list(bool flow)
{
    TreeNode node;
    node.type = Type::List;
    node.flow = flow;
    return node;
}

TreeNode TreeNode::map()
{
    TreeNode node;
    node.type = Type::Map;
    return node;
}

const TreeEntry *TreeNode::entry(QStringView key) const
{
    for (const TreeEntry &e : entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

const TreeNode *TreeNode::value(QStringView key) const
{
    const TreeEntry *e = entry(key);
    return e ? &e->value : nullptr;
}

TreeNode &TreeNode::insert(const QString &key, TreeNode value)
{
    entries.push_back(TreeEntry {key, value.pos, std::move(value)});
    return entries.back().value;
}

int TreeNode::count() const
{
    int n = 1;
    for (const TreeNode &item : items)
        n += item.count();
    for (const TreeEntry &e : entries)
        n += e.value.count();
    return n;
}

QString TreeNode::describe() const
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("accord::Import", text); };
    switch (type) {
    case Type::Null:
        return tr("null");
    case Type::Map:
        return tr("a map");
    case Type::List:
        return tr("a list");
    case Type::Number:
        return tr("the number %1").arg(text);
    case Type::Bool:
        return tr("the boolean %1").arg(text);
    case Type::String:
        break;
    }
    constexpr qsizetype maxShown = 60;
    QString shown = text.size() > maxShown ? text.left(maxShown) + u'…' : text;
    shown.replace(u'\n', QStringLiteral("\\n"));
    return tr("\"%1\"").arg(shown);
}

} // namespace accord
