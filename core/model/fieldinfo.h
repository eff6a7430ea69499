// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace accord {

struct EnumInfo;

// How a field's value is typed, stored and edited.
enum class FieldKind {
    Text, // one line of text (QString)
    LongText, // paragraphs (QString)
    Date, // QDate; invalid = not set
    Integer, // int
    OptInteger, // int or not set (null QVariant)
    Real, // double
    OptReal, // double or not set (null QVariant)
    Bool,
    Money, // accord::Money; stored as <key>_minor + <key>_currency
    Enum, // QString key of an EnumInfo entry
    StringList, // QStringList
    Ref, // qint64 id of a row in refTable (0 = none)
};

// Presentation and validation hints that don't change how a value is stored.
enum class FieldHint { None, Email, Phone, Percent, Score, Person, Code, Url };

// The description of one field, shared by storage, import/export and editors.
struct FieldInfo {
    QString key; // stable snake_case key: column and file key
    const char *label = ""; // translatable (context "accord::Field")
    FieldKind kind = FieldKind::Text;
    FieldHint hint = FieldHint::None;
    const EnumInfo *enumInfo = nullptr; // Enum kind only
    QString refTable; // Ref kind only
    bool parent = false; // Ref to the row that owns this one
    bool required = false; // a text that may not be empty (the name a row is known by)

    QString translatedLabel() const;
};

} // namespace accord
