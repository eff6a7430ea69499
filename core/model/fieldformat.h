// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldinfo.h"

#include <QVariant>

namespace accord {

// A field value as text for people: ISO dates, vocabulary labels, money with its
// symbol, lists joined by "; ". Shared by editors, exports and documents.
class FieldFormat {
public:
    static QString toText(const FieldInfo &field, const QVariant &value);
};

} // namespace accord
