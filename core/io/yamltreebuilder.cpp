// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamltreebuilder.h"

#include "importlimits.h"

#include <QCoreApplication>

namespace accord {

namespace {

SourcePos toPos(const YAML::Mark &mark)
{
    if (mark.is_null())
        return {};
    return {mark.line + 1, mark.column + 1};
}

} // namespace

void YamlTreeBuilder::fail(const YAML::Mark &mark, const QString &message) const
{
    throw YamlTreeError {mark, message};
}

void YamlTreeBuilder::OnDocumentStart(const YAML::Mark &mark)
{
    if (++m_documents > 1)
        fail(mark,
            QCoreApplication::translate(
                "accord::Import", "expected a single YAML document, found a second one"));
}

void YamlTreeBuilder::OnNull(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    m_plainScalar = false;
    TreeNode node = TreeNode::null();
    node.pos = toPos(mark);
    add(std::move(node), mark, anchor, 1);
}

void YamlTreeBuilder::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    m_plainScalar = false;
    const auto it = m_anchors.find(anchor);
    if (it == m_anchors.end())
        fail(mark,
            QCoreApplication::translate("accord::Import",
                "expected an alias of a complete value, found an alias inside the value it names"));
    // An alias is a full copy, counted in full: a "billion laughs" file hits the limit early.
    if (m_nodes + it->second.size > ImportLimits::maxNodes)
        fail(mark,
            QCoreApplication::translate("accord::Import",
                "expected at most %1 values (aliases count each time they are used), found more")
                .arg(ImportLimits::maxNodes));
    TreeNode copy = it->second.node;
    copy.pos = toPos(mark);
    add(std::move(copy), mark, 0, it->second.size);
}

void YamlTreeBuilder::OnScalar(
    const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value)
{
    m_plainScalar = tag == "?";
    TreeNode node = TreeNode::string(QString::fromStdString(value));
    node.pos = toPos(mark);
    add(std::move(node), mark, anchor, 1);
}

void YamlTreeBuilder::OnSequenceStart(const YAML::Mark &mark, const std::string &,
    YAML::anchor_t anchor, YAML::EmitterStyle::value style)
{
    open(TreeNode::list(style == YAML::EmitterStyle::Flow), mark, anchor);
}

void YamlTreeBuilder::OnSequenceEnd()
{
    close();
}

void YamlTreeBuilder::OnMapStart(
    const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value)
{
    open(TreeNode::map(), mark, anchor);
}

void YamlTreeBuilder::OnMapEnd()
{
    close();
}

void YamlTreeBuilder::open(TreeNode node, const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (int(m_stack.size()) >= ImportLimits::maxDepth)
        fail(mark,
            QCoreApplication::translate(
                "accord::Import", "expected at most %1 levels of nesting, found deeper nesting")
                .arg(ImportLimits::maxDepth));
    node.pos = toPos(mark);
    m_stack.push_back(Frame {std::move(node), mark, anchor, false, {}, {}, {}, false, false, {}});
}

void YamlTreeBuilder::close()
{
    if (m_stack.empty())
        return;
    Frame frame = std::move(m_stack.back());
    m_stack.pop_back();
    if (frame.node.isMap() && frame.hasKey && !frame.dropValue
        && !frame.mergeNext) // "key:" with no value reads as null
        frame.node.insert(frame.key, TreeNode::null());
    merge(frame);
    // The nodes below were counted as they arrived; count this one.
    add(std::move(frame.node), frame.mark, frame.anchor, 1);
}

void YamlTreeBuilder::add(TreeNode node, const YAML::Mark &mark, YAML::anchor_t anchor, int size)
{
    m_nodes += size;
    const int anchoredSize = anchor != 0 ? node.count() : 0;
    m_nodes += anchoredSize; // the copy kept for aliases is memory too
    if (m_nodes > ImportLimits::maxNodes)
        fail(mark,
            QCoreApplication::translate("accord::Import",
                "expected at most %1 values (aliases count each time they are used), found more")
                .arg(ImportLimits::maxNodes));
    if (anchor != 0)
        m_anchors[anchor] = Anchored {node, anchoredSize};
    if (m_stack.empty()) {
        m_root = std::move(node);
        return;
    }
    Frame &parent = m_stack.back();
    if (parent.node.isList()) {
        parent.node.items.push_back(std::move(node));
        return;
    }
    if (!parent.hasKey) {
        if (!node.isScalar()) {
            if (!m_deferred)
                m_deferred = YamlTreeError {mark,
                    QCoreApplication::translate("accord::Import", "expected a key name, found %1")
                        .arg(node.describe())};
            parent.hasKey = true;
            parent.dropValue = true;
            return;
        }
        if (parent.keys.contains(node.text))
            fail(mark,
                QCoreApplication::translate(
                    "accord::Import", "expected each key once in a map, found \"%1\" again")
                    .arg(node.text));
        parent.keys.insert(node.text);
        parent.mergeNext = m_plainScalar && node.text == u"<<";
        parent.key = node.text;
        parent.keyPos = node.pos;
        parent.hasKey = true;
        return;
    }
    if (parent.mergeNext)
        parent.merges.push_back(std::move(node));
    else if (!parent.dropValue)
        parent.node.entries.push_back(TreeEntry {parent.key, parent.keyPos, std::move(node)});
    parent.hasKey = false;
    parent.dropValue = false;
    parent.mergeNext = false;
}

void YamlTreeBuilder::merge(Frame &frame)
{
    for (TreeNode &value : frame.merges) {
        std::vector<TreeNode> maps;
        if (value.isMap())
            maps.push_back(std::move(value));
        else if (value.isList())
            maps = std::move(value.items);
        for (TreeNode &map : maps) {
            if (!map.isMap())
                fail(frame.mark,
                    QCoreApplication::translate("accord::Import",
                        "expected a map or a list of maps after the merge key \"<<\", found %1")
                        .arg(map.describe()));
            for (TreeEntry &entry : map.entries) {
                if (!frame.node.entry(entry.key))
                    frame.node.entries.push_back(std::move(entry));
            }
        }
        if (maps.empty())
            fail(frame.mark,
                QCoreApplication::translate("accord::Import",
                    "expected a map or a list of maps after the merge key \"<<\", found %1")
                    .arg(value.describe()));
    }
}

} // namespace accord
