// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>
#include <QtGlobal>

#include <algorithm>
#include <functional>
#include <vector>

namespace accord::bench {

// A knob: the positive number in the environment variable, else fallback.
inline int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Runs fn `runs` times and returns the median wall time in milliseconds.
inline double medianMs(int runs, const std::function<void()> &fn)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// A table of results, printed as aligned text.
class BenchTable {
public:
    void add(const QString &name, double value, const QString &unit)
    {
        m_rows.push_back({name, value, unit});
    }

    void print(QTextStream &out) const
    {
        out << QStringLiteral("%1 %2\n").arg(
            QStringLiteral("benchmark").leftJustified(52), QStringLiteral("median"));
        for (const Row &r : m_rows)
            out << QStringLiteral("%1 %2 %3\n")
                       .arg(r.name.leftJustified(52))
                       .arg(r.value, 10, 'f', 3)
                       .arg(r.unit);
        out.flush();
    }

private:
    struct Row {
        QString name;
        double value;
        QString unit;
    };
    std::vector<Row> m_rows;
};

} // namespace accord::bench
