// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace accord {

// The name of the computer's user running Accord (the password database's, else
// $USER): who edits a workspace file, and libpq's default login.
QString systemUser();

} // namespace accord
