#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace godwit {

/*! Lists a folder and reads files relative to it. Types come from the directory entries
    and files are opened relative to the folder's descriptor: on 10,000 migrations, per-file
    stat calls and path look-ups were most of what `status` spent. A file that cannot be read
    comes with the reason: permission denied, a dangling link and where it points, a link
    loop, a directory or a FIFO where a file is expected. */
class FolderReader
{
public:
    struct Entry
    {
        QString name;
        bool isDir = false;
        QString brokenLink; ///< why a symbolic link leads nowhere, empty otherwise
    };

    explicit FolderReader(const QString &path);
    ~FolderReader();
    FolderReader(const FolderReader &) = delete;
    FolderReader &operator=(const FolderReader &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    /*! Why the folder could not be opened, when it could not. */
    const QString &openError() const { return m_openError; }
    /*! Entries sorted by name, without "." and "..". */
    QList<Entry> entries() const;
    /*! Reads a file given relative to the folder; false, with the reason, when it cannot. */
    bool read(const QString &relativePath, QByteArray &out, QString *reason = nullptr) const;
    /*! Whether the name is there, as anything: a dangling link is there, and unreadable. */
    bool exists(const QString &relativePath) const;

private:
    int m_fd = -1;
    QString m_openError;
};

/*! Reads one migration file by its path, as FolderReader::read does. */
bool readMigrationFile(const QString &path, QByteArray &out, QString *reason);

} // namespace godwit
