// SPDX-License-Identifier: GPL-3.0-or-later
#include "logwriter.h"

#include "util/backslashescape.h"

#include <QIODevice>

namespace accord {

namespace {

constexpr qsizetype kPiece = 1 << 16; // characters written at once
constexpr std::size_t kBatch = 256; // entries handed to the writing thread at once
constexpr std::size_t kQueued = 8; // batches waiting for it, at most

// The login, with the display name after it when that says more: "lisa (Lisa Park)".
QString who(const ChangeEntry &entry)
{
    if (entry.name.isEmpty() || entry.name == entry.login)
        return entry.login;
    return entry.login + QStringLiteral(" (") + entry.name + u')';
}

// A JSON string: quoted, with quotes, backslashes and control characters escaped.
QString json(const QString &text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            quoted += u'\\';
        if (c.unicode() >= 0x20)
            quoted += c;
        else
            quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
    }
    quoted += u'"';
    return quoted;
}

} // namespace

LogWriter::LogWriter(QTextStream &out, Format format, const ChangeText &text)
    : m_out(out)
    , m_format(format)
    , m_text(text)
{
    m_buffer.reserve(kPiece + 1024);
    if (m_format == Format::Json)
        m_buffer += u'[';
}

LogWriter::~LogWriter()
{
    stopThread();
}

void LogWriter::add(const ChangeEntry &entry)
{
    m_batch.push_back(entry);
    if (m_batch.size() < kBatch)
        return;
    if (!m_thread.joinable())
        m_thread = std::thread([this] { writeHanded(); });
    std::unique_lock lock(m_mutex);
    m_room.wait(lock, [this] { return m_handed.size() < kQueued; });
    m_handed.push_back(std::move(m_batch));
    m_batch = {};
    m_batch.reserve(kBatch);
    m_ready.notify_one();
}

void LogWriter::finish()
{
    flush();
    if (m_format == Format::Json)
        m_buffer += m_count == 0 ? u"]\n" : u"\n]\n";
    writeOut();
}

void LogWriter::flush()
{
    stopThread();
    write(m_batch);
    m_batch.clear();
    writeOut();
}

// The writing thread: the batches in the order they were handed over, until
// stopThread() says there are no more.
void LogWriter::writeHanded()
{
    for (;;) {
        std::vector<ChangeEntry> batch;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return !m_handed.empty() || m_stopping; });
            if (m_handed.empty())
                return;
            batch = std::move(m_handed.front());
            m_handed.pop_front();
            m_room.notify_one();
        }
        write(batch);
    }
}

void LogWriter::stopThread()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_ready.notify_one();
    m_thread.join();
    m_stopping = false;
}

void LogWriter::write(const std::vector<ChangeEntry> &entries)
{
    for (const ChangeEntry &e : entries) {
        if (m_format == Format::Json)
            addJson(e);
        else
            addLine(e);
        ++m_count;
        if (m_buffer.size() >= kPiece)
            writeOut();
    }
}

// Straight to the stream's file as UTF-8 when it has one (QTextStream's own
// conversion, made for text written a little at a time, takes longer).
void LogWriter::writeOut()
{
    m_out.flush();
    QIODevice *device = m_out.device();
    if (!device) {
        m_out << m_buffer;
    } else {
        const QByteArray bytes = m_buffer.toUtf8();
        if (device->write(bytes) != bytes.size())
            m_out.setStatus(QTextStream::WriteFailed);
    }
    m_buffer.clear();
}

// "2026-11-15 14:02  lisa (Lisa Park)  moved the Target date…"; line breaks and
// tabs in values written \n and \t, as accord show writes them.
void LogWriter::addLine(const ChangeEntry &e)
{
    if (m_count == 0 || e.login != m_login || e.name != m_name) {
        m_login = e.login;
        m_name = e.name;
        m_person = who(e);
    }
    m_minutes.append(m_buffer, e.at);
    m_buffer += u"  ";
    m_buffer += m_person;
    m_buffer += u"  ";
    appendBackslashEscaped(m_buffer, m_text.what(e));
    m_buffer += u'\n';
}

// One object a line.
void LogWriter::addJson(const ChangeEntry &e)
{
    const auto field = [this](QStringView key, const QString &value) {
        m_buffer += u",\"";
        m_buffer += key;
        m_buffer += u"\":";
        m_buffer += json(value);
    };
    m_buffer += m_count == 0 ? u"\n{\"id\":" : u",\n{\"id\":";
    m_buffer += QString::number(e.id);
    field(u"at", e.at.toUTC().toString(Qt::ISODate));
    field(u"login", e.login);
    field(u"name", e.name);
    field(u"kind", ChangeEntry::kindKey(e.kind));
    field(u"section", e.table);
    m_buffer += u",\"row\":";
    m_buffer += QString::number(e.rowId);
    field(u"field", e.field);
    field(u"old", e.oldValue);
    field(u"new", e.newValue);
    field(u"text", m_text.what(e));
    m_buffer += u'}';
}

} // namespace accord
