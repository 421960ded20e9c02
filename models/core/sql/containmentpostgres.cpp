#include "containment_p.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace godwit::detail {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Containment)
};

constexpr int maxDepth = 4; // bodies inside bodies are read this deep

// Functions whose effect no transaction takes back, by the kind of escape.
const QHash<QString, QString> &postgresFunctions()
{
    static const QHash<QString, QString> functions{
        {u"dblink"_s, u"remote"_s}, {u"dblink_exec"_s, u"remote"_s}, {u"dblink_connect"_s, u"remote"_s},
        {u"dblink_connect_u"_s, u"remote"_s}, {u"dblink_send_query"_s, u"remote"_s}, {u"dblink_open"_s, u"remote"_s},
        {u"lo_import"_s, u"server-file"_s}, {u"lo_export"_s, u"server-file"_s}, {u"pg_file_write"_s, u"server-file"_s},
        {u"pg_file_rename"_s, u"server-file"_s}, {u"pg_file_unlink"_s, u"server-file"_s},
        {u"pg_terminate_backend"_s, u"server-command"_s}, {u"pg_cancel_backend"_s, u"server-command"_s},
        {u"pg_reload_conf"_s, u"server-command"_s}, {u"pg_rotate_logfile"_s, u"server-command"_s},
        {u"pg_promote"_s, u"server-command"_s}, {u"pg_switch_wal"_s, u"server-command"_s},
        {u"pg_create_restore_point"_s, u"server-command"_s}, {u"pg_stat_reset"_s, u"server-command"_s},
        {u"pg_stat_reset_shared"_s, u"server-command"_s}, {u"pg_stat_reset_single_table_counters"_s, u"server-command"_s},
        {u"pg_stat_reset_single_function_counters"_s, u"server-command"_s}, {u"pg_stat_reset_slru"_s, u"server-command"_s},
        {u"pg_create_physical_replication_slot"_s, u"replication"_s},
        {u"pg_create_logical_replication_slot"_s, u"replication"_s}, {u"pg_drop_replication_slot"_s, u"replication"_s},
        {u"pg_replication_origin_create"_s, u"replication"_s}, {u"pg_replication_origin_drop"_s, u"replication"_s},
        {u"pg_advisory_lock"_s, u"session-lock"_s}, {u"pg_advisory_lock_shared"_s, u"session-lock"_s},
        {u"pg_try_advisory_lock"_s, u"session-lock"_s}, {u"pg_try_advisory_lock_shared"_s, u"session-lock"_s},
        {u"pg_advisory_unlock"_s, u"session-lock"_s}, {u"pg_advisory_unlock_shared"_s, u"session-lock"_s},
        {u"pg_advisory_unlock_all"_s, u"session-lock"_s}};
    return functions;
}

QString functionReason(const QString &kind, const QString &name)
{
    if (kind == u"remote")
        return Text::tr("%1() runs statements on another database or server").arg(name);
    if (kind == u"server-file")
        return Text::tr("%1() reads or writes a file on the server").arg(name);
    if (kind == u"session-lock")
        return Text::tr("%1() takes or releases a session-level lock that outlives the transaction").arg(name);
    if (kind == u"replication")
        return Text::tr("%1() changes the server's replication").arg(name);
    return Text::tr("%1() acts on the server, outside the transaction").arg(name);
}

// CREATE/ALTER/DROP of what lives in the cluster, not in the database.
std::optional<Escape> clusterObject(const ContainmentScope &scope, const TokenReader &t, qsizetype start)
{
    static const QSet<QString> objects{u"TABLE"_s, u"VIEW"_s, u"INDEX"_s, u"SEQUENCE"_s, u"FUNCTION"_s,
                                       u"PROCEDURE"_s, u"TRIGGER"_s, u"TYPE"_s, u"SCHEMA"_s, u"EXTENSION"_s,
                                       u"DOMAIN"_s, u"POLICY"_s, u"RULE"_s, u"AGGREGATE"_s, u"OPERATOR"_s,
                                       u"COLLATION"_s, u"PUBLICATION"_s, u"STATISTICS"_s, u"MATERIALIZED"_s,
                                       u"FOREIGN"_s, u"EVENT"_s, u"SERVER"_s, u"DATABASE"_s, u"TABLESPACE"_s,
                                       u"ROLE"_s, u"USER"_s, u"GROUP"_s, u"SUBSCRIPTION"_s, u"SYSTEM"_s};
    const qsizetype k = t.objectKeyword(start + 1, objects);
    const QString object = t.word(k);
    const QString verb = t.word(start);
    const qsizetype at = t.at(start).offset;
    if (object == u"DATABASE" || object == u"TABLESPACE")
        return Escape{at, object == u"DATABASE" ? u"database"_s : u"tablespace"_s,
                      Text::tr("%1 %2 acts on the cluster, outside the transaction").arg(verb, object)};
    if (object == u"SYSTEM" && verb == u"ALTER")
        return Escape{at, u"server-command"_s, Text::tr("ALTER SYSTEM changes the server's configuration file")};
    if (object == u"SUBSCRIPTION")
        return Escape{at, u"replication"_s, Text::tr("%1 SUBSCRIPTION connects to another server").arg(verb)};
    if ((object == u"ROLE" || object == u"USER" || object == u"GROUP") && t.word(k + 1) != u"MAPPING" && !scope.rolledBack)
        return Escape{at, u"account"_s, Text::tr("%1 %2 changes the cluster's roles, outside the scratch database").arg(verb, object)};
    return std::nullopt;
}

// COPY … TO/FROM PROGRAM or a file name: the server runs a program or touches its files.
std::optional<Escape> copyStatement(const TokenReader &t, qsizetype start)
{
    for (qsizetype i = start + 1; i + 1 < t.statementEnd(start); ++i) {
        const QString w = t.word(i);
        if (w != u"TO" && w != u"FROM")
            continue;
        if (t.word(i + 1) == u"PROGRAM")
            return Escape{t.at(i + 1).offset, u"server-command"_s, Text::tr("COPY … PROGRAM runs a program on the server")};
        if (t.at(i + 1).kind == SqlToken::Kind::String)
            return Escape{t.at(i + 1).offset, u"server-file"_s, Text::tr("COPY reads or writes the server file %1").arg(t.at(i + 1).text)};
    }
    return std::nullopt;
}

// Learns the foreign table a CREATE FOREIGN TABLE makes: writes to it would leave.
void learnForeignTable(ContainmentScope &scope, const TokenReader &t, qsizetype start)
{
    qsizetype i = start + 3;
    if (t.word(i) == u"IF")
        i += 3;
    if (i >= t.size() || !t.at(i).isIdentifier())
        return;
    QString name = t.at(i).text.toCaseFolded();
    if (t.punctuation(i + 1, u'.') && i + 2 < t.size()) {
        scope.foreignTables.insert(name + u'.' + t.at(i + 2).text.toCaseFolded());
        name = t.at(i + 2).text.toCaseFolded();
    }
    scope.foreignTables.insert(name);
}

std::optional<Escape> foreignWrite(const ContainmentScope &scope, const TokenReader &t)
{
    static const QSet<QString> writes{u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s, u"MERGE"_s, u"TRUNCATE"_s, u"COPY"_s};
    if (scope.foreignTables.isEmpty())
        return std::nullopt;
    bool writing = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        writing = writing || writes.contains(t.word(i));
        if (writing && t.at(i).isIdentifier() && scope.foreignTables.contains(t.at(i).text.toCaseFolded()))
            return Escape{t.at(i).offset, u"remote"_s,
                          Text::tr("it writes the foreign table %1: the rows go to another server").arg(t.at(i).text)};
    }
    return std::nullopt;
}

// The relations a statement writes, with what runs on a write (triggers, defaults,
// constraints, index expressions, rules): INSERT INTO t, UPDATE t, DELETE FROM t, MERGE INTO
// t, COPY t, TRUNCATE a, b, ALTER TABLE t, REINDEX TABLE t, CLUSTER t, VACUUM FULL t,
// REFRESH MATERIALIZED VIEW t. Indexes of the name tokens (the last part of a qualified name).
QList<qsizetype> writtenRelations(const TokenReader &t, qsizetype start)
{
    static const QSet<QString> verbs{u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s, u"MERGE"_s, u"COPY"_s, u"TRUNCATE"_s,
                                     u"ALTER"_s, u"REINDEX"_s, u"CLUSTER"_s, u"VACUUM"_s, u"REFRESH"_s};
    static const QSet<QString> skip{u"INTO"_s, u"FROM"_s, u"ONLY"_s, u"TABLE"_s, u"IF"_s, u"EXISTS"_s,
                                    u"MATERIALIZED"_s, u"VIEW"_s, u"CONCURRENTLY"_s, u"FULL"_s, u"VERBOSE"_s,
                                    u"FREEZE"_s, u"ANALYZE"_s};
    const QString verb = t.word(start);
    if (!verbs.contains(verb) || ((verb == u"ALTER" || verb == u"REINDEX") && t.word(start + 1) != u"TABLE"))
        return {};
    QList<qsizetype> names;
    const qsizetype end = t.statementEnd(start);
    for (qsizetype i = start + 1; i < end; ++i) {
        if (skip.contains(t.word(i)))
            continue;
        if (!t.at(i).isIdentifier())
            break;
        if (t.punctuation(i + 1, u'.'))
            i += 2;
        names << i;
        if (!(verb == u"TRUNCATE" || verb == u"VACUUM") || !t.punctuation(i + 1, u','))
            break;
        ++i;
    }
    return names;
}

// What the database's own objects do when this statement runs: a routine that reaches
// outside, called or fired by a write; a view whose use calls one; an event trigger on DDL.
std::optional<Escape> databaseObjects(const ContainmentScope &scope, const TokenReader &t, qsizetype start)
{
    static const QSet<QString> ddl{u"CREATE"_s, u"ALTER"_s, u"DROP"_s, u"COMMENT"_s, u"GRANT"_s, u"REVOKE"_s,
                                   u"SECURITY"_s, u"IMPORT"_s, u"REFRESH"_s};
    if (start < t.size() && !scope.escapingDdl.isEmpty() && ddl.contains(t.word(start)))
        return Escape{t.at(start).offset, u"event-trigger"_s, scope.escapingDdl};
    for (const qsizetype i : writtenRelations(t, start)) {
        const auto found = scope.escapingOnWrite.constFind(t.at(i).text.toCaseFolded());
        if (found != scope.escapingOnWrite.cend())
            return Escape{t.at(i).offset, u"routine"_s, Text::tr("it writes %1: %2").arg(t.at(i).text, *found)};
    }
    return std::nullopt;
}

// The word before a name, past its schema: "FUNCTION" in DROP FUNCTION s.f(…).
QString wordBeforeName(const TokenReader &t, qsizetype i)
{
    return t.word(t.punctuation(i - 1, u'.') ? i - 3 : i - 1);
}

// A call of one of the database's routines that reach outside, or a use of a view that
// calls one; not where the routine or view itself is defined, replaced or dropped.
std::optional<Escape> databaseRoutineUse(const ContainmentScope &scope, const TokenReader &t, qsizetype i)
{
    static const QSet<QString> defining{u"FUNCTION"_s, u"PROCEDURE"_s, u"ROUTINE"_s, u"VIEW"_s, u"TABLE"_s,
                                        u"INTO"_s, u"EXISTS"_s, u"ON"_s, u"REFERENCES"_s};
    const SqlToken &token = t.at(i);
    if (!token.isIdentifier() || defining.contains(wordBeforeName(t, i)))
        return std::nullopt;
    const QString name = token.text.toCaseFolded();
    if (t.punctuation(i + 1, u'(')) {
        const auto found = scope.escapingRoutines.constFind(name);
        if (found != scope.escapingRoutines.cend())
            return Escape{token.offset, u"routine"_s,
                          Text::tr("%1() reaches outside the dry run: %2").arg(token.text, *found)};
        return std::nullopt;
    }
    const auto found = scope.escapingOnUse.constFind(name);
    if (found != scope.escapingOnUse.cend())
        return Escape{token.offset, u"routine"_s, Text::tr("it reads %1: %2").arg(token.text, *found)};
    return std::nullopt;
}

// On production the rehearsal's lock_timeout is held short; a statement may not lift it.
std::optional<Escape> lockTimeoutChange(const ContainmentScope &scope, const TokenReader &t, qsizetype i)
{
    if (scope.lockTimeoutCapMs <= 0)
        return std::nullopt;
    const SqlToken &token = t.at(i);
    const QString text = token.text.toCaseFolded();
    static const QSet<QString> setting{u"SET"_s, u"RESET"_s, u"LOCAL"_s, u"SESSION"_s};
    const bool changes = (token.kind == SqlToken::Kind::Word && text == u"lock_timeout" && setting.contains(t.word(i - 1)))
                         || (token.kind == SqlToken::Kind::String && text == u"lock_timeout"
                             && t.punctuation(i - 1, u'(') && t.word(i - 2) == u"SET_CONFIG")
                         || (t.word(i) == u"RESET" && t.word(i + 1) == u"ALL");
    if (!changes)
        return std::nullopt;
    return Escape{token.offset, u"lock-timeout"_s,
                  Text::tr("it changes lock_timeout, which a dry run in a transaction on production holds at %1 ms at most, "
                           "so that it fails rather than queue traffic behind it")
                      .arg(scope.lockTimeoutCapMs)};
}

std::optional<Escape> statementAt(ContainmentScope &scope, const TokenReader &t, qsizetype start)
{
    const QString w = t.word(start);
    const qsizetype at = start < t.size() ? t.at(start).offset : 0;
    if (auto escape = databaseObjects(scope, t, start))
        return escape;
    if (w == u"CREATE" || w == u"ALTER" || w == u"DROP") {
        if (w == u"CREATE" && t.word(start + 1) == u"FOREIGN" && t.word(start + 2) == u"TABLE")
            learnForeignTable(scope, t, start);
        return clusterObject(scope, t, start);
    }
    if (w == u"COPY")
        return copyStatement(t, start);
    if (w == u"LOAD")
        return Escape{at, u"extension"_s, Text::tr("LOAD loads a shared library into the server")};
    if (w == u"IMPORT" && t.word(start + 1) == u"FOREIGN")
        return Escape{at, u"remote"_s, Text::tr("IMPORT FOREIGN SCHEMA reads another server and makes tables that write there")};
    const bool roleGrant = (w == u"GRANT" || w == u"REVOKE") && !scope.rolledBack;
    if (roleGrant) {
        const qsizetype end = t.statementEnd(start);
        qsizetype on = start + 1;
        while (on < end && t.word(on) != u"ON")
            ++on;
        if (on == end || t.word(on + 1) == u"DATABASE" || t.word(on + 1) == u"TABLESPACE")
            return Escape{at, u"account"_s, Text::tr("%1 changes roles or rights outside the scratch database").arg(w)};
    }
    return std::nullopt;
}

std::optional<Escape> scan(ContainmentScope &scope, const QList<SqlToken> &tokens, int depth)
{
    static const QSet<QString> openers{u"BEGIN"_s, u"THEN"_s, u"ELSE"_s, u"LOOP"_s};
    const TokenReader t(tokens);
    std::optional<Escape> first;
    const auto keep = [&first](std::optional<Escape> e) {
        if (e && (!first || e->offset < first->offset))
            first = std::move(e);
    };
    for (const qsizetype start : t.statementStarts(depth == 0 ? QSet<QString>() : openers))
        keep(statementAt(scope, t, start));
    keep(foreignWrite(scope, t));
    for (qsizetype i = 0; i < t.size(); ++i) {
        const SqlToken &token = t.at(i);
        const QString name = token.text.toLower();
        if (token.kind == SqlToken::Kind::Word && t.isCall(i) && postgresFunctions().contains(name)) {
            const QString kind = postgresFunctions().value(name);
            keep(Escape{token.offset, kind, functionReason(kind, token.text)});
        }
        keep(databaseRoutineUse(scope, t, i));
        keep(lockTimeoutChange(scope, t, i));
        // PL/pgSQL's EXECUTE runs text made at run time; a literal is read like a statement.
        const bool dynamic = depth > 0 && t.word(i) == u"EXECUTE" && i + 1 < t.size() && t.word(i + 1) != u"FUNCTION"
                             && t.word(i + 1) != u"PROCEDURE";
        const SqlToken *body = token.dollarQuoted ? &token
                               : dynamic && t.at(i + 1).kind == SqlToken::Kind::String ? &t.at(i + 1)
                                                                                       : nullptr;
        if (dynamic && !body)
            keep(Escape{token.offset, u"dynamic-sql"_s,
                        Text::tr("EXECUTE of text made at run time: it cannot be checked before it runs")});
        if (body && depth < maxDepth) {
            if (auto inner = scan(scope, tokenizeStatement(Dialect::PostgreSQL, body->text), depth + 1))
                keep(shifted(*inner, body->offset + (body->dollarQuoted ? 0 : 1)));
        }
    }
    return first;
}

} // namespace

std::optional<Escape> postgresEscape(ContainmentScope &scope, const QList<SqlToken> &tokens, int depth)
{
    return scan(scope, tokens, depth);
}

std::optional<Escape> sqliteEscape(const QList<SqlToken> &tokens)
{
    const TokenReader t(tokens);
    for (qsizetype i = 0; i < t.size(); ++i) {
        const SqlToken &token = t.at(i);
        const QString w = t.word(i);
        if (w == u"ATTACH" && (i == 0 || t.punctuation(i - 1, u';')))
            return Escape{token.offset, u"attach"_s, Text::tr("ATTACH opens another database file, outside the copy")};
        if (w == u"VACUUM") {
            for (qsizetype k = i + 1; k < t.statementEnd(i); ++k) {
                if (t.word(k) == u"INTO")
                    return Escape{t.at(k).offset, u"server-file"_s, Text::tr("VACUUM INTO writes a database file outside the copy")};
            }
        }
        if ((w == u"LOAD_EXTENSION" || w == u"WRITEFILE") && t.isCall(i))
            return Escape{token.offset, w == u"WRITEFILE" ? u"server-file"_s : u"extension"_s,
                          w == u"WRITEFILE" ? Text::tr("writefile() writes a file outside the copy")
                                            : Text::tr("load_extension() loads a shared library into the process")};
    }
    return std::nullopt;
}

} // namespace godwit::detail
