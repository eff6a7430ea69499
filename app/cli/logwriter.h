// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/changetext.h"
#include "util/localminutes.h"

#include <QTextStream>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace accord {

// What accord log writes, entry by entry as the history is read: one line per
// change (local time, who, what happened), or a JSON array of one object per
// change. Wording a long history takes about as long as reading it, so the
// entries are worded and written on a second thread, in batches, while the
// reading goes on; the text goes out in large pieces.
class LogWriter {
public:
    enum class Format { Text, Json };

    // text words the entries; it must outlive the writer.
    LogWriter(QTextStream &out, Format format, const ChangeText &text);
    ~LogWriter();
    LogWriter(const LogWriter &) = delete;
    LogWriter &operator=(const LogWriter &) = delete;

    void add(const ChangeEntry &entry);
    void finish(); // after the last entry (a JSON array is closed)
    void flush(); // what was added so far (before an error is told)

private:
    void writeHanded();
    void stopThread();
    void write(const std::vector<ChangeEntry> &entries);
    void writeOut();
    void addLine(const ChangeEntry &entry);
    void addJson(const ChangeEntry &entry);

    // The wording and its output: the writing thread's while it runs, the
    // caller's before it starts and after stopThread().
    QTextStream &m_out;
    Format m_format;
    const ChangeText &m_text;
    LocalMinutes m_minutes;
    QString m_buffer;
    qsizetype m_count = 0;
    QString m_login; // who wrote the entry before, as the line says it
    QString m_name;
    QString m_person;

    std::vector<ChangeEntry> m_batch; // added, not handed over yet
    std::thread m_thread;
    std::mutex m_mutex; // guards m_handed and m_stopping
    std::condition_variable m_ready; // a batch was handed over, or no more come
    std::condition_variable m_room; // a batch was taken
    std::deque<std::vector<ChangeEntry>> m_handed;
    bool m_stopping = false;
};

} // namespace accord
