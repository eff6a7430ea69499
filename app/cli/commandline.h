// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"

#include <QStringList>
#include <QTextStream>

namespace accord {

// The windowless half of `accord`: subcommands that run offscreen, print to
// stdout/stderr and return an exit code (0 success, 1 findings or failure,
// 2 usage error). They never read or write the GUI's settings. The workspace
// commands live here; import/export/check and the template commands have a
// class each (importcommand.h, exportcommand.h, checkcommand.h, templatecommands.h).
class CommandLine : public CommandSupport {
public:
    CommandLine(QTextStream &out, QTextStream &err);

    static QStringList subcommands();
    // What accord --help says: every command, then the options of the window.
    static QString helpText();
    // Whether the command draws pages (a PDF export): it then needs a QApplication
    // rather than a QCoreApplication.
    static bool drawsPages(const QStringList &args);

    int run(const QStringList &args); // args without the program name

private:
    int list(const QStringList &args);
    int generate(const QStringList &args);
    int backups(const QStringList &args);
    int restore(const QStringList &args);
    static QString serverBackups(const Workspace &workspace);
};

} // namespace accord
