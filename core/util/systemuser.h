// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace accord {

// The name of the computer's user running Accord (the password database's, else
// $USER): who edits a workspace file, and libpq's default login.
QString systemUser();
// The user's full name as the password database has it (its first comma-separated
// part), or an empty text when it has none.
QString systemUserName();

} // namespace accord
