// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/change.h"

namespace accord {

// The text of an undo step, as shown in "Undo Change target date".
class EditDescription {
public:
    static QString of(const Change &change);
};

} // namespace accord
