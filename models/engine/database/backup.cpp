#include "backup.h"
#include "backuptools_p.h"

#include "drivers/enginedriver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

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

} // namespace

// Two backups in one second get -2, -3….
QString freeBackupName(const QString &directory, const QString &base, const QString &extension)
{
    const QDir dir(directory);
    QString path = dir.filePath(base + extension);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(u"%1-%2%3"_s.arg(base).arg(n).arg(extension));
    return path;
}

// 0600: the tools keep the mode of a file that exists (VACUUM INTO accepts an empty one).
QString createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
        return Text::tr("cannot create %1: %2").arg(path, file.errorString());
    return {};
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

QProcessEnvironment toolEnvironment(const ConnectOptions &options, const QString &passwordVariable)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!options.password.isEmpty())
        env.insert(passwordVariable, options.password);
    return env;
}

QString runTool(const QString &tool, const QStringList &args, const QProcessEnvironment &env,
                const std::atomic_bool *cancel, const QString &stdinFile)
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

QString runPostgresClient(const QString &program, const ConnectionSpec &server, const ConnectOptions &options,
                          const QStringList &arguments, const std::atomic_bool *cancel)
{
    const QString tool = firstTool({program});
    if (tool.isEmpty())
        return Text::tr("%1 is not installed (Debian: postgresql-client)").arg(program);
    const EngineDriver &driver = engineDriver(server.dialect);
    return runTool(tool, driver.clientArguments(server) + arguments,
                   toolEnvironment(options, driver.clientPasswordVariable()), cancel);
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
    const EngineDriver &driver = engineDriver(target.dialect);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString base = fileNamePart(driver.backupName(target)) + u'-' + stamp;
    QElapsedTimer timer;
    timer.start();
    const bool taken = driver.backUp(target, options, directory, base, cancel, b);
    b.durationMs = double(timer.nsecsElapsed()) / 1e6;
    if (!taken || !b.error.isEmpty()) {
        // A driver that refuses names the target itself; one that took a backup and then
        // found it wrong does not. Never a failed backup without a reason.
        if (b.error.isEmpty())
            b.error = Text::tr("%1: the backup failed without a reason from the driver").arg(target.display());
        else if (taken)
            b.error = Text::tr("%1: %2").arg(target.display(), b.error);
        QFile::remove(b.file); // no half backup that looks whole
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
    return engineDriver(target.dialect).restore(target, options, backup);
}

} // namespace godwit
