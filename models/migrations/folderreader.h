#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace godwit {

/*! Lists a folder and reads files relative to it. Types come from the directory entries
    and files are opened relative to the folder's descriptor: on 10,000 migrations, per-file
    stat calls and path look-ups were most of what `status` spent. */
class FolderReader
{
public:
    struct Entry
    {
        QString name;
        bool isDir = false;
    };

    explicit FolderReader(const QString &path);
    ~FolderReader();
    FolderReader(const FolderReader &) = delete;
    FolderReader &operator=(const FolderReader &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    /*! Entries sorted by name, without "." and "..". */
    QList<Entry> entries() const;
    /*! Reads a file given relative to the folder; false when it cannot be read. */
    bool read(const QString &relativePath, QByteArray &out) const;
    bool exists(const QString &relativePath) const;

private:
    int m_fd = -1;
};

} // namespace godwit
