// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace accord {

// A plan template: a plan file in the interchange YAML schema that new plans
// start from. Built-in templates live in the :/templates resource (listed by
// templates.json); user templates are YAML files in userTemplateFolder().
struct PlanTemplate {
    QString key; // stable: "outcome-based", or the file name of a user template
    QString name; // shown to users
    QString description; // one sentence
    QString source; // the YAML file (a resource path for built-in templates)
    bool builtIn = true;
};

class TemplateCatalog {
public:
    // Built-in templates (templates.json order), then user templates by name.
    static std::vector<PlanTemplate> all();
    static std::optional<PlanTemplate> find(const QString &key);
    // A new plan from the template for this account (account.id may be set for an
    // existing account): created today, status draft, title "<company> success
    // plan" unless the template or title sets one. A template saved from a plan keeps its
    // timing: its dates move by the days between its creation and today.
    // A title replaces the template's. The names given (the account's, the title) must
    // pass the editor's rules: an empty name or a control character is refused.
    static Result<Plan> instantiate(
        const PlanTemplate &t, const Account &account, QDate today, const QString &title = {});
    // Saves a plan (without account specifics, measurements, reviews, sign-offs)
    // as a user template YAML in QStandardPaths::AppDataLocation/templates/<key>.yaml;
    // returns the new key.
    static Result<QString> saveAsTemplate(
        const Plan &plan, const QString &name, const QString &description);
    static QString userTemplateFolder();
};

} // namespace accord
