// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <type_traits>
#include <vector>

namespace accord {

// The closed vocabulary behind an enum: stable keys (files, database) and
// translatable labels (context "accord::Vocabulary"). Entry i belongs to value i.
struct EnumInfo {
    struct Entry {
        QString key;
        const char *label;
        QStringList synonyms; // accepted on import, never written
    };
    QString name;
    std::vector<Entry> entries;

    QStringList keys() const;
    QString label(int index) const; // translated
    // Exact key first, then synonyms, case-insensitive, '-' and ' ' read as '_'.
    std::optional<int> indexOf(QStringView keyOrSynonym) const;
};

template<typename E> const EnumInfo &enumInfo(); // specialised for every domain enum in enums.cpp

template<typename E> QString enumKey(E value)
{
    const auto &entries = enumInfo<E>().entries;
    const auto i = static_cast<std::size_t>(value);
    return i < entries.size() ? entries[i].key : QString();
}

template<typename E> std::optional<E> enumFromKey(QStringView key)
{
    if (const auto i = enumInfo<E>().indexOf(key))
        return static_cast<E>(*i);
    return std::nullopt;
}

template<typename E> QString enumLabel(E value)
{
    return enumInfo<E>().label(static_cast<int>(value));
}

} // namespace accord
