// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include "storage/workspaceguard.h"
#include "util/atomicfile.h"

namespace accord {

Result<void> ExportFile::write(const QString &path, const QByteArray &data)
{
    if (auto allowed = WorkspaceGuard::allowsWriting(path); !allowed)
        return allowed;
    return AtomicFile::write(path, data);
}

} // namespace accord
