// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractAxis>
#include <QChart>
#include <QXYSeries>

namespace accord::test {

// The series of a chart named `name`, or null.
inline QXYSeries *xySeries(const QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series()) {
        if (s->name() == name)
            return qobject_cast<QXYSeries *>(s);
    }
    return nullptr;
}

inline QStringList seriesNames(const QChart *chart)
{
    QStringList names;
    for (const QAbstractSeries *s : chart->series())
        names += s->name();
    return names;
}

template<typename Axis> Axis *axis(const QChart *chart, Qt::Orientation orientation)
{
    for (QAbstractAxis *a : chart->axes(orientation)) {
        if (auto *typed = qobject_cast<Axis *>(a))
            return typed;
    }
    return nullptr;
}

} // namespace accord::test
