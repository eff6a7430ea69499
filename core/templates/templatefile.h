// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatecatalog.h"

#include <QByteArray>
#include <QStringList>

namespace accord {

// The files behind the template catalog: the built-in list (templates.json)
// and the header of a user template, whose name and description are YAML
// comments above the plan so that the file stays a plain plan file:
//   # Accord template
//   # name: <name>
//   # description: <description>
class TemplateFile {
public:
    static std::vector<PlanTemplate> builtIns();
    // The user template at path; its key is the file's base name.
    static PlanTemplate readUserTemplate(const QString &path);
    // yaml (a plan file) preceded by the template header.
    static QByteArray withHeader(
        const QByteArray &yaml, const QString &name, const QString &description);
    // A key for name that is not one of taken: lower-case ASCII words joined by '-'.
    static QString newKey(const QString &name, const QStringList &taken);
};

} // namespace accord
