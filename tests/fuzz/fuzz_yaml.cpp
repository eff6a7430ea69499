// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: YAML plan import must never crash, hang or leak on any input.
#include "io/planio.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    accord::ImportReport report;
    (void)accord::importPlanYaml(bytes, QStringLiteral("fuzz.yaml"), &report);
    return 0;
}
