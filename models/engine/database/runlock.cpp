#include "runlock.h"

#include "enginelog.h"

#include "drivers/enginedriver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QThread>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunLock)
};

// How often a waiting run says who holds the lock.
constexpr qint64 reportEveryMs = 5000;

QString holder(Connection &connection)
{
    const QString holder = connection.driver().runLockHolder(connection);
    return holder.isEmpty() ? Text::tr("another run holds the migration lock") : holder;
}

} // namespace

qint64 advisoryLockKey(const QByteArray &text)
{
    const QByteArray digest = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    qint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | quint8(digest.at(i));
    return key;
}

RunLock::RunLock(Connection &connection)
    : m_connection(connection)
{
}

RunLock::~RunLock()
{
    // A lock that cannot be released goes with the session, which ends with the connection.
    if (const QString error = m_connection.driver().releaseRunLock(m_connection); !error.isEmpty())
        qCWarning(lcEngine, "%s: the run lock was not released: %s", qUtf8Printable(m_connection.spec().display()),
                  qUtf8Printable(error));
}

RunLock::Acquire RunLock::acquire(Connection &connection, int timeoutSeconds, const std::atomic_bool *cancel,
                                  const Waiting &waiting)
{
    Acquire result;
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    QDeadlineTimer nextReport(0);
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    for (;;) {
        if (cancelled()) {
            result.error = Text::tr("cancelled while waiting for the migration lock");
            return result;
        }
        QString error;
        const int taken = connection.driver().tryRunLock(connection, &error);
        if (taken == 1) {
            result.lock.reset(new RunLock(connection));
            return result;
        }
        if (cancelled()) // the wait was interrupted
            continue;
        if (taken < 0) {
            result.error = error;
            return result;
        }
        if (deadline.hasExpired())
            break;
        if (waiting && nextReport.hasExpired()) {
            waiting(holder(connection));
            nextReport.setRemainingTime(reportEveryMs);
        }
        if (const int pause = connection.driver().runLockPauseMs())
            QThread::msleep(pause);
    }
    result.error = holder(connection);
    return result;
}

} // namespace godwit
