// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../support/testdata.h"
#include <QFile>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace accord::test {

inline YAML::Node parseYaml(const QByteArray &text)
{
    return YAML::Load(text.toStdString());
}

// Every key and value of `original` must be in `exported` with the same value
// (scalars compared as strings; lists item by item). Extra keys are allowed.
inline void compareSubset(const YAML::Node &original, const YAML::Node &exported,
    const QString &path, QStringList &problems)
{
    const auto where = [&] { return path.isEmpty() ? QStringLiteral("<root>") : path; };
    if (!exported.IsDefined()) {
        problems << QStringLiteral("%1: missing").arg(where());
        return;
    }
    switch (original.Type()) {
    case YAML::NodeType::Map:
        if (!exported.IsMap()) {
            problems << QStringLiteral("%1: not a map").arg(where());
            return;
        }
        for (const auto &kv : original) {
            const std::string key = kv.first.as<std::string>();
            const QString sub = path.isEmpty() ? QString::fromStdString(key)
                                               : path + u'.' + QString::fromStdString(key);
            compareSubset(kv.second, exported[key], sub, problems);
        }
        return;
    case YAML::NodeType::Sequence:
        if (!exported.IsSequence() || exported.size() != original.size()) {
            problems
                << QStringLiteral("%1: not a list of %2 items").arg(where()).arg(original.size());
            return;
        }
        for (std::size_t i = 0; i < original.size(); ++i)
            compareSubset(
                original[i], exported[i], QStringLiteral("%1[%2]").arg(path).arg(i), problems);
        return;
    case YAML::NodeType::Null:
        if (!exported.IsNull())
            problems << QStringLiteral("%1: expected null").arg(where());
        return;
    case YAML::NodeType::Scalar:
        if (!exported.IsScalar() || exported.Scalar() != original.Scalar())
            problems << QStringLiteral("%1: \"%2\" became \"%3\"")
                            .arg(where(), QString::fromStdString(original.Scalar()),
                                exported.IsScalar() ? QString::fromStdString(exported.Scalar())
                                                    : QStringLiteral("<not a scalar>"));
        return;
    case YAML::NodeType::Undefined:
        return;
    }
}

inline QStringList differences(const QByteArray &original, const QByteArray &exported)
{
    QStringList problems;
    const YAML::Node a = parseYaml(original);
    const YAML::Node b = parseYaml(exported);
    compareSubset(a, b, {}, problems);
    return problems;
}

} // namespace accord::test
