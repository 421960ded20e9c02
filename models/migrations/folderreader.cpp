#include "folderreader.h"

#include <QFile>

#include <algorithm>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace godwit {

FolderReader::FolderReader(const QString &path)
    : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
{
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
        bool isDir = e->d_type == DT_DIR;
        if (e->d_type == DT_UNKNOWN || e->d_type == DT_LNK) {
            struct stat st;
            isDir = ::fstatat(m_fd, name, &st, 0) == 0 && S_ISDIR(st.st_mode);
        }
        list.append({QFile::decodeName(name), isDir});
    }
    ::closedir(dir);
    std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return list;
}

bool FolderReader::read(const QString &relativePath, QByteArray &out) const
{
    const int fd = ::openat(m_fd, QFile::encodeName(relativePath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    // Allocate what the file holds, read until that much (or the end) has come.
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return false;
    }
    out = QByteArray(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype size = 0;
    while (size < out.size()) {
        const ssize_t n = ::read(fd, out.data() + size, size_t(out.size() - size));
        if (n < 0) {
            ::close(fd);
            return false;
        }
        if (n == 0)
            break;
        size += n;
    }
    ::close(fd);
    out.truncate(size);
    return true;
}

bool FolderReader::exists(const QString &relativePath) const
{
    return ::faccessat(m_fd, QFile::encodeName(relativePath).constData(), F_OK, 0) == 0;
}

} // namespace godwit
