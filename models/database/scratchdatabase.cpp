#include "scratchdatabase.h"

#include "schema/introspection.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(ScratchDatabase)
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

} // namespace

ScratchDatabase::ScratchDatabase(Connection &target)
    : m_target(target)
{
}

ScratchDatabase::~ScratchDatabase()
{
    m_connection.reset(); // a server refuses to drop a database someone is connected to
    if (!m_created || m_target.dialect() == Dialect::SQLite)
        return; // the temporary folder goes with m_dir
    QSqlQuery q(m_target.database());
    if (m_target.dialect() == Dialect::PostgreSQL)
        q.exec(u"DROP DATABASE IF EXISTS "_s + quoted(m_name, Dialect::PostgreSQL) + u" WITH (FORCE)"_s);
    else
        q.exec(u"DROP DATABASE IF EXISTS "_s + quoted(m_name, Dialect::MySQL));
}

ScratchDatabase::Create ScratchDatabase::create(Connection &target, Content content)
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
        scratch->m_name = u"godwit_scratch_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QString create = u"CREATE DATABASE "_s + quoted(scratch->m_name, target.dialect());
        QSqlQuery q(target.database());
        if (target.dialect() == Dialect::MySQL
            && q.exec(u"SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
                      u" WHERE SCHEMA_NAME = DATABASE()"_s)
            && q.next()) {
            create += u" CHARACTER SET "_s + q.value(0).toString() + u" COLLATE "_s + q.value(1).toString();
        }
        if (!q.exec(create))
            return fail(errorText(q));
        scratch->m_created = true;
    }
    auto open = target.openSibling(scratch->m_name);
    if (!open.connection)
        return fail(open.error);
    scratch->m_connection = std::move(open.connection);
    if (content == Content::SchemaCopy) {
        if (target.dialect() != Dialect::MySQL)
            return fail(Text::tr("a schema copy is made on MySQL and MariaDB only"));
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
    // A view can read another: create what can be created until nothing changes.
    while (!views.isEmpty()) {
        QStringList waiting;
        for (const QString &view : std::as_const(views)) {
            if (!source.exec(u"SHOW CREATE VIEW "_s + quoted(view, Dialect::MySQL)) || !source.next())
                return Text::tr("SHOW CREATE VIEW %1: %2").arg(view, errorText(source));
            if (!run(clean(source.value(1).toString()), &error))
                waiting << view;
        }
        if (waiting.size() == views.size())
            return Text::tr("view %1: %2").arg(waiting.first(), error);
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
        if (!run(clean(source.value(2).toString()), &error))
            return Text::tr("%1 %2: %3").arg(o.kind.toLower(), o.name, error);
    }
    return run(u"SET FOREIGN_KEY_CHECKS = 1"_s, &error) ? QString() : error;
}

} // namespace godwit
