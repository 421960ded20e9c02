#include "postgresdriver.h"

#include "database/backuptools_p.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of backups, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

// What libpq reads as a database name and nothing else: a conninfo string, the value in
// quotes. A bare name with '=' in it, or starting "postgresql://", would be read as one.
QString conninfoDatabase(const QString &database)
{
    return u"dbname='"_s + QString(database).replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s) + u'\'';
}

} // namespace

// pg_dump -Fc, restored with pg_restore --clean --if-exists.
bool PostgresDriver::backUp(const ConnectionSpec &target, const ConnectOptions &options, const QString &directory,
                            const QString &base, const std::atomic_bool *cancel, Backup &b) const
{
    const QString tool = firstTool({u"pg_dump"_s});
    if (tool.isEmpty()) {
        b.error = Text::tr("pg_dump is not installed (Debian: postgresql-client)");
        return false;
    }
    b.file = freeBackupName(directory, base, u".dump"_s);
    if (b.error = createPrivateFile(b.file); !b.error.isEmpty())
        return false;
    b.tool = u"pg_dump"_s;
    b.toolVersion = versionOf(tool);
    const QStringList args = clientArguments(target) << u"--format=custom"_s << u"--file"_s << b.file
                                                     << conninfoDatabase(target.database);
    b.error = runTool(tool, args, toolEnvironment(options, clientPasswordVariable()), cancel);
    b.restoreCommand = QStringList{u"pg_restore"_s} << clientArguments(target) << u"--clean"_s << u"--if-exists"_s
                                                     << u"--dbname"_s << conninfoDatabase(target.database)
                                                     << QFileInfo(b.file).absoluteFilePath();
    return true;
}

QString PostgresDriver::restore(const ConnectionSpec &target, const ConnectOptions &options, const Backup &backup) const
{
    const QString tool = firstTool({u"pg_restore"_s});
    if (tool.isEmpty())
        return Text::tr("pg_restore is not installed (Debian: postgresql-client)");
    const QStringList args = clientArguments(target) << u"--clean"_s << u"--if-exists"_s << u"--dbname"_s
                                                     << conninfoDatabase(target.database) << backup.file;
    const QString error = runTool(tool, args, toolEnvironment(options, clientPasswordVariable()), nullptr);
    return error.isEmpty() ? QString() : Text::tr("%1: %2").arg(target.display(), error);
}

QStringList PostgresDriver::clientArguments(const ConnectionSpec &server) const
{
    return ServerDriver::clientArguments(server) << u"--no-password"_s;
}

QString PostgresDriver::clientUserOption() const
{
    return u"--username"_s;
}

QString PostgresDriver::clientPasswordVariable() const
{
    return u"PGPASSWORD"_s;
}

} // namespace godwit::drivers
