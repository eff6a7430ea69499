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
    // How many words a command takes after PLAN, and its synopsis for bad usage.
    struct Words {
        int least;
        int most;
        QString synopsis;
    };
    // Parses args and opens a document over the plan PLAN names; nullptr, with
    // the reason printed and exitCode set, when it cannot.
    std::unique_ptr<OpenPlan> begin(
        QCommandLineParser &parser, const QStringList &args, const Words &words, int *exitCode);

    void showTable(const Plan &plan, const PlanTable &table);
    void showAll(const Plan &plan);
};

} // namespace accord
