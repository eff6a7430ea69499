// SPDX-License-Identifier: GPL-3.0-or-later
#include "enuminfo.h"

#include <QCoreApplication>

namespace accord {

namespace {

QString normalised(QStringView text)
{
    QString s = text.trimmed().toString().toLower();
    s.replace(u'-', u'_').replace(u' ', u'_');
    return s;
}

} // namespace

QStringList EnumInfo::keys() const
{
    QStringList result;
    for (const Entry &e : entries)
        result << e.key;
    return result;
}

QString EnumInfo::label(int index) const
{
    if (index < 0 || index >= int(entries.size()))
        return {};
    return QCoreApplication::translate("accord::Vocabulary", entries[std::size_t(index)].label);
}

std::optional<int> EnumInfo::indexOf(QStringView keyOrSynonym) const
{
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].key == keyOrSynonym)
            return int(i);
    }
    const QString wanted = normalised(keyOrSynonym);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].key == wanted || entries[i].synonyms.contains(wanted))
            return int(i);
    }
    return std::nullopt;
}

} // namespace accord
