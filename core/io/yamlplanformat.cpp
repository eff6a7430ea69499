// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlplanformat.h"

#include "importlimits.h"
#include "yamltreebuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <cctype>
#include <sstream>

namespace accord {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// True when the string, written without quotes, reads back as the same string in
// YAML 1.1 and 1.2 alike: a word or a few, not a number, boolean, null or date.
bool isSafePlain(const QString &text)
{
    static const QRegularExpression words(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9_ .-]*$)"));
    static const QRegularExpression number(QStringLiteral(
        R"(^[-+]?(\.?[0-9][0-9_]*)(\.[0-9_]*)?([eE][-+]?[0-9]+)?$|^0[xXoObB][0-9a-fA-F_]+$)"));
    static const QRegularExpression special(
        QStringLiteral(R"(^(y|n|yes|no|true|false|on|off|null)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(text).hasMatch() && !text.endsWith(u' ')
        && !text.contains(QStringLiteral("  ")) && !number.match(text).hasMatch()
        && !special.match(text).hasMatch()
        && text.contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
}

// True when yaml-cpp's literal block ("|") reads back as exactly this string: it
// always ends the block with one line break (clip chomping) and cannot indicate
// indentation, so the text must end with one '\n' and no line may start with
// whitespace or hold control or line-separator characters.
bool isSafeLiteral(const QString &text)
{
    if (!text.endsWith(u'\n') || text.endsWith(QStringLiteral("\n\n")) || text.size() < 2)
        return false;
    bool lineStart = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            lineStart = true;
            continue;
        }
        if (lineStart && (u == u' ' || u == u'\t'))
            return false;
        if ((u < 0x20 && u != u'\t') || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029
            || u == 0xfeff)
            return false;
        if (u >= 0x80 && u < 0xa0) // C1 controls
            return false;
        lineStart = false;
    }
    return !text.contains(QStringLiteral(" \n")) && !text.contains(QStringLiteral("\t\n"));
}

void emitString(YAML::Emitter &out, const TreeNode &node)
{
    switch (node.style) {
    case ScalarStyle::Auto:
        if (isSafePlain(node.text)) {
            out << utf8(node.text);
            return;
        }
        break;
    case ScalarStyle::Block:
        if (isSafeLiteral(node.text)) {
            out << YAML::Literal << utf8(node.text);
            return;
        }
        break;
    case ScalarStyle::Quoted:
        break;
    }
    out << YAML::DoubleQuoted << utf8(node.text);
}

void emitNode(YAML::Emitter &out, const TreeNode &node)
{
    switch (node.type) {
    case TreeNode::Type::Null:
        out << YAML::Null;
        return;
    case TreeNode::Type::String:
        emitString(out, node);
        return;
    case TreeNode::Type::Number:
    case TreeNode::Type::Bool:
        out << utf8(node.text);
        return;
    case TreeNode::Type::List:
        if (node.flow || node.items.empty())
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const TreeNode &item : node.items)
            emitNode(out, item);
        out << YAML::EndSeq;
        return;
    case TreeNode::Type::Map:
        if (node.entries.empty())
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (const TreeEntry &e : node.entries) {
            out << YAML::Key << utf8(e.key) << YAML::Value;
            emitNode(out, e.value);
        }
        out << YAML::EndMap;
        return;
    }
}

// yaml-cpp keeps every token of a flow collection that might be a key ("[a, b]:")
// until the collection ends, before any event reaches YamlTreeBuilder; bounding
// the flow separators of the whole text bounds that queue. Every one of them
// starts a value, which ImportLimits::maxNodes bounds anyway (text in quotes is
// counted too: over-counting only refuses absurd files).
qsizetype tooManyFlowSeparators(const QByteArray &data)
{
    int count = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if ((c == ',' || c == '[' || c == '{') && ++count > ImportLimits::maxNodes)
            return i;
    }
    return -1;
}

Diagnostic diagnostic(const QString &fileName, const YAML::Mark &mark, const QString &message)
{
    Diagnostic d {fileName, {}, {}, message};
    if (!mark.is_null())
        d.pos = {mark.line + 1, mark.column + 1};
    return d;
}

} // namespace

std::optional<TreeNode> YamlPlanFormat::read(
    const QByteArray &data, const QString &fileName, ImportReport &report)
{
    if (data.size() > ImportLimits::maxBytes) {
        report.errors.push_back({fileName, {}, {}, ImportLimits::sizeError(data.size())});
        return std::nullopt;
    }
    if (const qsizetype at = tooManyFlowSeparators(data); at >= 0) {
        report.errors.push_back({fileName, SourcePos::at(data, at), {},
            QCoreApplication::translate("accord::Import", "expected at most %1 values, found more")
                .arg(ImportLimits::maxNodes)});
        return std::nullopt;
    }
    std::istringstream in(std::string(data.constData(), std::size_t(data.size())));
    YamlTreeBuilder builder;
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder)) { }
    } catch (const YamlTreeError &e) {
        report.errors.push_back(diagnostic(fileName, e.mark, e.message));
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        report.errors.push_back(diagnostic(fileName, e.mark,
            QCoreApplication::translate(
                "accord::Import", "expected well-formed YAML, found a syntax error (%1)")
                .arg(QString::fromStdString(e.msg))));
        return std::nullopt;
    } catch (const std::exception &e) {
        report.errors.push_back(diagnostic(fileName, YAML::Mark::null_mark(),
            QCoreApplication::translate("accord::Import",
                "expected readable YAML, found an input the parser gave up on (%1)")
                .arg(QString::fromLocal8Bit(e.what()))));
        return std::nullopt;
    }
    if (const auto &deferred = builder.deferredError()) {
        report.errors.push_back(diagnostic(fileName, deferred->mark, deferred->message));
        return std::nullopt;
    }
    auto root = builder.takeRoot();
    if (!root) {
        report.errors.push_back({fileName, {}, {},
            QCoreApplication::translate(
                "accord::Import", "expected a map of plan sections, found an empty document")});
        return std::nullopt;
    }
    return root;
}

QByteArray YamlPlanFormat::write(const TreeNode &tree)
{
    YAML::Emitter out;
    out.SetNullFormat(YAML::LowerNull);
    out.SetIndent(2);
    out << YAML::Comment("Customer Success Plan");
    emitNode(out, tree);
    // A blank line before every top-level key but the first (they are the only
    // lines starting with a letter: everything else is indented or a comment).
    QList<QByteArray> lines = QByteArray(out.c_str()).split('\n');
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    QByteArray result;
    bool first = true;
    for (const QByteArray &line : lines) {
        if (!line.isEmpty() && std::isalpha(static_cast<unsigned char>(line.at(0)))) {
            if (!first)
                result += '\n';
            first = false;
        }
        result += line;
        result += '\n';
    }
    return result;
}

} // namespace accord
