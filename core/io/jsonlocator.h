// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QHash>

#include <optional>

namespace accord {

// What QJsonDocument does not tell about a JSON text it parsed without error:
// where each value is (for FILE:LINE:COL diagnostics), a key given twice in one
// object (QJsonDocument keeps the last silently) and an escaped half of a UTF-16
// surrogate pair ("\ud800", which it turns into a replacement character and which
// swallows what follows). Values are named by JSON-pointer paths: "" for the root,
// "/plan/title", "/risks/0/owner" ("~" and "/" in keys as "~0" and "~1").
class JsonLocator {
public:
    struct Problem {
        SourcePos pos;
        QString message; // translated: "expected …, found …"
    };

    // The first problem found, or nullopt; positions of every value into positions.
    static std::optional<Problem> scan(
        const QByteArray &json, QHash<QString, SourcePos> *positions);
    static QString child(const QString &path, const QString &key);
    static QString child(const QString &path, qsizetype index);
};

} // namespace accord
