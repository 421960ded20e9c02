#include "backup.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// A file that is not there yet: two backups in one second get -2, -3…; none is overwritten.
QString freeName(const QString &directory, const QString &base, const QString &extension)
{
    const QDir dir(directory);
    QString path = dir.filePath(base + extension);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(u"%1-%2%3"_s.arg(base).arg(n).arg(extension));
    return path;
}

constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerOnlyFolder = ownerOnlyFile | QFileDevice::ExeOwner;

// A dump holds every row: readable by its owner only, in a folder only its owner can list.
// A folder given by the user that was there before keeps its mode, except Godwit's own.
QString prepareDirectory(const QString &directory)
{
    const bool existed = QFileInfo::exists(directory);
    if (!QDir().mkpath(directory))
        return Text::tr("cannot create the folder %1").arg(directory);
    const QFileInfo info(directory);
    const bool godwits = info.fileName() == u"backups" && QFileInfo(info.absolutePath()).fileName() == u".godwit";
    if ((!existed || godwits) && !QFile::setPermissions(directory, ownerOnlyFolder))
        return Text::tr("cannot make the folder %1 private").arg(directory);
    return {};
}

// The file, empty, 0600, before any tool writes to it: the tools keep the mode of a file
// that exists (VACUUM INTO accepts an empty one).
QString createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
        return Text::tr("cannot create %1: %2").arg(path, file.errorString());
    return {};
}

// What libpq reads as a database name and nothing else: a conninfo string, the value in
// quotes. A bare name with '=' in it, or starting "postgresql://", would be read as one.
QString conninfoDatabase(const QString &database)
{
    return u"dbname='"_s + QString(database).replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s) + u'\'';
}

// sqlite3's dot-commands take a double-quoted argument with backslash escapes.
QString sqliteShellArgument(const QString &text)
{
    return u'"' + QString(text).replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"';
}

QString firstTool(const QStringList &names)
{
    for (const QString &name : names) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QString versionOf(const QString &tool)
{
    QProcess p;
    p.start(tool, {u"--version"_s});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QStringList serverArguments(const ConnectionSpec &t, Dialect dialect)
{
    QStringList args;
    if (dialect == Dialect::PostgreSQL) {
        if (!t.host.isEmpty())
            args << u"--host"_s << t.host;
        if (t.port)
            args << u"--port"_s << QString::number(t.port);
        if (!t.user.isEmpty())
            args << u"--username"_s << t.user;
        args << u"--no-password"_s;
    } else {
        if (!t.host.isEmpty())
            args << u"--host"_s << t.host;
        if (t.port)
            args << u"--port"_s << QString::number(t.port);
        if (!t.user.isEmpty())
            args << u"--user"_s << t.user;
    }
    return args;
}

QProcessEnvironment toolEnvironment(const ConnectOptions &options, Dialect dialect)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!options.password.isEmpty())
        env.insert(dialect == Dialect::PostgreSQL ? u"PGPASSWORD"_s : u"MYSQL_PWD"_s, options.password);
    return env;
}

// Runs a tool to its end (or until cancelled); empty on success, else its error output.
QString runTool(const QString &tool, const QStringList &args, const QProcessEnvironment &env,
                const std::atomic_bool *cancel, const QString &stdinFile = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(stdinFile);
    p.start(tool, args);
    if (!p.waitForStarted(10000))
        return Text::tr("%1 does not start: %2").arg(tool, p.errorString());
    while (!p.waitForFinished(100)) {
        if (cancel && cancel->load()) {
            p.kill();
            p.waitForFinished(5000);
            return Text::tr("cancelled");
        }
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Text::tr("%1 failed (exit %2): %3")
            .arg(QFileInfo(tool).fileName())
            .arg(p.exitCode())
            .arg(QString::fromUtf8(p.readAllStandardError()).trimmed());
    return {};
}

} // namespace

QString runPostgresClient(const QString &program, const ConnectionSpec &server, const ConnectOptions &options,
                          const QStringList &arguments, const std::atomic_bool *cancel)
{
    const QString tool = firstTool({program});
    if (tool.isEmpty())
        return Text::tr("%1 is not installed (Debian: postgresql-client)").arg(program);
    return runTool(tool, serverArguments(server, Dialect::PostgreSQL) + arguments,
                   toolEnvironment(options, Dialect::PostgreSQL), cancel);
}

QString shellQuoted(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:@%+,-]+$"_s);
    if (plain.match(word).hasMatch())
        return word;
    return u'\'' + QString(word).replace(u'\'', u"'\\''"_s) + u'\'';
}

QString shellCommandLine(const QStringList &argv, const QString &input)
{
    QStringList words;
    for (const QString &word : argv)
        words << shellQuoted(word);
    if (!input.isEmpty())
        words << u"<"_s << shellQuoted(input);
    return words.join(u' ');
}

QString fileNamePart(const QString &name)
{
    QString part;
    for (const QChar c : name.left(100))
        part += c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' ? c : u'_';
    if (part.isEmpty() || part.startsWith(u'.') || part.startsWith(u'-'))
        part.prepend(u'_');
    return part;
}

Backup takeBackup(const ConnectionSpec &target, const ConnectOptions &options, const QString &directory,
                  const std::atomic_bool *cancel)
{
    Backup b;
    if (b.error = prepareDirectory(directory); !b.error.isEmpty()) {
        b.error = Text::tr("%1: %2").arg(target.display(), b.error);
        return b;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString name =
        fileNamePart(target.dialect == Dialect::SQLite ? QFileInfo(target.path).completeBaseName() : target.database);
    QElapsedTimer timer;
    timer.start();
    switch (target.dialect) {
    case Dialect::SQLite: {
        b.file = freeName(directory, name + u'-' + stamp, u".sqlite3"_s);
        if (b.error = createPrivateFile(b.file); !b.error.isEmpty())
            return b;
        b.tool = u"VACUUM INTO"_s;
        b.toolVersion = u"SQLite "_s + QString::fromLatin1(sqlite3_libversion());
        auto open = Connection::open(target, Connection::Mode::ReadOnly, options);
        if (!open.connection) {
            QFile::remove(b.file);
            b.error = open.error;
            return b;
        }
        QSqlQuery q(open.connection->database());
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(b.file);
        if (!q.exec()) {
            QFile::remove(b.file);
            b.error = Text::tr("%1: VACUUM INTO %2: %3").arg(target.display(), b.file, q.lastError().text());
            return b;
        }
        b.restoreCommand = {u"sqlite3"_s, QFileInfo(target.path).absoluteFilePath(),
                            u".restore "_s + sqliteShellArgument(QFileInfo(b.file).absoluteFilePath())};
        break;
    }
    case Dialect::PostgreSQL: {
        const QString tool = firstTool({u"pg_dump"_s});
        if (tool.isEmpty()) {
            b.error = Text::tr("pg_dump is not installed (Debian: postgresql-client)");
            return b;
        }
        b.file = freeName(directory, name + u'-' + stamp, u".dump"_s);
        if (b.error = createPrivateFile(b.file); !b.error.isEmpty())
            return b;
        b.tool = u"pg_dump"_s;
        b.toolVersion = versionOf(tool);
        const QStringList args = serverArguments(target, Dialect::PostgreSQL)
                                 << u"--format=custom"_s << u"--file"_s << b.file << conninfoDatabase(target.database);
        b.error = runTool(tool, args, toolEnvironment(options, Dialect::PostgreSQL), cancel);
        b.restoreCommand = QStringList{u"pg_restore"_s} << serverArguments(target, Dialect::PostgreSQL)
                                                         << u"--clean"_s << u"--if-exists"_s << u"--dbname"_s
                                                         << conninfoDatabase(target.database)
                                                         << QFileInfo(b.file).absoluteFilePath();
        break;
    }
    case Dialect::MySQL: {
        const QString tool = firstTool({u"mariadb-dump"_s, u"mysqldump"_s});
        if (tool.isEmpty()) {
            b.error = Text::tr("mariadb-dump or mysqldump is not installed (Debian: mariadb-client)");
            return b;
        }
        b.file = freeName(directory, name + u'-' + stamp, u".sql"_s);
        if (b.error = createPrivateFile(b.file); !b.error.isEmpty())
            return b;
        b.tool = QFileInfo(tool).fileName();
        b.toolVersion = versionOf(tool);
        const QStringList args = serverArguments(target, Dialect::MySQL)
                                 << u"--single-transaction"_s << u"--routines"_s << u"--triggers"_s
                                 << u"--result-file="_s + b.file << target.database;
        b.error = runTool(tool, args, toolEnvironment(options, Dialect::MySQL), cancel);
        b.restoreCommand = QStringList{b.tool == u"mysqldump" ? u"mysql"_s : u"mariadb"_s}
                           << serverArguments(target, Dialect::MySQL) << u"--comments"_s
                           << u"--database="_s + target.database;
        b.restoreInput = QFileInfo(b.file).absoluteFilePath();
        break;
    }
    }
    b.durationMs = double(timer.nsecsElapsed()) / 1e6;
    if (!b.error.isEmpty()) {
        QFile::remove(b.file); // no half backup that looks whole
        b.error = Text::tr("%1: %2").arg(target.display(), b.error);
        return b;
    }
    QFile::setPermissions(b.file, ownerOnlyFile); // whatever the tool did
    b.restoreCommandLine = shellCommandLine(b.restoreCommand, b.restoreInput);
    b.size = QFileInfo(b.file).size();
    b.sha256 = sha256Of(b.file);
    return b;
}

QString restoreBackup(const ConnectionSpec &target, const ConnectOptions &options, const Backup &backup)
{
    if (sha256Of(backup.file) != backup.sha256)
        return Text::tr("%1 is not the backup that was taken (its SHA-256 differs): not restored").arg(backup.file);
    switch (target.dialect) {
    case Dialect::SQLite: {
        auto open = Connection::open(target, Connection::Mode::ReadWrite, options);
        if (!open.connection)
            return open.error;
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
    case Dialect::PostgreSQL: {
        const QString tool = firstTool({u"pg_restore"_s});
        if (tool.isEmpty())
            return Text::tr("pg_restore is not installed (Debian: postgresql-client)");
        const QStringList args = serverArguments(target, Dialect::PostgreSQL)
                                 << u"--clean"_s << u"--if-exists"_s << u"--dbname"_s
                                 << conninfoDatabase(target.database) << backup.file;
        const QString error = runTool(tool, args, toolEnvironment(options, Dialect::PostgreSQL), nullptr);
        return error.isEmpty() ? QString() : Text::tr("%1: %2").arg(target.display(), error);
    }
    case Dialect::MySQL: {
        const QString tool = firstTool({u"mariadb"_s, u"mysql"_s});
        if (tool.isEmpty())
            return Text::tr("the mariadb client is not installed (Debian: mariadb-client)");
        // --comments: the client strips comments otherwise, routine bodies' included.
        const QStringList args = serverArguments(target, Dialect::MySQL) << u"--comments"_s
                                                                          << u"--database="_s + target.database;
        const QString error = runTool(tool, args, toolEnvironment(options, Dialect::MySQL), nullptr, backup.file);
        return error.isEmpty() ? QString() : Text::tr("%1: %2").arg(target.display(), error);
    }
    }
    return {};
}

} // namespace godwit
