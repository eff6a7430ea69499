// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace accord {

// Light and dark palettes (Fusion style), chosen in View ▸ Theme and kept in
// the settings; "system" leaves the platform's palette alone.
class Theme {
public:
    enum class Kind { System, Light, Dark };
    static void apply(Kind kind);
    static Kind saved();
    static void save(Kind kind);
};

} // namespace accord
