#include "scratchdatabase.h"

#include "containmentscope.h"
#include "enginelog.h"
#include "pgschemacopy.h"

#include "introspection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(ScratchDatabase)
};

QString errorText(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

QString quoted(const QString &name, Dialect dialect)
{
    return quotedIdentifier(dialect, name);
}

QString dropStatement(const QString &name, Dialect dialect)
{
    return u"DROP DATABASE IF EXISTS "_s + quoted(name, dialect)
           + (dialect == Dialect::PostgreSQL ? u" WITH (FORCE)"_s : QString());
}

// The target's mark in a scratch database's name: runs on one database sweep only what runs
// on it left (and, with each test on a database of its own, never another's).
QString targetTag(const Connection &target)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(target.spec().database.toUtf8(), QCryptographicHash::Sha1).toHex().left(6));
}

struct ScratchName
{
    QString owner;  ///< the backend pid (PostgreSQL) or connection id (MySQL)
    QString target; ///< targetTag() of the database it was made for
};

// nullopt for a name that names no owner (made by a Godwit before owners were named).
std::optional<ScratchName> parseScratchName(const QString &name, Dialect dialect)
{
    static const QRegularExpression pattern(u"^godwit_scratch_([pc])(\\d+)_([0-9a-f]{6})_[0-9a-f]+$"_s);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch() || match.captured(1) != (dialect == Dialect::PostgreSQL ? u"p"_s : u"c"_s))
        return std::nullopt;
    return ScratchName{match.captured(2), match.captured(3)};
}

// Whether the session that owns a scratch database is alive.
bool ownerAlive(Connection &connection, const QString &name, const ScratchName &parsed)
{
    const bool pg = connection.dialect() == Dialect::PostgreSQL;
    QSqlQuery q(connection.database());
    if (pg) {
        q.prepare(u"SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND application_name = ?"_s);
        q.addBindValue(parsed.owner.toInt());
        q.addBindValue(name);
    } else {
        q.prepare(u"SELECT IS_FREE_LOCK(?)"_s);
        q.addBindValue(name);
    }
    // What cannot be asked is taken as alive: nothing is dropped on a guess.
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return true;
    return pg ? q.value(0).toInt() > 0 : q.value(0).toInt() == 0;
}

} // namespace

QList<Message> ScratchDatabase::dropLeftovers(Connection &target)
{
    QList<Message> notes;
    const Dialect dialect = target.dialect();
    if (dialect == Dialect::SQLite)
        return notes; // temporary folders go with their process's QTemporaryDir
    QSqlQuery q(target.database());
    q.prepare(dialect == Dialect::PostgreSQL
                  ? u"SELECT datname FROM pg_database WHERE datname LIKE ? ORDER BY 1"_s
                  : u"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE ? ORDER BY 1"_s);
    q.addBindValue(u"godwit\\_scratch\\_%"_s);
    if (!q.exec())
        return notes;
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    const QString tag = targetTag(target);
    for (const QString &name : std::as_const(names)) {
        const std::optional<ScratchName> parsed = parseScratchName(name, dialect);
        if (!parsed) {
            notes << Text::msg("%1 is a scratch database whose owner cannot be told (made by an older Godwit): drop it "
                              "by hand once no dry run is running").arg(name);
        } else if (parsed->target == tag && !ownerAlive(target, name, *parsed)) {
            notes << (q.exec(dropStatement(name, dialect))
                          ? Text::msg("dropped %1 left by a run that died").arg(name)
                          : Text::msg("%1 was left by a run that died and cannot be dropped: %2").arg(name, errorText(q)));
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
    if (!m_created || m_target.dialect() == Dialect::SQLite)
        return; // the temporary folder goes with m_dir
    QSqlQuery q(m_owner->database());
    // The next dry run on this target drops it when this one's owner session is gone.
    if (!q.exec(dropStatement(m_name, m_target.dialect())))
        qCWarning(lcEngine, "%s: scratch database %s was not dropped: %s", qUtf8Printable(m_target.spec().display()),
                  qUtf8Printable(m_name), qUtf8Printable(q.lastError().text()));
}

// Claims the name in an owner session of its own before the database exists, so that no
// other run ever sees it without a live owner.
QString ScratchDatabase::createOnServer(Content content, const std::atomic_bool *cancel)
{
    auto open = m_target.openAnother();
    if (!open.connection)
        return open.error;
    m_owner = std::move(open.connection);
    const Dialect dialect = m_target.dialect();
    const bool pg = dialect == Dialect::PostgreSQL;
    QSqlQuery q(m_owner->database());
    if (!q.exec(pg ? u"SELECT pg_backend_pid()"_s : u"SELECT CONNECTION_ID()"_s) || !q.next())
        return errorText(q);
    m_name = u"godwit_scratch_%1%2_%3_%4"_s.arg(QChar(pg ? u'p' : u'c'))
                 .arg(q.value(0).toString(), targetTag(m_target), QUuid::createUuid().toString(QUuid::Id128).left(8));
    q.prepare(pg ? u"SELECT set_config('application_name', ?, false)"_s : u"SELECT GET_LOCK(?, 0)"_s);
    q.addBindValue(m_name);
    if (!q.exec() || !q.next() || (!pg && q.value(0).toInt() != 1))
        return Text::tr("cannot mark the session that owns %1: %2").arg(m_name, errorText(q));
    QString create = u"CREATE DATABASE "_s + quoted(m_name, dialect);
    if (!pg
        && q.exec(u"SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
                  u" WHERE SCHEMA_NAME = DATABASE()"_s)
        && q.next()) {
        create += u" CHARACTER SET "_s + q.value(0).toString() + u" COLLATE "_s + q.value(1).toString();
    }
    if (!q.exec(create))
        return errorText(q);
    m_created = true;
    return pg && content == Content::SchemaCopy ? copyPostgresSchema(m_target, m_name, cancel) : QString();
}

ScratchDatabase::Create ScratchDatabase::create(Connection &target, Content content, const std::atomic_bool *cancel)
{
    Create result;
    std::unique_ptr<ScratchDatabase> scratch(new ScratchDatabase(target));
    const QString where = target.spec().display();
    const auto fail = [&](const QString &why) {
        result.error = Text::tr("%1: cannot make a scratch database: %2").arg(where, why);
        return std::move(result);
    };
    if (target.dialect() == Dialect::SQLite) {
        scratch->m_dir = std::make_unique<QTemporaryDir>();
        if (!scratch->m_dir->isValid())
            return fail(scratch->m_dir->errorString());
        scratch->m_name = scratch->m_dir->filePath(u"scratch.sqlite3"_s);
        if (content == Content::Copy) {
            // A consistent copy, read in one transaction: the live file is never write-locked.
            QSqlQuery q(target.database());
            q.prepare(u"VACUUM INTO ?"_s);
            q.addBindValue(scratch->m_name);
            if (!q.exec())
                return fail(errorText(q));
        }
    } else {
        if (content == Content::Copy)
            return fail(Text::tr("a file copy is only made of SQLite databases"));
        result.notes = dropLeftovers(target);
        if (const QString error = scratch->createOnServer(content, cancel); !error.isEmpty())
            return fail(error);
    }
    auto open = target.openSibling(scratch->m_name);
    if (!open.connection)
        return fail(open.error);
    scratch->m_connection = std::move(open.connection);
    if (content == Content::SchemaCopy && target.dialect() == Dialect::MySQL) {
        if (const QString error = scratch->copyMysqlSchema(); !error.isEmpty())
            return fail(error);
    }
    result.scratch = std::move(scratch);
    return result;
}

// Tables first (foreign keys off meanwhile), then views until all stand (one may read
// another), then triggers and routines. DEFINER clauses go: the scratch objects belong to
// whoever runs the dry run. Godwit's history stays out: a dry run writes none.
QString ScratchDatabase::copyMysqlSchema()
{
    QSqlQuery source(m_target.database());
    QSqlQuery scratch(m_connection->database());
    QString database;
    if (source.exec(u"SELECT DATABASE()"_s) && source.next())
        database = source.value(0).toString();
    const QString qualifier = quoted(database, Dialect::MySQL) + u'.';
    static const QRegularExpression definer(u"\\sDEFINER\\s*=\\s*(?:`[^`]*`|'[^']*'|\\S+)@(?:`[^`]*`|'[^']*'|\\S+)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto clean = [&](QString ddl) { return ddl.remove(definer).remove(qualifier); };
    const auto run = [&](const QString &sql, QString *error) {
        if (scratch.exec(sql))
            return true;
        *error = errorText(scratch);
        return false;
    };

    QString error;
    if (!run(u"SET FOREIGN_KEY_CHECKS = 0"_s, &error))
        return error;
    QStringList tables;
    QStringList views;
    if (!source.exec(u"SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                     u" ORDER BY TABLE_NAME"_s))
        return errorText(source);
    while (source.next()) {
        const QString name = source.value(0).toString();
        if (isGodwitTable(name))
            continue;
        (source.value(1).toString() == u"VIEW" ? views : tables) << name;
    }
    for (const QString &table : std::as_const(tables)) {
        if (!source.exec(u"SHOW CREATE TABLE "_s + quoted(table, Dialect::MySQL)) || !source.next())
            return Text::tr("SHOW CREATE TABLE %1: %2").arg(table, errorText(source));
        if (!run(source.value(1).toString(), &error))
            return Text::tr("table %1: %2").arg(table, error);
    }
    // A view that reads another database is not copied: written through in the scratch, it
    // would write there. The others are made until all stand (one may read another).
    Containment containment(readContainmentScope(m_target, *m_connection, m_name, false));
    QStringList skipped;
    while (!views.isEmpty()) {
        QStringList waiting;
        for (const QString &view : std::as_const(views)) {
            if (!source.exec(u"SHOW CREATE VIEW "_s + quoted(view, Dialect::MySQL)) || !source.next())
                return Text::tr("SHOW CREATE VIEW %1: %2").arg(view, errorText(source));
            const Statement ddl{clean(source.value(1).toString()), {u"view %1.%2"_s.arg(database, view), 1, 1}};
            if (auto escape = containment.check(ddl)) {
                m_notRehearsable << *escape;
                skipped << view;
            } else if (!run(ddl.sql, &error)) {
                waiting << view;
            }
        }
        if (waiting.size() == views.size() && skipped.isEmpty())
            return Text::tr("view %1: %2").arg(waiting.first(), error);
        if (waiting.size() == views.size()) {
            // What is left reads a view that was not copied.
            for (const QString &view : std::as_const(waiting))
                m_notRehearsable << NotRehearsable{{u"view %1.%2"_s.arg(database, view), 1, 1}, u"other-database"_s,
                                                   Text::tr("the view %1 could not be made without the views "
                                                            "that read another database (%2): %3")
                                                       .arg(view, skipped.join(u", "_s), error),
                                                   {}};
            break;
        }
        views = waiting;
    }
    struct Object
    {
        QString kind;
        QString name;
    };
    QList<Object> objects;
    if (!source.exec(u"SELECT 'TRIGGER', TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
                     u" AND EVENT_OBJECT_TABLE NOT IN ('godwit_schema_history', 'godwit_audit_log')"
                     u" UNION ALL SELECT ROUTINE_TYPE, ROUTINE_NAME FROM information_schema.ROUTINES"
                     u" WHERE ROUTINE_SCHEMA = DATABASE()"_s))
        return errorText(source);
    while (source.next())
        objects << Object{source.value(0).toString(), source.value(1).toString()};
    for (const Object &o : std::as_const(objects)) {
        // SHOW CREATE TRIGGER|PROCEDURE|FUNCTION: the statement is the third column.
        if (!source.exec(u"SHOW CREATE "_s + o.kind + u' ' + quoted(o.name, Dialect::MySQL)) || !source.next())
            return Text::tr("SHOW CREATE %1 %2: %3").arg(o.kind, o.name, errorText(source));
        const Statement ddl{clean(source.value(2).toString()),
                            {u"%1 %2.%3"_s.arg(o.kind.toLower(), database, o.name), 1, 1}};
        // Not copied: fired or called in the scratch, it would write outside it.
        if (auto escape = containment.check(ddl)) {
            m_notRehearsable << *escape;
            continue;
        }
        if (!run(ddl.sql, &error))
            return Text::tr("%1 %2: %3").arg(o.kind.toLower(), o.name, error);
    }
    return run(u"SET FOREIGN_KEY_CHECKS = 1"_s, &error) ? QString() : error;
}

} // namespace godwit
