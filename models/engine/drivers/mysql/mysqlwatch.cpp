// The second session beside a MySQL/MariaDB dry run (StatementWatch). DDL there ends its
// metadata locks with the statement, so nothing is left to read afterwards: while a statement
// runs, this session holds a shared read lock on the tables it names, in a transaction, and
// reads performance_schema.metadata_locks for the dry run's session. A statement that needs
// an EXCLUSIVE lock waits for it there, which shows what it takes and waits for; the watcher
// lets go at once, and the wait is taken off the statement's time. And an ALTER is first
// issued with ALGORITHM=INSTANT, then the other algorithms and locks, least disruptive
// first: the server refuses one it cannot do before changing anything, and the first it
// accepts is what it does with the statement as written.

#include "mysqldriver.h"

#include "sql/sqltokens.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <condition_variable>
#include <mutex>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// An ALTER's algorithm and lock, least disruptive first; COPY is what is left.
struct Form
{
    QLatin1StringView algorithm;
    QLatin1StringView lock;
    bool mariadbOnly = false;
};

constexpr Form forms[] = {
    {QLatin1StringView("INSTANT"), {}, false},
    {QLatin1StringView("NOCOPY"), QLatin1StringView("NONE"), true},
    {QLatin1StringView("NOCOPY"), QLatin1StringView("SHARED"), true},
    {QLatin1StringView("NOCOPY"), QLatin1StringView("EXCLUSIVE"), true},
    {QLatin1StringView("INPLACE"), QLatin1StringView("NONE"), false},
    {QLatin1StringView("INPLACE"), QLatin1StringView("SHARED"), false},
    {QLatin1StringView("INPLACE"), QLatin1StringView("EXCLUSIVE"), false},
};

// What the server said to a form, before the statement changed anything.
enum class Answer {
    Refused, ///< "ALGORITHM=… is not supported" (ER_ALTER_OPERATION_NOT_SUPPORTED and _REASON)
    Unknown, ///< an algorithm or lock this server does not know (ER_UNKNOWN_ALTER_ALGORITHM, _LOCK)
    Syntax,  ///< the clause does not fit this statement (a partition clause follows)
    Other,   ///< the statement's own error, or a cancel: reported as it is
};

Answer answer(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == u"1845" || code == u"1846")
        return Answer::Refused;
    if (code == u"1800" || code == u"1801")
        return Answer::Unknown;
    return code == u"1064" ? Answer::Syntax : Answer::Other;
}

// Where the last token ends: a trailing comment stays after the clause.
qsizetype tokenEnd(const QString &sql, const SqlToken &t)
{
    if (t.kind == SqlToken::Kind::Word || t.kind == SqlToken::Kind::Number || t.kind == SqlToken::Kind::Punctuation)
        return t.offset + t.text.size();
    if (t.kind == SqlToken::Kind::QuotedIdentifier && t.offset < sql.size()) { // the same quote closes it
        const QChar quote = sql.at(t.offset);
        for (qsizetype i = t.offset + 1; i < sql.size(); ++i) {
            if (sql.at(i) != quote)
                continue;
            if (i + 1 < sql.size() && sql.at(i + 1) == quote)
                ++i; // a doubled quote inside the name
            else
                return i + 1;
        }
    }
    return -1;
}

// Where an algorithm clause goes in a statement: after the table's name in ALTER TABLE
// (options there are separated by commas), at the end of CREATE INDEX and DROP INDEX.
struct ProbeSite
{
    qsizetype at = -1; ///< -1: not a statement to probe
    bool alterTable = false;
    bool stated = false; ///< it names its ALGORITHM or LOCK itself
    QString asAlter;     ///< the ALTER TABLE to try the forms in, where not the statement itself
};

ProbeSite probeSite(const QString &sql)
{
    const QList<SqlToken> t = tokenizeStatement(Dialect::MySQL, sql);
    ProbeSite site;
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        if ((t.at(i).isWord("ALGORITHM"_L1) || t.at(i).isWord("LOCK"_L1)) && t.at(i + 1).is(u'='))
            site.stated = true;
    }
    qsizetype i = 0;
    const auto word = [&](QLatin1StringView w) { return i < t.size() && t.at(i).isWord(w); };
    if (word("ALTER"_L1)) {
        ++i;
        while (word("ONLINE"_L1) || word("IGNORE"_L1))
            ++i;
        if (!word("TABLE"_L1))
            return {};
        ++i;
        if (word("IF"_L1))
            i += 2;
        if (i >= t.size() || !t.at(i).isIdentifier())
            return {};
        if (i + 2 < t.size() && t.at(i + 1).is(u'.'))
            i += 2;
        if (i + 1 >= t.size())
            return {}; // nothing to alter
        site.at = t.at(i + 1).offset;
        site.alterTable = true;
        return site;
    }
    const bool create = word("CREATE"_L1);
    if (!create && !word("DROP"_L1))
        return {};
    ++i;
    if (create && word("OR"_L1))
        i += 2;
    while (create && (word("UNIQUE"_L1) || word("FULLTEXT"_L1) || word("SPATIAL"_L1)))
        ++i;
    if (!word("INDEX"_L1))
        return {};
    qsizetype last = t.size() - 1;
    while (last > 0 && t.at(last).is(u';'))
        --last;
    const qsizetype end = tokenEnd(sql, t.at(last));
    if (end < 0)
        return {};
    const QString trimmed = sql.left(end);
    if (create) {
        site.at = end;
        return site;
    }
    // MariaDB's DROP INDEX takes no algorithm: tried as the ALTER TABLE it is the same as.
    const qsizetype name = i + 1;
    if (name + 2 >= t.size() || !t.at(name + 1).isWord("ON"_L1))
        return {};
    const QString table = trimmed.mid(t.at(name + 2).offset);
    const QString index = sql.mid(t.at(name).offset, t.at(name + 1).offset - t.at(name).offset).trimmed();
    if (table.contains(QRegularExpression(u"\\s"_s)))
        return {}; // WAIT, NOWAIT or its own options follow
    site.asAlter = u"ALTER TABLE "_s + table + u" DROP INDEX "_s + index;
    site.at = 13 + table.size();
    site.alterTable = true;
    return site;
}

QString withForm(const QString &statement, const ProbeSite &site, const Form &form)
{
    const QString &sql = site.asAlter.isEmpty() ? statement : site.asAlter;
    if (site.alterTable) {
        QString clause = u"ALGORITHM="_s + form.algorithm + u", "_s;
        if (!form.lock.isEmpty())
            clause += u"LOCK="_s + form.lock + u", "_s;
        return sql.left(site.at) + clause + sql.mid(site.at);
    }
    QString clause = u" ALGORITHM="_s + form.algorithm;
    if (!form.lock.isEmpty())
        clause += u" LOCK="_s + form.lock;
    return sql.left(site.at) + clause + sql.mid(site.at);
}

QString formName(const Form &form)
{
    return form.lock.isEmpty() ? QString(form.algorithm) : form.algorithm + u", LOCK="_s + form.lock;
}

// The watching session, on a thread of its own (a QtSql connection belongs to the thread
// that opened it); the dry run's thread asks it to hold, runs the statement, asks it to stop.
class Watcher
{
public:
    Watcher(const Connection &watched, qint64 session)
        : m_watched(watched)
        , m_session(session)
    {
        m_thread.reset(QThread::create([this] { loop(); }));
        m_thread->start();
    }

    ~Watcher()
    {
        {
            std::lock_guard guard(m_mutex);
            m_quit = true;
        }
        m_changed.notify_all();
        m_thread->wait();
    }

    /*! Holds shared read locks on tables until stop(); false where it cannot watch (its
        session is not open, performance_schema shows nothing, or it did not answer). */
    bool hold(const QStringList &tables)
    {
        std::unique_lock guard(m_mutex);
        // Opening the session and taking the shared locks (lock_wait_timeout: 1 s) are quick.
        if (!m_changed.wait_for(guard, answerTime, [&] { return m_state != State::Starting; })
            || m_state != State::Idle || m_blind)
            return false;
        m_tables = tables;
        m_seen.clear();
        m_waitedMs = 0;
        m_request = Request::Hold;
        m_changed.notify_all();
        if (m_changed.wait_for(guard, answerTime, [&] { return m_state == State::Holding; }))
            return true;
        m_request = Request::Stop; // too slow: it lets go before the statement runs
        m_changed.notify_all();
        m_changed.wait_for(guard, answerTime, [&] { return m_state == State::Idle; });
        m_blind = true;
        return false;
    }

    /*! Lets go and says what it saw; the locks the statement waited for are marked so. */
    void stop(QList<HeldLock> &locks, double &waitedMs)
    {
        std::unique_lock guard(m_mutex);
        m_request = Request::Stop;
        m_changed.notify_all();
        if (!m_changed.wait_for(guard, answerTime, [&] { return m_state == State::Idle; })) {
            m_blind = true; // not answering: no more watching
            return;
        }
        locks = m_seen;
        waitedMs = m_waitedMs;
        // Released on its timeout without seeing the statement at all: performance_schema
        // does not show this session's locks (consumers or actors off), and holding only slows it.
        m_blind = m_blind || (m_timedOut && m_seen.isEmpty());
    }

private:
    enum class Request { None, Hold, Stop };
    enum class State { Starting, Idle, Holding, Broken };
    static constexpr std::chrono::seconds answerTime{5};

    void setState(State state)
    {
        {
            std::lock_guard guard(m_mutex);
            m_state = state;
            if (state == State::Idle)
                m_request = Request::None;
        }
        m_changed.notify_all();
    }

    void loop()
    {
        Connection::Open open = m_watched.openAnother();
        if (!open.connection || !prepare(*open.connection)) {
            m_poll.reset();
            setState(State::Broken);
            return;
        }
        Connection &c = *open.connection;
        setState(State::Idle);
        for (;;) {
            QStringList tables;
            {
                std::unique_lock guard(m_mutex);
                m_changed.wait(guard, [&] { return m_request == Request::Hold || m_quit; });
                if (m_quit)
                    break;
                tables = m_tables;
            }
            watch(c, tables);
        }
        m_poll.reset();
    }

    bool prepare(Connection &c)
    {
        QSqlQuery q(c.database());
        if (!q.exec(u"SET SESSION lock_wait_timeout = 1"_s)
            || !q.exec(u"SELECT ENABLED FROM performance_schema.setup_instruments "
                       "WHERE NAME = 'wait/lock/metadata/sql/mdl'"_s)
            || !q.next() || q.value(0).toString() != u"YES")
            return false; // performance_schema off, or metadata locks not instrumented
        m_poll = std::make_unique<QSqlQuery>(c.database());
        return m_poll->prepare(metadataLocksQuery(u"?"_s));
    }

    bool seenNothing()
    {
        std::lock_guard guard(m_mutex);
        return m_seen.isEmpty();
    }

    bool stopWanted()
    {
        std::lock_guard guard(m_mutex);
        return m_request != Request::Hold || m_quit;
    }

    // Reads what the session holds now into m_seen; true when it waits for something.
    bool poll()
    {
        m_poll->addBindValue(m_session);
        if (!m_poll->exec())
            return false;
        bool waiting = false;
        std::lock_guard guard(m_mutex);
        while (m_poll->next()) {
            const QString name = m_poll->value(0).toString();
            if (name.startsWith(u"#sql"_s))
                continue; // the server's own copy of a table it rebuilds
            HeldLock lock{name, u"table"_s, m_poll->value(1).toString(), true, 0, true};
            lock.waited = m_poll->value(2).toString() == u"PENDING";
            waiting = waiting || lock.waited;
            auto same = std::find_if(m_seen.begin(), m_seen.end(), [&](const HeldLock &l) {
                return l.relation == lock.relation && l.mode == lock.mode;
            });
            if (same == m_seen.end())
                m_seen << lock;
            else
                same->waited = same->waited || lock.waited;
        }
        return waiting;
    }

    void watch(Connection &c, const QStringList &tables)
    {
        QSqlQuery q(c.database());
        bool holding = q.exec(u"START TRANSACTION"_s);
        for (const QString &t : tables) {
            QString quoted = t;
            q.exec(u"SELECT 1 FROM `"_s + quoted.replace(u'`', u"``"_s) + u"` LIMIT 0"_s);
        }
        setState(State::Holding);
        QElapsedTimer since;
        since.start();
        {
            std::lock_guard guard(m_mutex);
            m_timedOut = false;
        }
        double quietMs = 0; // the last read that saw no wait
        while (!stopWanted()) {
            const bool waiting = poll();
            const double nowMs = double(since.nsecsElapsed()) / 1e6;
            // Held until the statement waits for it, or ends: a statement seen running that has
            // not waited yet may still, at its end (a COPY ALTER's EXCLUSIVE). Seen doing
            // nothing for half a second, this session's locks are not shown: let go.
            if (holding && (waiting || (nowMs > 500 && seenNothing()))) {
                q.exec(u"ROLLBACK"_s);
                holding = false;
                std::lock_guard guard(m_mutex);
                if (waiting) // it began to wait between the two reads
                    m_waitedMs = double(since.nsecsElapsed()) / 1e6 - (quietMs + nowMs) / 2;
                else
                    m_timedOut = true;
            }
            if (!waiting)
                quietMs = nowMs;
            QThread::usleep(holding ? 200 : 2000);
        }
        if (holding)
            q.exec(u"ROLLBACK"_s);
        setState(State::Idle);
    }

    const Connection &m_watched;
    const qint64 m_session;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QSqlQuery> m_poll; ///< the watcher thread's
    std::mutex m_mutex;
    std::condition_variable m_changed;
    Request m_request = Request::None;
    State m_state = State::Starting;
    bool m_quit = false;
    bool m_blind = false;    ///< watching showed nothing, or the watcher stopped answering
    bool m_timedOut = false; ///< the last hold ended on its timeout, not on a wait seen
    QStringList m_tables;
    QList<HeldLock> m_seen;
    double m_waitedMs = 0;
};

class MysqlWatch : public StatementWatch
{
public:
    explicit MysqlWatch(Connection &connection)
        : m_mariadb(connection.serverVersion().contains(u"MariaDB"_s, Qt::CaseInsensitive))
    {
        QSqlQuery q(connection.database());
        if (q.exec(u"SELECT CONNECTION_ID()"_s) && q.next())
            m_watcher = std::make_unique<Watcher>(connection, q.value(0).toLongLong());
    }

    bool exec(QSqlQuery &q, const QString &sql, const QStringList &tables, WatchedStatement &seen) override
    {
        const bool watching = m_watcher && !tables.isEmpty() && m_watcher->hold(tables);
        const bool ok = run(q, sql, seen);
        if (watching)
            m_watcher->stop(seen.locks, seen.waitedMs);
        return ok;
    }

private:
    // Only the run that counts is timed: not the forms refused, nor the watcher's hand-overs.
    static bool timed(QSqlQuery &q, const QString &sql, WatchedStatement &seen)
    {
        QElapsedTimer timer;
        timer.start();
        const bool ok = q.exec(sql);
        seen.ranMs = double(timer.nsecsElapsed()) / 1e6;
        return ok;
    }

    bool run(QSqlQuery &q, const QString &sql, WatchedStatement &seen) const
    {
        const ProbeSite site = probeSite(sql);
        if (site.at < 0)
            return timed(q, sql, seen);
        if (site.stated) {
            seen.algorithm = u"as written"_s;
            return timed(q, sql, seen);
        }
        for (const Form &form : forms) {
            if (form.mariadbOnly && !m_mariadb)
                continue;
            if (timed(q, withForm(sql, site, form), seen)) {
                seen.algorithm = formName(form);
                return true;
            }
            switch (answer(q.lastError())) {
            case Answer::Refused:
            case Answer::Unknown: continue;
            case Answer::Syntax: return timed(q, sql, seen); // the clause does not fit: as written
            case Answer::Other: return false; // its own error (or a cancel), as the server said it
            }
        }
        const bool ok = timed(q, sql, seen);
        if (ok)
            seen.algorithm = u"COPY"_s;
        return ok;
    }

    bool m_mariadb = false;
    std::unique_ptr<Watcher> m_watcher;
};

} // namespace

std::unique_ptr<StatementWatch> MysqlDriver::statementWatch(Connection &connection) const
{
    return std::make_unique<MysqlWatch>(connection);
}

} // namespace godwit::drivers
