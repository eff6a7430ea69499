// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "treenode.h"

#include <QSet>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <optional>
#include <unordered_map>

namespace accord {

// Thrown (and caught by YamlPlanFormat) when the document breaks a limit or a
// rule of plan files; carries where and what was expected.
struct YamlTreeError {
    YAML::Mark mark;
    QString message;
};

// Builds a TreeNode from yaml-cpp's parser events, so that limits apply while
// the document is read (yaml-cpp's own node graph is never built): nesting depth,
// number of values (each use of an alias counts its whole copy), one document,
// scalar keys, each key once per map. Merge keys ("<<: *defaults") are applied as
// YAML 1.1 defines them: the keys of the merged maps that the map does not give
// itself, earlier maps of a list of merges first.
class YamlTreeBuilder final : public YAML::EventHandler {
public:
    std::optional<TreeNode> takeRoot() { return std::move(m_root); }
    // A problem that is reported only if yaml-cpp finds no syntax error first
    // (an unclosed "[" reads as a list used as a key until the end of the input).
    const std::optional<YamlTreeError> &deferredError() const { return m_deferred; }

    void OnDocumentStart(const YAML::Mark &mark) override;
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
        const std::string &value) override;
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
        YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override;
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
        YAML::EmitterStyle::value style) override;
    void OnMapEnd() override;

private:
    struct Frame {
        TreeNode node;
        YAML::Mark mark;
        YAML::anchor_t anchor = 0;
        bool hasKey = false; // Map: a key waits for its value
        QString key;
        SourcePos keyPos;
        QSet<QString> keys; // Map: the keys so far
        bool dropValue = false; // Map: the key was not a key name
        bool mergeNext = false; // Map: the key was a plain "<<"
        std::vector<TreeNode> merges; // Map: the values of its merge keys
    };
    struct Anchored {
        TreeNode node;
        int size = 0;
    };

    void open(TreeNode node, const YAML::Mark &mark, YAML::anchor_t anchor);
    void close();
    void merge(Frame &frame);
    void add(TreeNode node, const YAML::Mark &mark, YAML::anchor_t anchor, int size);
    [[noreturn]] void fail(const YAML::Mark &mark, const QString &message) const;

    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    std::optional<TreeNode> m_root;
    std::optional<YamlTreeError> m_deferred;
    bool m_plainScalar = false; // the last scalar had no quotes and no tag
    int m_nodes = 0;
    int m_documents = 0;
};

} // namespace accord
