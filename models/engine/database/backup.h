#pragma once

#include "connection.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace godwit {

/*! A backup of a target, with what proves it: the file, its size and SHA-256, how long it
    took, the tool and its version, and the command that restores it. */
struct Backup
{
    QString file;
    qint64 size = 0;
    QString sha256;
    double durationMs = 0;
    QString tool;          ///< "VACUUM INTO", "pg_dump", "mariadb-dump"
    QString toolVersion;
    QStringList restoreCommand; ///< program and arguments, for people (no password in it)
    QString restoreInput;       ///< the file the restore command reads on its standard input, if any
    /*! The restore command as one line for a POSIX shell, every word quoted: pasted, it runs
        exactly restoreCommand (< restoreInput), whatever the names in it hold. */
    QString restoreCommandLine;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/*! word quoted for a POSIX shell: in single quotes, each ' written '\'' (plain words that
    need no quotes stay as they are). */
QString shellQuoted(const QString &word);
/*! argv as one shell command line, each word quoted; "< input" appended when input is given. */
QString shellCommandLine(const QStringList &argv, const QString &input = {});

/*! The part of a file name a database or file name gives: letters, digits, '-', '_' and '.'
    kept, anything else ('/', '\', quotes, spaces, controls) an '_', never a leading '.' or '-'. */
QString fileNamePart(const QString &name);

/*! Backs the target up into directory (a file named after the database and the time), as
    the engine's driver does it (EngineDriver::backUp): SQLite with VACUUM INTO, PostgreSQL
    with pg_dump -Fc, MySQL/MariaDB with mariadb-dump (or mysqldump) --single-transaction.
    Tools run as processes with an argument list, never a shell; the password travels in
    their environment (PGPASSWORD, MYSQL_PWD), never in argv. The file is created 0600; a
    folder takeBackup creates, and Godwit's own .godwit/backups, are 0700. */
Backup takeBackup(const ConnectionSpec &target, const ConnectOptions &options, const QString &directory,
                  const std::atomic_bool *cancel = nullptr);

/*! Runs a PostgreSQL client program (pg_dump, psql) on server's host, port and user, with
    the password in its environment (PGPASSWORD), never in argv; arguments follow the
    connection's. Empty on success, else why (the program's error output). */
QString runPostgresClient(const QString &program, const ConnectionSpec &server, const ConnectOptions &options,
                          const QStringList &arguments, const std::atomic_bool *cancel = nullptr);

/*! Restores a backup made by takeBackup into the target, replacing what is there: SQLite
    through the online backup API, PostgreSQL with pg_restore --clean --if-exists, MySQL by
    replaying the dump with the mariadb client. Empty on success, else why. */
QString restoreBackup(const ConnectionSpec &target, const ConnectOptions &options, const Backup &backup);

} // namespace godwit
