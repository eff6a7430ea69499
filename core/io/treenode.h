// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QString>

#include <vector>

namespace accord {

struct TreeEntry;

// How the YAML writer should present a string (JSON ignores it).
enum class ScalarStyle {
    Auto, // plain when that reads back as the same string (keys, codes, durations)
    Quoted, // double-quoted free text
    Block, // a literal block for paragraphs, when that reads back exactly
};

// The format-independent form of a plan file: what YAML and JSON are parsed into
// and written from. Unlike QVariantMap it keeps the order of keys (the file schema's
// order) and where each value came from (for FILE:LINE:COL diagnostics).
// Every scalar keeps its text; YAML scalars arrive as String, JSON numbers and
// booleans as Number and Bool.
struct TreeNode {
    enum class Type { Null, String, Number, Bool, List, Map };

    Type type = Type::Null;
    QString text; // String, Number ("42", "0.5") and Bool ("true", "false")
    ScalarStyle style = ScalarStyle::Auto;
    bool flow = false; // List: written on one line ([a, b])
    std::vector<TreeNode> items; // List
    std::vector<TreeEntry> entries; // Map, in file order
    SourcePos pos;

    static TreeNode null();
    static TreeNode string(const QString &text, ScalarStyle style = ScalarStyle::Quoted);
    static TreeNode number(qint64 value);
    static TreeNode number(double value);
    static TreeNode boolean(bool value);
    static TreeNode list(bool flow = false);
    static TreeNode map();

    bool isNull() const { return type == Type::Null; }
    bool isScalar() const
    {
        return type == Type::String || type == Type::Number || type == Type::Bool;
    }
    bool isList() const { return type == Type::List; }
    bool isMap() const { return type == Type::Map; }

    // Map access; value() is null when the key is absent.
    const TreeEntry *entry(QStringView key) const;
    const TreeNode *value(QStringView key) const;
    TreeNode &insert(const QString &key, TreeNode value);
    int count() const; // this node and everything below it

    // For messages: "a map", "a list", "null", "\"text\"", "the number 4".
    QString describe() const;
};

struct TreeEntry {
    QString key;
    SourcePos keyPos;
    TreeNode value;
};

} // namespace accord
