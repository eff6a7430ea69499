// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace accord {

// An open vocabulary: usual keys of a text field with the labels people read
// ("executive_sponsor" → "Executive sponsor"). The field stays free text; a value
// that is not a known key is shown as typed. Keys compare case-insensitively with
// '-' and ' ' as '_'; a value may list several keys separated by ';' or ','.
struct Vocabulary {
    std::vector<std::pair<const char *, const char *>> entries; // key, label (translatable)

    // The labels of the value's keys, in its order, joined by "; ".
    QString display(const QString &value) const;
    // The label of one key; the text as typed when it is not a known key.
    QString label(const QString &key) const;

    static QString normalisedKey(const QString &text);
};

namespace Vocabularies {
const Vocabulary &stakeholderType();
const Vocabulary &engagement();
const Vocabulary &segment();
} // namespace Vocabularies

} // namespace accord

#define ACCORD_TERM(text) QT_TRANSLATE_NOOP("accord::Vocabulary", text)
