#include "sqlitedriver.h"

#include "database/backuptools_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of backups, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

// sqlite3's dot-commands take a double-quoted argument with backslash escapes.
QString sqliteShellArgument(const QString &text)
{
    return u'"' + QString(text).replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"';
}

} // namespace

QString SqliteDriver::backupName(const ConnectionSpec &target) const
{
    return QFileInfo(target.path).completeBaseName();
}

// VACUUM INTO, restored through the online backup API (or sqlite3's .restore).
bool SqliteDriver::backUp(const ConnectionSpec &target, const ConnectOptions &options, const QString &directory,
                          const QString &base, const std::atomic_bool *, Backup &b) const
{
    if (!QFileInfo::exists(target.path)) {
        b.error = Text::tr("%1 does not exist yet: there is nothing to back up").arg(target.path);
        return false;
    }
    b.file = freeBackupName(directory, base, u".sqlite3"_s);
    if (b.error = createPrivateFile(b.file); !b.error.isEmpty())
        return false;
    b.tool = u"VACUUM INTO"_s;
    b.toolVersion = u"SQLite "_s + QString::fromLatin1(sqlite3_libversion());
    auto open = Connection::open(target, Connection::Mode::ReadOnly, options);
    if (!open.connection) {
        QFile::remove(b.file);
        b.error = open.error.text();
        return false;
    }
    QSqlQuery q(open.connection->database());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(b.file);
    if (!q.exec()) {
        QFile::remove(b.file);
        b.error = Text::tr("%1: VACUUM INTO %2: %3").arg(target.display(), b.file, q.lastError().text());
        return false;
    }
    b.restoreCommand = {u"sqlite3"_s, QFileInfo(target.path).absoluteFilePath(),
                        u".restore "_s + sqliteShellArgument(QFileInfo(b.file).absoluteFilePath())};
    return true;
}

QString SqliteDriver::restore(const ConnectionSpec &target, const ConnectOptions &options, const Backup &backup) const
{
    auto open = Connection::open(target, Connection::Mode::ReadWrite, options);
    if (!open.connection)
        return open.error.text();
    auto *handle = static_cast<sqlite3 *>(open.connection->nativeHandle("sqlite3*"));
    sqlite3 *source = nullptr;
    if (sqlite3_open_v2(backup.file.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(source);
        return Text::tr("%1: cannot open the backup").arg(backup.file);
    }
    sqlite3_backup *copy = sqlite3_backup_init(handle, "main", source, "main");
    int rc = copy ? sqlite3_backup_step(copy, -1) : SQLITE_ERROR;
    const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
    if (copy)
        sqlite3_backup_finish(copy);
    sqlite3_close(source);
    return rc == SQLITE_DONE ? QString() : Text::tr("%1: restore failed: %2").arg(target.display(), error);
}

} // namespace godwit::drivers
