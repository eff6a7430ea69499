// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk without root, for tests: loaded with LD_PRELOAD, it makes every write
// to a file under $ACCORD_FULL_DIR fail with ENOSPC ("No space left on device")
// once $ACCORD_FULL_AFTER bytes (default 0) have been written there, as a real full
// file system would. Writes elsewhere (standard output, other folders) go through.
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdarg>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <string>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

constexpr int kMaxFd = 65536;
std::atomic<bool> g_tracked[kMaxFd];

const std::string &folder()
{
    static const std::string dir = [] {
        const char *d = std::getenv("ACCORD_FULL_DIR");
        if (!d || !*d)
            return std::string();
        char resolved[PATH_MAX];
        return std::string(realpath(d, resolved) ? resolved : d) + '/';
    }();
    return dir;
}

// The bytes the folder still takes.
std::atomic<long long> &room()
{
    static std::atomic<long long> left {[] {
        const char *after = std::getenv("ACCORD_FULL_AFTER");
        return after ? std::atoll(after) : 0LL;
    }()};
    return left;
}

std::string absolute(int dirfd, const char *path)
{
    if (!path)
        return {};
    if (path[0] == '/')
        return path;
    char base[PATH_MAX] = {0};
    if (dirfd == AT_FDCWD) {
        if (!getcwd(base, sizeof base))
            return path;
    } else {
        const std::string link = "/proc/self/fd/" + std::to_string(dirfd);
        const ssize_t n = readlink(link.c_str(), base, sizeof base - 1);
        if (n <= 0)
            return path;
        base[n] = 0;
    }
    return std::string(base) + '/' + path;
}

void track(int fd, int dirfd, const char *path)
{
    if (fd < 0 || fd >= kMaxFd || folder().empty())
        return;
    // The folder itself or anything below it; symbolic links in the file's own
    // folder resolved, so a path spelled another way is caught too.
    std::string name = absolute(dirfd, path);
    const std::size_t slash = name.rfind('/');
    char resolved[PATH_MAX];
    if (slash != std::string::npos && realpath(name.substr(0, slash).c_str(), resolved))
        name = std::string(resolved) + name.substr(slash);
    g_tracked[fd] = name.compare(0, folder().size(), folder()) == 0 || name + '/' == folder();
}

// Whether a write of size bytes to fd may go ahead; sets errno when not.
bool allowed(int fd, std::size_t size)
{
    if (fd < 0 || fd >= kMaxFd || !g_tracked[fd])
        return true;
    if (room().fetch_sub((long long)size) >= (long long)size)
        return true;
    room() = 0;
    errno = ENOSPC;
    return false;
}

template<typename F> F real(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

mode_t modeOf(int flags, va_list args)
{
    return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? mode_t(va_arg(args, int)) : 0;
}

} // namespace

extern "C" {

int open(const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    static auto next = real<int (*)(const char *, int, ...)>("open");
    const int fd = next(path, flags, mode);
    track(fd, AT_FDCWD, path);
    return fd;
}

int open64(const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    static auto next = real<int (*)(const char *, int, ...)>("open64");
    const int fd = next(path, flags, mode);
    track(fd, AT_FDCWD, path);
    return fd;
}

int openat(int dirfd, const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    static auto next = real<int (*)(int, const char *, int, ...)>("openat");
    const int fd = next(dirfd, path, flags, mode);
    track(fd, dirfd, path);
    return fd;
}

int openat64(int dirfd, const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    static auto next = real<int (*)(int, const char *, int, ...)>("openat64");
    const int fd = next(dirfd, path, flags, mode);
    track(fd, dirfd, path);
    return fd;
}

int close(int fd)
{
    static auto next = real<int (*)(int)>("close");
    if (fd >= 0 && fd < kMaxFd)
        g_tracked[fd] = false;
    return next(fd);
}

ssize_t write(int fd, const void *data, size_t size)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    return allowed(fd, size) ? next(fd, data, size) : -1;
}

ssize_t pwrite(int fd, const void *data, size_t size, off_t offset)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    return allowed(fd, size) ? next(fd, data, size, offset) : -1;
}

ssize_t pwrite64(int fd, const void *data, size_t size, off64_t offset)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    return allowed(fd, size) ? next(fd, data, size, offset) : -1;
}

ssize_t writev(int fd, const struct iovec *iov, int count)
{
    static auto next = real<ssize_t (*)(int, const struct iovec *, int)>("writev");
    std::size_t size = 0;
    for (int i = 0; i < count; ++i)
        size += iov[i].iov_len;
    return allowed(fd, size) ? next(fd, iov, count) : -1;
}

int posix_fallocate(int fd, off_t offset, off_t length)
{
    static auto next = real<int (*)(int, off_t, off_t)>("posix_fallocate");
    return allowed(fd, std::size_t(length)) ? next(fd, offset, length) : ENOSPC;
}

int fallocate(int fd, int mode, off_t offset, off_t length)
{
    static auto next = real<int (*)(int, int, off_t, off_t)>("fallocate");
    return allowed(fd, std::size_t(length)) ? next(fd, mode, offset, length) : -1;
}

} // extern "C"
