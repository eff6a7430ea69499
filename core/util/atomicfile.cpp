// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Files", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString reason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

int closeChecked(int fd)
{
    return ::close(fd) == 0 || errno == EINTR ? 0 : errno;
}

// Every byte, through short writes and interruptions; 0 or the errno.
int writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, std::size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        if (n == 0)
            return EIO;
        data += n;
        size -= n;
    }
    return 0;
}

// fsync, where the file supports it (a pipe or terminal does not, and need not).
int syncChecked(int fd, bool direct)
{
    if (::fsync(fd) == 0)
        return 0;
    const int error = errno;
    return direct && (error == EINVAL || error == EROFS || error == ENOTSUP) ? 0 : error;
}

} // namespace

AtomicFile::AtomicFile(const QString &path)
    : m_path(path)
    , m_target(path)
{
}

AtomicFile::~AtomicFile()
{
    discard();
}

Result<void> AtomicFile::failure(const QString &what, int error)
{
    discard();
    return Error {what.arg(native(m_path), reason(error))};
}

Result<void> AtomicFile::open()
{
    discard();
    struct stat st { };
    if (::stat(encoded(m_path).constData(), &st) == 0) { // follows symbolic links
        if (S_ISDIR(st.st_mode))
            return Error {
                tr("%1 is a folder; give the name of a file to write.").arg(native(m_path))};
        if (!S_ISREG(st.st_mode)) { // /dev/stdout, a pipe, a terminal: written in place
            m_direct = true;
            m_fd = ::open(encoded(m_path).constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
            if (m_fd < 0)
                return failure(tr("%1 cannot be written: %2."), errno);
            return {};
        }
        if (QFileInfo(m_path).isSymLink()) // the link stays, its target is replaced
            m_target = QFileInfo(m_path).canonicalFilePath();
    }
    const QString folder = QFileInfo(m_target).absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error {tr("The folder %1 does not exist; %2 was not written.")
                          .arg(native(folder), native(m_path))};
    const QString base = QFileInfo(m_target).fileName();
    for (int attempt = 0; attempt < 100; ++attempt) {
        m_temporary = QDir(folder).filePath(
            QStringLiteral(".%1.%2.part")
                .arg(base)
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        m_fd = ::open(
            encoded(m_temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_fd >= 0)
            break;
        if (errno != EEXIST) {
            m_temporary.clear();
            return failure(tr("%1 cannot be written: %2."), errno);
        }
    }
    if (m_fd < 0) {
        m_temporary.clear();
        return failure(tr("%1 cannot be written: %2."), EEXIST);
    }
    // A file that is replaced keeps its permissions.
    if (st.st_mode != 0 && S_ISREG(st.st_mode))
        ::fchmod(m_fd, st.st_mode & 07777);
    return {};
}

Result<void> AtomicFile::write(const QByteArray &data)
{
    if (m_fd < 0)
        return Error {tr("%1 cannot be written: it is not open.").arg(native(m_path))};
    if (const int error = writeAll(m_fd, data.constData(), data.size()))
        return failure(tr("%1 could not be written: %2."), error);
    return {};
}

Result<void> AtomicFile::commit()
{
    if (m_fd < 0)
        return Error {tr("%1 cannot be written: it is not open.").arg(native(m_path))};
    if (const int error = syncChecked(m_fd, m_direct))
        return failure(tr("%1 could not be written: %2."), error);
    const int fd = m_fd;
    m_fd = -1;
    if (const int error = closeChecked(fd))
        return failure(tr("%1 could not be written: %2."), error);
    if (m_direct) {
        m_direct = false;
        return {};
    }
    if (::rename(encoded(m_temporary).constData(), encoded(m_target).constData()) != 0)
        return failure(tr("%1 could not be replaced: %2."), errno);
    m_temporary.clear();
    return syncFolder(QFileInfo(m_target).absolutePath());
}

void AtomicFile::discard()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_direct = false;
    if (!m_temporary.isEmpty())
        ::unlink(encoded(m_temporary).constData());
    m_temporary.clear();
}

Result<void> AtomicFile::write(const QString &path, const QByteArray &data)
{
    AtomicFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (auto written = file.write(data); !written)
        return written;
    return file.commit();
}

Result<void> AtomicFile::publish(const QString &written, const QString &target)
{
    const int fd = ::open(encoded(written).constData(), O_RDONLY | O_CLOEXEC);
    int error = fd < 0 ? errno : syncChecked(fd, false);
    if (fd >= 0 && error == 0)
        error = closeChecked(fd);
    else if (fd >= 0)
        ::close(fd);
    if (error == 0 && ::rename(encoded(written).constData(), encoded(target).constData()) != 0)
        error = errno;
    if (error != 0) {
        ::unlink(encoded(written).constData());
        return Error {tr("%1 could not be written: %2.").arg(native(target), reason(error))};
    }
    return syncFolder(QFileInfo(target).absolutePath());
}

Result<void> AtomicFile::syncFolder(const QString &folder)
{
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error {tr("The folder %1 cannot be synced: %2.").arg(native(folder), reason(errno))};
    const int error = syncChecked(fd, true);
    ::close(fd);
    if (error != 0)
        return Error {tr("The folder %1 cannot be synced: %2.").arg(native(folder), reason(error))};
    return {};
}

} // namespace accord
