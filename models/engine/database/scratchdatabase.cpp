#include "scratchdatabase.h"

#include "enginelog.h"

#include "drivers/enginedriver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(ScratchDatabase)
};

// The target's mark in a scratch database's name: runs on one database sweep only what runs
// on it left (and, with each test on a database of its own, never another's).
QString targetTag(const Connection &target)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(target.spec().database.toUtf8(), QCryptographicHash::Sha1).toHex().left(6));
}

struct ScratchName
{
    qint64 owner = 0; ///< the owner session's number (see EngineDriver::scratchOwnerMark)
    QString target;   ///< targetTag() of the database it was made for
};

// nullopt for a name that names no owner (made by a Godwit before owners were named).
std::optional<ScratchName> parseScratchName(const QString &name, QChar ownerMark)
{
    static const QRegularExpression pattern(u"^godwit_scratch_([pc])(\\d+)_([0-9a-f]{6})_[0-9a-f]+$"_s);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch() || match.captured(1) != ownerMark)
        return std::nullopt;
    return ScratchName{match.captured(2).toLongLong(), match.captured(3)};
}

// A file scratch lives in a temporary folder named after the process that made it.
const QString folderPrefix = u"godwit-scratch-"_s;

QString folderTemplate()
{
    return QDir::tempPath() + u'/' + folderPrefix + QString::number(QCoreApplication::applicationPid()) + u"-XXXXXX"_s;
}

bool processAlive(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

// The run that made a folder holds an flock on its owner.lock while it lives; the kernel
// lets go when the process ends, however it ends, whatever PID namespace it ran in.
const QString ownerLock = u"owner.lock"_s;

int lockOwner(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(QDir(folder).filePath(ownerLock)).constData(), O_RDWR | O_CREAT | O_CLOEXEC,
                          0600);
    if (fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Dead: its lock is free and, besides, its process is gone or the folder is older than a
// run takes to lock it (another PID namespace, where the number says nothing).
bool folderDead(const QFileInfo &folder, qint64 pid)
{
    const QString lock = QDir(folder.filePath()).filePath(ownerLock);
    if (!QFileInfo::exists(lock))
        return !processAlive(pid); // made by a Godwit before the lock
    const int fd = ::open(QFile::encodeName(lock).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free && (!processAlive(pid) || QFileInfo(lock).lastModified().secsTo(QDateTime::currentDateTime()) > 10);
}

// The folders of this user's runs that died (kill -9, a crash): their QTemporaryDir never
// removed them.
QList<Message> removeDeadFolders()
{
    QList<Message> notes;
    static const QRegularExpression pattern(u"^godwit-scratch-(\\d+)-"_s);
    const QFileInfoList folders =
        QDir(QDir::tempPath()).entryInfoList({folderPrefix + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &folder : folders) {
        const QRegularExpressionMatch match = pattern.match(folder.fileName());
        if (!match.hasMatch() || folder.ownerId() != ::getuid() || !folderDead(folder, match.captured(1).toLongLong()))
            continue;
        notes << (QDir(folder.filePath()).removeRecursively()
                      ? Text::msg("removed %1 left by a run that died").arg(folder.filePath())
                      : Text::msg("%1 was left by a run that died and cannot be removed").arg(folder.filePath()));
    }
    return notes;
}

} // namespace

QList<Message> ScratchDatabase::dropLeftovers(Connection &target)
{
    QList<Message> notes;
    const EngineDriver &driver = target.driver();
    if (!driver.scratchOnServer())
        return removeDeadFolders();
    const QString tag = targetTag(target);
    QSqlQuery q(target.database());
    for (const QString &name : driver.scratchDatabases(target)) {
        const std::optional<ScratchName> parsed = parseScratchName(name, driver.scratchOwnerMark());
        if (!parsed) {
            notes << Text::msg("%1 is a scratch database whose owner cannot be told (made by an older Godwit): drop it "
                              "by hand once no dry run is running").arg(name);
        } else if (parsed->target == tag && !driver.scratchOwnerAlive(target, name, parsed->owner)) {
            notes << (q.exec(driver.dropDatabaseStatement(name))
                          ? Text::msg("dropped %1 left by a run that died").arg(name)
                          : Text::msg("%1 was left by a run that died and cannot be dropped: %2")
                                .arg(name, queryError(q)));
        }
    }
    return notes;
}

ScratchDatabase::ScratchDatabase(Connection &target)
    : m_target(target)
{
}

ScratchDatabase::~ScratchDatabase()
{
    m_connection.reset(); // a server refuses to drop a database someone is connected to
    if (m_ownerLock >= 0) {
        m_dir.reset(); // the folder first: no later run may find it unlocked
        ::close(m_ownerLock);
    }
    if (!m_created)
        return; // a file: the temporary folder went with m_dir
    QSqlQuery q(m_owner->database());
    // The next dry run on this target drops it when this one's owner session is gone.
    if (!q.exec(m_target.driver().dropDatabaseStatement(m_name)))
        qCWarning(lcEngine, "%s: scratch database %s was not dropped: %s", qUtf8Printable(m_target.spec().display()),
                  qUtf8Printable(m_name), qUtf8Printable(q.lastError().text()));
}

// Claims the name in an owner session of its own before the database exists, so that no
// other run ever sees it without a live owner.
QString ScratchDatabase::createOnServer()
{
    auto open = m_target.openAnother();
    if (!open.connection)
        return open.error.text();
    m_owner = std::move(open.connection);
    const EngineDriver &driver = m_target.driver();
    QString error;
    const std::optional<qint64> owner = driver.sessionNumber(*m_owner, &error);
    if (!owner)
        return error;
    m_name = u"godwit_scratch_%1%2_%3_%4"_s.arg(driver.scratchOwnerMark())
                 .arg(QString::number(*owner), targetTag(m_target), QUuid::createUuid().toString(QUuid::Id128).left(8));
    if (!driver.markScratchOwner(*m_owner, m_name, &error))
        return Text::tr("cannot mark the session that owns %1: %2").arg(m_name, error);
    QSqlQuery q(m_owner->database());
    if (!q.exec(driver.createDatabaseStatement(*m_owner, m_name)))
        return queryError(q);
    m_created = true;
    return {};
}

ScratchDatabase::Create ScratchDatabase::create(Connection &target, Content content, const std::atomic_bool *cancel,
                                                RowSample *sample)
{
    Create result;
    std::unique_ptr<ScratchDatabase> scratch(new ScratchDatabase(target));
    const EngineDriver &driver = target.driver();
    const QString where = target.spec().display();
    const auto fail = [&](const QString &why) {
        result.error = Text::tr("%1: cannot make a scratch database: %2").arg(where, why);
        return std::move(result);
    };
    if (!driver.scratchOnServer()) {
        result.notes = dropLeftovers(target);
        scratch->m_dir = std::make_unique<QTemporaryDir>(folderTemplate());
        if (!scratch->m_dir->isValid())
            return fail(scratch->m_dir->errorString());
        scratch->m_name = scratch->m_dir->filePath(u"scratch.sqlite3"_s);
        scratch->m_ownerLock = lockOwner(scratch->m_dir->path());
        if (scratch->m_ownerLock < 0)
            return fail(Text::tr("cannot lock %1: %2").arg(scratch->m_dir->filePath(ownerLock), qt_error_string(errno)));
    } else {
        if (content == Content::Copy)
            return fail(Text::tr("a file copy is only made of SQLite databases"));
        result.notes = dropLeftovers(target);
        if (const QString error = scratch->createOnServer(); !error.isEmpty())
            return fail(error);
    }
    if (const QString error = driver.copyBeforeOpening(target, scratch->m_name, content, cancel, sample); !error.isEmpty())
        return fail(error);
    auto open = target.openSibling(scratch->m_name);
    if (!open.connection)
        return fail(open.error.text());
    scratch->m_connection = std::move(open.connection);
    if (const QString error = driver.copyAfterOpening(target, *scratch->m_connection, scratch->m_name, content,
                                                      scratch->m_notRehearsable, sample, cancel);
        !error.isEmpty())
        return fail(error);
    result.scratch = std::move(scratch);
    return result;
}

} // namespace godwit
