// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacelock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Storage", text);
}

bool sameFile(int fd, const QString &path)
{
    struct stat locked { };
    struct stat named { };
    return ::fstat(fd, &locked) == 0 && locked.st_nlink > 0
        && ::stat(QFile::encodeName(path).constData(), &named) == 0 && locked.st_dev == named.st_dev
        && locked.st_ino == named.st_ino;
}

enum class Mode { Shared, Exclusive };

// One try: the descriptor, locked; -1 when another process holds a conflicting lock.
Result<int> tryLock(const QString &path, int operation)
{
    const QString name = QDir::toNativeSeparators(path);
    const int fd
        = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return Error {
            tr("%1 cannot be opened: %2.").arg(name, QString::fromLocal8Bit(std::strerror(errno)))};
    int result = 0;
    do {
        result = ::flock(fd, operation | LOCK_NB);
    } while (result != 0 && errno == EINTR);
    if (result == 0)
        return fd;
    const int error = errno;
    ::close(fd);
    if (error == EWOULDBLOCK)
        return -1;
    return Error {
        tr("%1 cannot be locked: %2.").arg(name, QString::fromLocal8Bit(std::strerror(error)))};
}

Result<int> lockFile(const QString &path, Mode mode, int waitMs)
{
    const QString name = QDir::toNativeSeparators(path);
    const QDeadlineTimer deadline(waitMs);
    int replaced = 0;
    for (;;) {
        const Result<int> fd = tryLock(path, mode == Mode::Shared ? LOCK_SH : LOCK_EX);
        if (!fd)
            return fd;
        if (*fd < 0 && mode == Mode::Exclusive)
            return Error {tr("%1 is open in another Accord window or command. Close it there and "
                             "try again; nothing was changed.")
                              .arg(name)};
        if (*fd < 0 && deadline.hasExpired())
            return Error {tr("%1 is being restored from a backup by another Accord process; try "
                             "again when it has finished.")
                              .arg(name)};
        if (*fd < 0) {
            QThread::msleep(20);
            continue;
        }
        // A restore may rename a new file into place between open() and flock(): the
        // lock is then on the old file, so open the new one and lock again.
        if (sameFile(*fd, path))
            return fd;
        ::close(*fd);
        if (++replaced > 100)
            return Error {
                tr("%1 keeps being replaced by another program; it was not opened.").arg(name)};
    }
}

} // namespace

WorkspaceLock::WorkspaceLock(int fd)
    : m_fd(fd)
{
}

WorkspaceLock::WorkspaceLock(WorkspaceLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{
}

WorkspaceLock &WorkspaceLock::operator=(WorkspaceLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

WorkspaceLock::~WorkspaceLock()
{
    release();
}

void WorkspaceLock::release()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the descriptor releases the lock
    m_fd = -1;
}

Result<WorkspaceLock> WorkspaceLock::shared(const QString &path, int waitMs)
{
    const Result<int> fd = lockFile(path, Mode::Shared, waitMs);
    if (!fd)
        return Error {fd.error()};
    return WorkspaceLock(*fd);
}

Result<WorkspaceLock> WorkspaceLock::exclusive(const QString &path)
{
    const Result<int> fd = lockFile(path, Mode::Exclusive, 0);
    if (!fd)
        return Error {fd.error()};
    return WorkspaceLock(*fd);
}

bool WorkspaceLock::stillAt(const QString &path) const
{
    return m_fd >= 0 && sameFile(m_fd, path);
}

} // namespace accord
