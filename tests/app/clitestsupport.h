// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace accord::test {

// One run of the real `accord` executable.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `accord args` in folder, without a display, with XDG_DATA_HOME inside
// folder (so the default workspace and user templates are the test's own) and
// without ACCORD_WORKSPACE.
inline CliRun runAccord(const QStringList &args, const QString &folder)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("ACCORD_WORKSPACE"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(folder).filePath(QStringLiteral("xdg-data")));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(folder);
    p.start(QStringLiteral(ACCORD_BINARY), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline YAML::Node loadYaml(const QByteArray &text)
{
    return YAML::Load(text.toStdString());
}

// How compareSubset() may relax: a null in the original also matches an empty
// text; a list may have more items than the original's.
enum CompareOption { Strict = 0, NullMatchesEmpty = 1, LongerLists = 2 };

// Every key and value of `original` must be in `exported` with the same value
// (scalars compared as text, lists item by item; extra keys are allowed).
inline void compareSubset(const YAML::Node &original, const YAML::Node &exported,
    const QString &path, QStringList &problems, int options = Strict)
{
    const QString where = path.isEmpty() ? QStringLiteral("<root>") : path;
    if (!exported.IsDefined()) {
        problems << where + QStringLiteral(": missing");
    } else if (original.IsMap()) {
        if (!exported.IsMap())
            return void(problems << where + QStringLiteral(": not a map"));
        for (const auto &kv : original) {
            const QString key = QString::fromStdString(kv.first.as<std::string>());
            compareSubset(kv.second, exported[kv.first.as<std::string>()],
                path.isEmpty() ? key : path + u'.' + key, problems, options);
        }
    } else if (original.IsSequence()) {
        const bool longer = (options & LongerLists) && exported.size() > original.size();
        if (!exported.IsSequence() || (exported.size() != original.size() && !longer))
            return void(problems
                << QStringLiteral("%1: not a list of %2 items").arg(where).arg(original.size()));
        for (std::size_t i = 0; i < original.size(); ++i)
            compareSubset(original[i], exported[i], QStringLiteral("%1[%2]").arg(path).arg(i),
                problems, options);
    } else if (original.IsNull()) {
        const bool empty
            = (options & NullMatchesEmpty) && exported.IsScalar() && exported.Scalar().empty();
        if (!exported.IsNull() && !empty)
            problems << where + QStringLiteral(": expected null");
    } else if (!exported.IsScalar() || exported.Scalar() != original.Scalar()) {
        problems << QStringLiteral("%1: \"%2\" became \"%3\"")
                        .arg(where, QString::fromStdString(original.Scalar()),
                            exported.IsScalar() ? QString::fromStdString(exported.Scalar())
                                                : QStringLiteral("<not a scalar>"));
    }
}

// The node at a path such as "phases[2].name" ("" is the root). Only const
// lookups and copies: assigning a YAML::Node would rewrite the tree.
inline YAML::Node nodeAt(const YAML::Node &root, const QStringList &parts, qsizetype i = 0)
{
    if (i == parts.size() || !root.IsDefined())
        return root;
    const QString &part = parts[i];
    const qsizetype bracket = part.indexOf(u'[');
    if (bracket < 0)
        return nodeAt(root[part.toStdString()], parts, i + 1);
    const YAML::Node list = bracket == 0 ? root : root[part.left(bracket).toStdString()];
    if (!list.IsSequence())
        return YAML::Node(YAML::NodeType::Undefined);
    const auto index = std::size_t(part.mid(bracket + 1).chopped(1).toInt());
    return index < list.size() ? nodeAt(list[index], parts, i + 1)
                               : YAML::Node(YAML::NodeType::Undefined);
}

inline YAML::Node nodeAt(const YAML::Node &root, const QString &path)
{
    return nodeAt(root, path.split(u'.', Qt::SkipEmptyParts));
}

// "path=value" compares the scalar at path ("path=~": null); "path#n" checks that
// the list there has n items.
inline QString checkAt(const YAML::Node &root, const QString &expectation)
{
    const bool isCount = expectation.contains(u'#');
    const QString path = expectation.section(isCount ? u'#' : u'=', 0, 0);
    const QString expected = expectation.section(isCount ? u'#' : u'=', 1);
    const YAML::Node node = nodeAt(root, path);
    if (!node.IsDefined())
        return path + QStringLiteral(": missing");
    QString actual = node.IsNull() ? QStringLiteral("~") : QStringLiteral("<not a scalar>");
    if (isCount)
        actual = node.IsSequence() ? QString::number(node.size()) : QStringLiteral("<not a list>");
    else if (node.IsScalar())
        actual = QString::fromStdString(node.Scalar());
    return actual == expected
        ? QString()
        : QStringLiteral("%1: expected %2, found %3").arg(path, expected, actual);
}

} // namespace accord::test
