// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <limits>

namespace accord {

struct EnumInfo;
struct Vocabulary;

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

// Who may read a table or a field: the plan shared with the customer, or the
// vendor's own view of the account (documents for the customer leave it out).
enum class Audience { Joint, Internal };

// Presentation and validation hints that don't change how a value is stored.
enum class FieldHint { None, Email, Phone, Percent, Score, Person, Code, Url };

// A field whose value may not be less than another field's of the same row (a
// target date before its start date, the healthy threshold below the at-risk one).
struct OrderRule {
    const void *earlier = nullptr; // the other field's member (memberTag)
    const char *code = ""; // the rule's code in `accord check`: "date-order"…
    const char *message = ""; // translatable (context "accord::Validation"): %1 this, %2 the other
};

// The description of one field, shared by storage, import/export, editors and the
// rules of what a value may be.
struct FieldInfo {
    static constexpr double kNoLimit = std::numeric_limits<double>::infinity();

    QString key; // stable snake_case key: column and file key
    const char *label = ""; // translatable (context "accord::Field")
    FieldKind kind = FieldKind::Text;
    FieldHint hint = FieldHint::None;
    const EnumInfo *enumInfo = nullptr; // Enum kind only
    const Vocabulary *vocabulary = nullptr; // Text, StringList: keys shown by their labels
    QString refTable; // Ref kind only
    bool parent = false; // Ref to the row that owns this one
    const void *member = nullptr; // the struct member described (memberTag<&T::m>())
    // What a value may be: a text that may not be empty, the range of a number,
    // the field of the row it may not be less than.
    bool required = false;
    double min = -kNoLimit;
    double max = kNoLimit;
    OrderRule notBefore;
    // The field records how the plan went rather than what was planned (a status, an
    // actual date, a score): a plan made from a template starts without it.
    bool progress = false;
    // Internal: the vendor's view, never in a document for the customer. A field
    // with internalWhen is internal when that Bool field of its row is true (a note
    // marked internal); the flag itself is internal.
    Audience audience = Audience::Joint;
    const void *internalWhen = nullptr;

    bool hasRange() const { return min != -kNoLimit || max != kNoLimit; }
    QString translatedLabel() const;
};

} // namespace accord
