// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: JSON plan import must never crash, hang or leak on any input.
#include "io/planio.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    accord::ImportReport report;
    (void)accord::importPlanJson(bytes, QStringLiteral("fuzz.json"), &report);
    return 0;
}
