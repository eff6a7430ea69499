// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"

namespace accord {

class PlanDocument;

// Edits from the command line, through the plan's document like the editor's:
// the same rules, the same messages, one transaction each; nothing is stored when
// a value is refused.
//   accord set PLAN TABLE#ROW.FIELD VALUE    (plan.FIELD, account.FIELD)
//   accord add PLAN TABLE [FIELD=VALUE…]     prints the new row's id
//   accord remove PLAN TABLE#ROW             with the rows that belong to it
//   accord show PLAN [TABLE]                 rows with their ids, tab-separated
class EditCommands : public CommandSupport {
public:
    using CommandSupport::CommandSupport;

    int set(const QStringList &args);
    int add(const QStringList &args);
    int remove(const QStringList &args);
    int show(const QStringList &args);

private:
    struct OpenPlan;
    // Parses args (PLAN and count more words, or at least count with atLeast);
    // on bad usage prints the synopsis and returns false.
    bool parsePositionals(QCommandLineParser &parser, const QStringList &args, int count,
        bool atLeast, const QString &synopsis, int *exitCode);
    // The workspace and a document over the plan PLAN names.
    Result<std::unique_ptr<OpenPlan>> open(const QCommandLineParser &parser);

    void showTable(const Plan &plan, const PlanTable &table);
    void showAll(const Plan &plan);
};

} // namespace accord
