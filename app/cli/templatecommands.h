// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"

namespace accord {

// Plans from templates and templates from plans:
//   accord templates
//   accord new --template KEY --account NAME [--title T] [--workspace FILE]
//   accord save-template PLAN --name NAME [--description D] [--workspace FILE]
class TemplateCommands : public CommandSupport {
public:
    using CommandSupport::CommandSupport;
    int list(const QStringList &args);
    int newPlan(const QStringList &args);
    int saveTemplate(const QStringList &args);

private:
    Result<Account> accountNamed(Workspace &workspace, const QString &company);
};

} // namespace accord
