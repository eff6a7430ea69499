// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeentry.h"

#include <array>
#include <utility>

namespace accord {

namespace {

using enum ChangeEntry::Kind;

constexpr std::array kKeys {
    std::pair {Set, "set"},
    std::pair {Insert, "insert"},
    std::pair {Remove, "remove"},
    std::pair {Move, "move"},
    std::pair {SignOff, "sign-off"},
    std::pair {Create, "create"},
    std::pair {Import, "import"},
    std::pair {Restore, "restore"},
    std::pair {Copy, "copy"},
    std::pair {Save, "save"},
    std::pair {Delete, "delete"},
    std::pair {Team, "team"},
    std::pair {Existing, "existing"},
};

} // namespace

QString ChangeEntry::kindKey(Kind kind)
{
    for (const auto &[k, key] : kKeys) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<ChangeEntry::Kind> ChangeEntry::kindOf(const QString &key)
{
    for (const auto &[k, text] : kKeys) {
        if (key == QLatin1String(text))
            return k;
    }
    return std::nullopt;
}

} // namespace accord
