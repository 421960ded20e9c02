#include "mysqlschemacopy.h"

#include "database/containmentscope.h"
#include "database/introspection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of scratch databases, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScratchDatabase)
};

} // namespace

// Tables first (foreign keys off meanwhile), then views until all stand (one may read
// another), then triggers and routines. DEFINER clauses go: the scratch objects belong to
// whoever runs the dry run. Godwit's history stays out: a dry run writes none.
QString copyMysqlSchema(Connection &target, Connection &copy, const QString &copyName,
                        QList<NotRehearsable> &notRehearsable, RowSample *sample, const std::atomic_bool *cancel)
{
    QSqlQuery source(target.database());
    QSqlQuery scratch(copy.database());
    QString database;
    if (source.exec(u"SELECT DATABASE()"_s) && source.next())
        database = source.value(0).toString();
    const QString qualifier = quotedIdentifier(Dialect::MySQL, database) + u'.';
    static const QRegularExpression definer(u"\\sDEFINER\\s*=\\s*(?:`[^`]*`|'[^']*'|\\S+)@(?:`[^`]*`|'[^']*'|\\S+)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto clean = [&](QString ddl) { return ddl.remove(definer).remove(qualifier); };
    const auto run = [&](const QString &sql, QString *error) {
        if (scratch.exec(sql))
            return true;
        *error = queryError(scratch);
        return false;
    };

    QString error;
    if (!run(u"SET FOREIGN_KEY_CHECKS = 0"_s, &error))
        return error;
    QStringList tables;
    QStringList views;
    if (!source.exec(u"SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                     u" ORDER BY TABLE_NAME"_s))
        return queryError(source);
    while (source.next()) {
        const QString name = source.value(0).toString();
        if (isGodwitTable(name))
            continue;
        (source.value(1).toString() == u"VIEW" ? views : tables) << name;
    }
    for (const QString &table : std::as_const(tables)) {
        if (!source.exec(u"SHOW CREATE TABLE "_s + quotedIdentifier(Dialect::MySQL, table)) || !source.next())
            return Text::tr("SHOW CREATE TABLE %1: %2").arg(table, queryError(source));
        if (!run(source.value(1).toString(), &error))
            return Text::tr("table %1: %2").arg(table, error);
    }
    if (sample)
        sampleMysqlRows(target, copy, database, tables, *sample, cancel);
    // A view that reads another database is not copied: written through in the scratch, it
    // would write there. The others are made until all stand (one may read another).
    Containment containment(readContainmentScope(target, copy, copyName, false));
    QStringList skipped;
    while (!views.isEmpty()) {
        QStringList waiting;
        for (const QString &view : std::as_const(views)) {
            if (!source.exec(u"SHOW CREATE VIEW "_s + quotedIdentifier(Dialect::MySQL, view)) || !source.next())
                return Text::tr("SHOW CREATE VIEW %1: %2").arg(view, queryError(source));
            const Statement ddl{clean(source.value(1).toString()), {u"view %1.%2"_s.arg(database, view), 1, 1}};
            if (auto escape = containment.check(ddl)) {
                notRehearsable << *escape;
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
                notRehearsable << NotRehearsable{{u"view %1.%2"_s.arg(database, view), 1, 1}, u"other-database"_s,
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
        return queryError(source);
    while (source.next())
        objects << Object{source.value(0).toString(), source.value(1).toString()};
    for (const Object &o : std::as_const(objects)) {
        // SHOW CREATE TRIGGER|PROCEDURE|FUNCTION: the statement is the third column.
        if (!source.exec(u"SHOW CREATE "_s + o.kind + u' ' + quotedIdentifier(Dialect::MySQL, o.name)) || !source.next())
            return Text::tr("SHOW CREATE %1 %2: %3").arg(o.kind, o.name, queryError(source));
        const Statement ddl{clean(source.value(2).toString()),
                            {u"%1 %2.%3"_s.arg(o.kind.toLower(), database, o.name), 1, 1}};
        // Not copied: fired or called in the scratch, it would write outside it.
        if (auto escape = containment.check(ddl)) {
            notRehearsable << *escape;
            continue;
        }
        if (!run(ddl.sql, &error))
            return Text::tr("%1 %2: %3").arg(o.kind.toLower(), o.name, error);
    }
    return run(u"SET FOREIGN_KEY_CHECKS = 1"_s, &error) ? QString() : error;
}

} // namespace godwit::drivers
