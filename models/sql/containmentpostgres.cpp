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

std::optional<Escape> statementAt(ContainmentScope &scope, const TokenReader &t, qsizetype start)
{
    const QString w = t.word(start);
    const qsizetype at = start < t.size() ? t.at(start).offset : 0;
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
