#include "pgescapes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PostgresEscapes)
};

struct Routine
{
    QString name;       ///< case-folded
    QString display;    ///< as in the catalog
    QString definition; ///< pg_get_functiondef, empty for C and untrusted languages
    QString why;        ///< set once it is known to escape
};

constexpr int maxRounds = 16; // a call chain deeper than this is not followed

// Routines outside the system schemas and outside extensions.
QString readRoutines(Connection &work, QHash<qint64, Routine> &routines)
{
    QSqlQuery q(work.database());
    if (!q.exec(u"SELECT p.oid::bigint, p.proname, l.lanname, l.lanpltrusted,"
                u" CASE WHEN l.lanname IN ('sql', 'plpgsql') THEN pg_get_functiondef(p.oid) END"
                u" FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang"
                u" WHERE p.prokind IN ('f', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
                u" AND n.nspname NOT LIKE 'pg\\_toast%'"
                u" AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass"
                u" AND d.objid = p.oid AND d.deptype = 'e')"_s))
        return q.lastError().text();
    while (q.next()) {
        Routine r{q.value(1).toString().toCaseFolded(), q.value(1).toString(), q.value(4).toString(), {}};
        const QString language = q.value(2).toString();
        if (language == u"c" || language == u"internal")
            r.why = Text::tr("it is written in C, which can do anything the server can");
        else if (!q.value(3).toBool() && r.definition.isEmpty())
            r.why = Text::tr("it is written in the untrusted language %1, which can reach outside the database")
                        .arg(language);
        routines.insert(q.value(0).toLongLong(), r);
    }
    return {};
}

// One round of reading every definition not yet known to escape with what the scope
// knows so far; whether it learned anything.
bool judgeRoutines(QHash<qint64, Routine> &routines, ContainmentScope &scope)
{
    bool learned = false;
    Containment containment(scope);
    for (Routine &r : routines) {
        if (r.why.isEmpty() && !r.definition.isEmpty()) {
            if (const auto why = containment.escapeIn(r.definition)) {
                r.why = *why;
                learned = true;
            }
        }
        if (!r.why.isEmpty())
            scope.escapingRoutines.insert(r.name, r.why);
    }
    return learned;
}

// An object that depends on a routine: a view or rule, trigger, default, constraint, index.
struct Dependent
{
    qint64 routine = 0;
    QString relation;
    bool view = false;
    QString kind;
    QString object;
};

QString readDependents(Connection &work, QList<Dependent> &dependents)
{
    QSqlQuery q(work.database());
    if (!q.exec(u"SELECT d.refobjid::bigint, c.relname, c.relkind = 'v',"
                u" CASE d.classid WHEN 'pg_trigger'::regclass THEN 'trigger' WHEN 'pg_attrdef'::regclass THEN 'default'"
                u" WHEN 'pg_constraint'::regclass THEN 'constraint' WHEN 'pg_rewrite'::regclass THEN"
                u" CASE WHEN r.ev_type = '1' THEN 'select-rule' ELSE 'rule' END ELSE 'index' END,"
                u" coalesce(t.tgname, k.conname, r.rulename, '')"
                u" FROM pg_depend d"
                u" LEFT JOIN pg_trigger t ON d.classid = 'pg_trigger'::regclass AND t.oid = d.objid"
                u" LEFT JOIN pg_attrdef a ON d.classid = 'pg_attrdef'::regclass AND a.oid = d.objid"
                u" LEFT JOIN pg_constraint k ON d.classid = 'pg_constraint'::regclass AND k.oid = d.objid"
                u" LEFT JOIN pg_rewrite r ON d.classid = 'pg_rewrite'::regclass AND r.oid = d.objid"
                u" LEFT JOIN pg_index i ON d.classid = 'pg_class'::regclass AND i.indexrelid = d.objid"
                u" JOIN pg_class c ON c.oid = coalesce(t.tgrelid, a.adrelid, k.conrelid, r.ev_class, i.indrelid)"
                u" WHERE d.refclassid = 'pg_proc'::regclass"_s))
        return q.lastError().text();
    while (q.next())
        dependents << Dependent{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool(),
                                q.value(3).toString(), q.value(4).toString()};
    return {};
}

// The relations whose use or write runs an escaping routine, as far as routines are known.
void markRelations(const QList<Dependent> &dependents, const QHash<qint64, Routine> &routines, ContainmentScope &scope)
{
    for (const Dependent &d : dependents) {
        const auto routine = routines.constFind(d.routine);
        if (routine == routines.cend() || routine->why.isEmpty())
            continue;
        const QString runs = Text::tr("%1(), which reaches outside the dry run: %2").arg(routine->display, routine->why);
        const QString name = d.relation.toCaseFolded();
        if (d.kind == u"select-rule")
            scope.escapingOnUse.insert(name, d.view ? Text::tr("the view calls %1").arg(runs)
                                                    : Text::tr("its rule %1 calls %2").arg(d.object, runs));
        else if (d.kind == u"trigger")
            scope.escapingOnWrite.insert(name, Text::tr("its trigger %1 calls %2").arg(d.object, runs));
        else if (d.kind == u"rule")
            scope.escapingOnWrite.insert(name, Text::tr("its rule %1 calls %2").arg(d.object, runs));
        else if (d.kind == u"constraint")
            scope.escapingOnWrite.insert(name, Text::tr("its constraint %1 calls %2").arg(d.object, runs));
        else if (d.kind == u"default")
            scope.escapingOnWrite.insert(name, Text::tr("a column default calls %1").arg(runs));
        else
            scope.escapingOnWrite.insert(name, Text::tr("an index expression calls %1").arg(runs));
    }
}

QString readEventTriggers(Connection &work, const QHash<qint64, Routine> &routines, ContainmentScope &scope)
{
    QSqlQuery q(work.database());
    if (!q.exec(u"SELECT evtname, evtfoid::bigint FROM pg_event_trigger WHERE evtenabled <> 'D' ORDER BY evtname"_s))
        return q.lastError().text();
    while (q.next() && scope.escapingDdl.isEmpty()) {
        const auto routine = routines.constFind(q.value(1).toLongLong());
        if (routine != routines.cend() && !routine->why.isEmpty())
            scope.escapingDdl = Text::tr("the event trigger %1 runs on DDL and calls %2(), which reaches outside the "
                                         "dry run: %3")
                                    .arg(q.value(0).toString(), routine->display, routine->why);
    }
    return {};
}

} // namespace

QString readPostgresEscapes(Connection &work, ContainmentScope &scope)
{
    QHash<qint64, Routine> routines;
    QList<Dependent> dependents;
    if (QString error = readRoutines(work, routines); !error.isEmpty())
        return error;
    if (QString error = readDependents(work, dependents); !error.isEmpty())
        return error;
    // A routine may escape through a table it writes, whose trigger escapes: routines and
    // relations are learned together, to a fixed point.
    for (int round = 0; round < maxRounds; ++round) {
        const bool learned = judgeRoutines(routines, scope);
        markRelations(dependents, routines, scope);
        if (!learned && round > 0)
            break;
    }
    return readEventTriggers(work, routines, scope);
}

} // namespace godwit
