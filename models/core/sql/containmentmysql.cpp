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

constexpr int maxDepth = 4; // PREPARE … FROM 'PREPARE … FROM …' is read this deep

// CREATE/ALTER/DROP <object>: the objects that live on the server, not in the database.
std::optional<Escape> serverObject(const TokenReader &t, qsizetype start)
{
    static const QSet<QString> objects{u"TABLE"_s, u"VIEW"_s, u"INDEX"_s, u"PROCEDURE"_s, u"FUNCTION"_s,
                                       u"TRIGGER"_s, u"EVENT"_s, u"DATABASE"_s, u"SCHEMA"_s, u"USER"_s,
                                       u"ROLE"_s, u"SERVER"_s, u"TABLESPACE"_s, u"LOGFILE"_s, u"SEQUENCE"_s,
                                       u"PACKAGE"_s, u"INSTANCE"_s};
    const qsizetype k = t.objectKeyword(start + 1, objects);
    if (k < 0)
        return std::nullopt;
    const QString object = t.word(k);
    const QString verb = t.word(start);
    const qsizetype at = t.at(start).offset;
    if (object == u"DATABASE" || object == u"SCHEMA")
        return Escape{at, u"database"_s, Text::tr("%1 %2 acts on a database of the server, not on the scratch").arg(verb, object)};
    if (object == u"USER" || object == u"ROLE")
        return Escape{at, u"account"_s, Text::tr("%1 %2 changes the server's accounts").arg(verb, object)};
    if (object == u"SERVER")
        return Escape{at, u"server"_s, Text::tr("%1 SERVER changes the server's federated server definitions").arg(verb)};
    if (object == u"TABLESPACE" || object == u"LOGFILE")
        return Escape{at, u"tablespace"_s, Text::tr("%1 %2 acts on the server's files").arg(verb, object)};
    if (object == u"EVENT")
        return Escape{at, u"event"_s, Text::tr("%1 EVENT schedules work the server runs outside the dry run").arg(verb)};
    if (object == u"INSTANCE")
        return Escape{at, u"server-command"_s, Text::tr("ALTER INSTANCE acts on the whole server")};
    if (object == u"FUNCTION") {
        for (qsizetype i = k; i < t.statementEnd(k); ++i) {
            if (t.word(i) == u"SONAME")
                return Escape{t.at(i).offset, u"plugin"_s, Text::tr("a function from a shared library is installed on the server")};
        }
    }
    return std::nullopt;
}

std::optional<Escape> setStatement(const TokenReader &t, qsizetype start)
{
    const QString next = t.word(start + 1);
    if (next == u"PASSWORD" || (next == u"DEFAULT" && t.word(start + 2) == u"ROLE"))
        return Escape{t.at(start).offset, u"account"_s, Text::tr("SET %1 changes the server's accounts").arg(next)};
    for (qsizetype i = start + 1; i < t.statementEnd(start); ++i) {
        const SqlToken &token = t.at(i);
        const QString w = t.word(i);
        const QString variable = token.kind == SqlToken::Kind::Variable ? token.text.toLower() : QString();
        if (w == u"GLOBAL" || w == u"PERSIST" || w == u"PERSIST_ONLY" || variable == u"@@global"
            || variable == u"@@persist" || variable == u"@@persist_only")
            return Escape{token.offset, u"global-variable"_s,
                          Text::tr("SET %1 changes a variable for the whole server").arg(token.text)};
    }
    return std::nullopt;
}

// PREPARE s FROM 'text' and EXECUTE IMMEDIATE 'text': the text is read like a statement;
// any other source cannot be checked before it runs.
std::optional<Escape> dynamicSql(const ContainmentScope &scope, const TokenReader &t, qsizetype source, int depth)
{
    if (source >= t.size())
        return std::nullopt;
    const SqlToken &text = t.at(source);
    if (text.kind != SqlToken::Kind::String || t.punctuation(source + 1, u'(') || depth >= maxDepth)
        return Escape{text.offset, u"dynamic-sql"_s,
                      Text::tr("dynamic SQL from %1: its text cannot be checked before it runs").arg(text.text)};
    if (auto inner = mysqlEscape(scope, tokenizeStatement(Dialect::MySQL, text.text), depth + 1))
        return shifted(*inner, text.offset + 1);
    return std::nullopt;
}

std::optional<Escape> statementAt(const ContainmentScope &scope, const TokenReader &t, qsizetype start, int depth)
{
    static const QHash<QString, QString> commands{
        {u"FLUSH"_s, u"server-command"_s},   {u"KILL"_s, u"server-command"_s},   {u"RESET"_s, u"server-command"_s},
        {u"PURGE"_s, u"replication"_s},      {u"SHUTDOWN"_s, u"server-command"_s}, {u"RESTART"_s, u"server-command"_s},
        {u"BINLOG"_s, u"replication"_s},     {u"CACHE"_s, u"server-command"_s},  {u"INSTALL"_s, u"plugin"_s},
        {u"UNINSTALL"_s, u"plugin"_s},       {u"GRANT"_s, u"account"_s},         {u"REVOKE"_s, u"account"_s}};
    const QString w = t.word(start);
    const qsizetype at = start < t.size() ? t.at(start).offset : 0;
    if (w == u"USE")
        return Escape{at, u"switch-database"_s, Text::tr("USE switches the session to another database")};
    if (commands.contains(w))
        return Escape{at, commands.value(w), Text::tr("%1 acts on the server, not on the scratch").arg(w)};
    const QString next = t.word(start + 1);
    if ((w == u"CHANGE" && (next == u"MASTER" || next == u"REPLICATION"))
        || ((w == u"START" || w == u"STOP") && (next == u"SLAVE" || next == u"REPLICA" || next == u"ALL")))
        return Escape{at, u"replication"_s, Text::tr("%1 %2 controls the server's replication").arg(w, next)};
    if ((w == u"LOAD" && next == u"INDEX") || (w == u"RENAME" && next == u"USER"))
        return Escape{at, w == u"LOAD" ? u"server-command"_s : u"account"_s,
                      Text::tr("%1 %2 acts on the server, not on the scratch").arg(w, next)};
    if (w == u"CREATE" || w == u"ALTER" || w == u"DROP")
        return serverObject(t, start);
    if (w == u"SET")
        return setStatement(t, start);
    if (w == u"PREPARE" && t.word(start + 2) == u"FROM")
        return dynamicSql(scope, t, start + 3, depth);
    if (w == u"EXECUTE" && next == u"IMMEDIATE")
        return dynamicSql(scope, t, start + 2, depth);
    return std::nullopt;
}

// What any token of the statement can say: a database qualifier, a file, another server.
std::optional<Escape> anywhere(const ContainmentScope &scope, const TokenReader &t, qsizetype i)
{
    const SqlToken &token = t.at(i);
    const QString w = t.word(i);
    const QString next = t.word(i + 1);
    if (w == u"INTO" && (next == u"OUTFILE" || next == u"DUMPFILE"))
        return Escape{token.offset, u"server-file"_s, Text::tr("INTO %1 writes a file on the server").arg(next)};
    if ((w == u"DATA" || w == u"INDEX") && next == u"DIRECTORY")
        return Escape{token.offset, u"server-file"_s, Text::tr("%1 DIRECTORY puts the table's files elsewhere on the server").arg(w)};
    if (w == u"CONNECTION" && (t.punctuation(i + 1, u'=') || (i + 1 < t.size() && t.at(i + 1).kind == SqlToken::Kind::String)))
        return Escape{token.offset, u"remote"_s, Text::tr("a CONNECTION table reads and writes another server")};
    if ((w == u"SYS_EXEC" || w == u"SYS_EVAL") && t.isCall(i))
        return Escape{token.offset, u"server-command"_s, Text::tr("%1() runs a program on the server").arg(token.text)};
    if (!token.isIdentifier() || !t.punctuation(i + 1, u'.') || t.punctuation(i - 1, u'.') || i + 2 >= t.size()
        || !(t.at(i + 2).isIdentifier() || t.punctuation(i + 2, u'*')))
        return std::nullopt;
    const QString name = token.text.toCaseFolded();
    if (name == scope.scratchDatabase.toCaseFolded() || name == u"information_schema" || !scope.otherDatabases.contains(name))
        return std::nullopt;
    return Escape{token.offset, u"other-database"_s,
                  Text::tr("it names the database %1, outside the dry run's scratch database").arg(token.text)};
}

} // namespace

std::optional<Escape> mysqlEscape(const ContainmentScope &scope, const QList<SqlToken> &tokens, int depth)
{
    static const QSet<QString> openers{u"BEGIN"_s, u"THEN"_s, u"ELSE"_s, u"DO"_s, u"LOOP"_s, u"REPEAT"_s};
    const TokenReader t(tokens);
    std::optional<Escape> first;
    const auto keep = [&first](std::optional<Escape> e) {
        if (e && (!first || e->offset < first->offset))
            first = std::move(e);
    };
    for (const qsizetype start : t.statementStarts(openers))
        keep(statementAt(scope, t, start, depth));
    for (qsizetype i = 0; i < t.size(); ++i)
        keep(anywhere(scope, t, i));
    return first;
}

} // namespace godwit::detail
