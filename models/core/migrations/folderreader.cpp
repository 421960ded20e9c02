#include "folderreader.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FolderReader)
};

QString typeReason(mode_t mode)
{
    if (S_ISDIR(mode))
        return Text::tr("a directory, not a file");
    if (S_ISFIFO(mode))
        return Text::tr("a FIFO, not a regular file");
    if (S_ISSOCK(mode))
        return Text::tr("a socket, not a regular file");
    return Text::tr("a device, not a regular file");
}

// Why name (relative to dirFd) could not be opened with errno error.
QString openReason(int dirFd, const QByteArray &name, int error)
{
    switch (error) {
    case ELOOP: return Text::tr("a symbolic link loop");
    case EACCES:
    case EPERM: return Text::tr("permission denied");
    case EISDIR: return Text::tr("a directory, not a file");
    case ENOENT: {
        struct stat st;
        if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode)) {
            char target[4096];
            const ssize_t n = ::readlinkat(dirFd, name.constData(), target, sizeof target - 1);
            return Text::tr("a dangling symbolic link to %1")
                .arg(QFile::decodeName(QByteArray(target, n > 0 ? qsizetype(n) : 0)));
        }
        return Text::tr("no such file (it was removed while the folder was read)");
    }
    default: return qt_error_string(error);
    }
}

bool readAt(int dirFd, const QByteArray &name, QByteArray &out, QString *reason)
{
    auto fail = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    // O_NONBLOCK: a FIFO named like a migration must not hang the read.
    const int fd = ::openat(dirFd, name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(openReason(dirFd, name, errno));
    // Allocate what the file holds, read until that much (or the end) has come.
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        return fail(qt_error_string(error));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(typeReason(st.st_mode));
    }
    out = QByteArray(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype size = 0;
    while (size < out.size()) {
        const ssize_t n = ::read(fd, out.data() + size, size_t(out.size() - size));
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return fail(qt_error_string(error));
        }
        if (n == 0)
            break;
        size += n;
    }
    ::close(fd);
    out.truncate(size);
    return true;
}

} // namespace

FolderReader::FolderReader(const QString &path)
    : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
{
    if (m_fd < 0)
        m_openError = openReason(AT_FDCWD, QFile::encodeName(path), errno);
}

FolderReader::~FolderReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QList<FolderReader::Entry> FolderReader::entries() const
{
    QList<Entry> list;
    if (m_fd < 0)
        return list;
    // fdopendir takes ownership of its descriptor: give it a copy.
    DIR *dir = ::fdopendir(::dup(m_fd));
    if (!dir)
        return list;
    ::rewinddir(dir);
    while (const dirent *e = ::readdir(dir)) {
        const char *name = e->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        Entry entry{QFile::decodeName(name), e->d_type == DT_DIR, {}};
        if (e->d_type == DT_UNKNOWN || e->d_type == DT_LNK) {
            struct stat st;
            if (::fstatat(m_fd, name, &st, 0) == 0)
                entry.isDir = S_ISDIR(st.st_mode);
            else
                entry.brokenLink = openReason(m_fd, name, errno);
        }
        list.append(entry);
    }
    ::closedir(dir);
    std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return list;
}

bool FolderReader::read(const QString &relativePath, QByteArray &out, QString *reason) const
{
    return readAt(m_fd, QFile::encodeName(relativePath), out, reason);
}

bool FolderReader::exists(const QString &relativePath) const
{
    struct stat st;
    return ::fstatat(m_fd, QFile::encodeName(relativePath).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
}

bool readMigrationFile(const QString &path, QByteArray &out, QString *reason)
{
    return readAt(AT_FDCWD, QFile::encodeName(path), out, reason);
}

} // namespace godwit
