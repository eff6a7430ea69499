// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace accord {

// What every windowless command shares: its two streams, the exit codes and
// the --workspace option.
class CommandSupport {
public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    CommandSupport(QTextStream &out, QTextStream &err);

    static QString tr(const char *text);
    static QCommandLineOption workspaceOption();

protected:
    // Parses args for one subcommand; on bad usage prints why and returns false.
    bool parse(QCommandLineParser &parser, const QStringList &args);
    // The workspace a reading command works on: the default one is created (with
    // the sample plan) on first use; a named file must exist, so a typo creates
    // nothing; a server's address opens the team workspace there.
    Result<std::unique_ptr<Workspace>> openForReading(const QCommandLineParser &parser);
    // The workspace a writing command adds to: created when it does not exist yet.
    Result<std::unique_ptr<Workspace>> openForWriting(const QCommandLineParser &parser);

    // The plan that spec (PLAN on the command line) names in the workspace.
    Result<Plan> loadNamedPlan(const QCommandLineParser &parser, const QString &spec);

    int usage(const QString &message); // "accord: message" on stderr, exit code 2
    int fail(const QString &message); // "accord: message" on stderr, exit code 1

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace accord
