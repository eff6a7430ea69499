// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "field.h"

namespace accord {

// A review meeting and what it decided (review history).
struct Review {
    ReviewId id;
    QDate date;
    ReviewKind kind = ReviewKind::Qbr;
    QStringList attendees;
    QString summary;
    QStringList decisions;
    QStringList planChanges;
};

// A topic of the QBR agenda template.
struct AgendaItem {
    RowId id;
    QString topic;
    int minutes = 10;
    QStringList content;
};

template<> const RowMeta<Review> &rowMeta<Review>();
template<> const RowMeta<AgendaItem> &rowMeta<AgendaItem>();

} // namespace accord
