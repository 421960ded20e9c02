#include "mysqldriver.h"

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

} // namespace

// mariadb-dump (or mysqldump) --single-transaction, replayed with the mariadb client.
bool MysqlDriver::backUp(const ConnectionSpec &target, const ConnectOptions &options, const QString &directory,
                         const QString &base, const std::atomic_bool *cancel, Backup &b) const
{
    const QString tool = firstTool({u"mariadb-dump"_s, u"mysqldump"_s});
    if (tool.isEmpty()) {
        b.error = Text::tr("mariadb-dump or mysqldump is not installed (Debian: mariadb-client)");
        return false;
    }
    b.file = freeBackupName(directory, base, u".sql"_s);
    if (b.error = createPrivateFile(b.file); !b.error.isEmpty())
        return false;
    b.tool = QFileInfo(tool).fileName();
    b.toolVersion = versionOf(tool);
    const QStringList args = clientArguments(target) << u"--single-transaction"_s << u"--routines"_s
                                                     << u"--triggers"_s << u"--result-file="_s + b.file
                                                     << target.database;
    b.error = runTool(tool, args, toolEnvironment(options, clientPasswordVariable()), cancel);
    b.restoreCommand = QStringList{b.tool == u"mysqldump" ? u"mysql"_s : u"mariadb"_s}
                       << clientArguments(target) << u"--comments"_s << u"--database="_s + target.database;
    b.restoreInput = QFileInfo(b.file).absoluteFilePath();
    return true;
}

QString MysqlDriver::restore(const ConnectionSpec &target, const ConnectOptions &options, const Backup &backup) const
{
    const QString tool = firstTool({u"mariadb"_s, u"mysql"_s});
    if (tool.isEmpty())
        return Text::tr("the mariadb client is not installed (Debian: mariadb-client)");
    // --comments: the client strips comments otherwise, routine bodies' included.
    const QStringList args = clientArguments(target) << u"--comments"_s << u"--database="_s + target.database;
    const QString error =
        runTool(tool, args, toolEnvironment(options, clientPasswordVariable()), nullptr, backup.file);
    return error.isEmpty() ? QString() : Text::tr("%1: %2").arg(target.display(), error);
}

QString MysqlDriver::clientUserOption() const
{
    return u"--user"_s;
}

QString MysqlDriver::clientPasswordVariable() const
{
    return u"MYSQL_PWD"_s;
}

} // namespace godwit::drivers
