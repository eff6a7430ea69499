// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace accord {

// How every export reaches the disk: never over a workspace or its companions
// (WorkspaceGuard), and as a whole or not at all (AtomicFile).
class ExportFile {
public:
    static Result<void> write(const QString &path, const QByteArray &data);
};

} // namespace accord
