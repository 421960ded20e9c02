#include "analysers_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace godwit::lint {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Lint)
};

// The statement with comments and string literals blanked (same length, so positions
// hold) and quoted identifiers unquoted: what the patterns below read.
QString blanked(Dialect dialect, const QString &sql)
{
    QString out = sql;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        qsizetype end = i;
        if ((c == u'-' && next == u'-') || (c == u'#' && dialect == Dialect::MySQL)) {
            end = sql.indexOf(u'\n', i);
            end = end < 0 ? n : end;
        } else if (c == u'/' && next == u'*') {
            if (dialect == Dialect::MySQL && i + 2 < n && sql.at(i + 2) == u'!') { // executable comment: its text counts
                out[i] = out[i + 1] = out[i + 2] = u' ';
                i += 3;
                continue;
            }
            end = sql.indexOf(u"*/"_s, i + 2);
            end = end < 0 ? n : end + 2;
        } else if (c == u'\'') {
            end = i + 1;
            while (end < n) {
                if (dialect == Dialect::MySQL && sql.at(end) == u'\\') {
                    end += 2;
                    continue;
                }
                if (sql.at(end) == u'\'') {
                    if (end + 1 < n && sql.at(end + 1) == u'\'') {
                        end += 2;
                        continue;
                    }
                    ++end;
                    break;
                }
                ++end;
            }
            for (qsizetype k = i + 1; k < end - 1; ++k)
                out[k] = u' ';
            i = end;
            continue;
        } else if (c == u'"' || c == u'`' || (c == u'[' && dialect == Dialect::SQLite)) {
            out[i] = u' ';
            const QChar close = c == u'[' ? u']' : c;
            end = sql.indexOf(close, i + 1);
            if (end >= 0)
                out[end] = u' ';
            i = end < 0 ? n : end + 1;
            continue;
        } else if (c == u'*' && next == u'/' && dialect == Dialect::MySQL) {
            out[i] = out[i + 1] = u' '; // the end of an executable comment
            i += 2;
            continue;
        } else {
            ++i;
            continue;
        }
        for (qsizetype k = i; k < end; ++k)
            out[k] = u' ';
        i = end;
    }
    return out;
}

// Patterns are compiled once per thread (lint runs on workers too).
const QRegularExpression &re(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
    return *it;
}

// "name TYPE(n) …" elements separated by top-level commas (a CREATE TABLE's body, up to its
// closing parenthesis; at most `count` of them): the types they declare, for the narrowing
// check across migrations.
void declareColumns(ScriptState &state, const QString &table, const QString &body, int count = INT_MAX)
{
    static const QRegularExpression element(uR"(^\s*(\w+)\s+(\w+)(?:\s*\(\s*(\d+)\s*\))?)"_s);
    static const QRegularExpression notColumn(
        uR"(^(?:PRIMARY|KEY|INDEX|UNIQUE|CONSTRAINT|FOREIGN|CHECK|FULLTEXT|SPATIAL|PERIOD|LIKE)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= body.size() && count > 0; ++i) {
        const QChar c = i < body.size() ? body.at(i) : u',';
        if (c == u'(') {
            ++depth;
            continue;
        }
        if (c == u')' && depth > 0) {
            --depth;
            continue;
        }
        if ((c != u',' || depth > 0) && c != u')')
            continue;
        if (const auto m = element.match(body.mid(start, i - start)); m.hasMatch() && !notColumn.match(m.captured(1)).hasMatch()) {
            const QString size = m.captured(3);
            state.columnTypes << ColumnTypeEvent{table, m.captured(1),
                                                 m.captured(2).toLower() + (size.isEmpty() ? QString() : u'(' + size + u')'),
                                                 std::nullopt};
            --count;
        }
        if (c == u')')
            break;
        start = i + 1;
    }
}

QString clauseName(const AlterClause &clause)
{
    return clause.text.size() > 48 ? clause.text.left(47) + u'…' : clause.text;
}

// Where the server's version is not known: the versions from which the operation is instant.
Message versionNote(AlterOperation operation)
{
    const QString mysql = instantSince(operation, ServerVersion::Flavor::MySQL);
    const QString maria = instantSince(operation, ServerVersion::Flavor::MariaDB);
    Message note;
    if (!mysql.isEmpty() || !maria.isEmpty())
        note = mysql.isEmpty()   ? Text::msg("INSTANT from MariaDB %1").arg(maria)
               : maria.isEmpty() ? Text::msg("INSTANT from MySQL %1").arg(mysql)
                                 : Text::msg("INSTANT from MySQL %1 and MariaDB %2").arg(mysql, maria);
    return note;
}

// mysql-copy-alter, mysql-rebuild-alter and mysql-algorithm-unsupported for one ALTER TABLE,
// by the server's version (or, not knowing it, the oldest servers considered).
template<typename At>
void mysqlAlter(QList<Hit> &hits, const QString &table, const QString &rest, qsizetype base, const ScriptState &state,
                const At &at)
{
    const ParsedAlter alter = parseAlter(rest, state.foreignKeyChecksOff);
    const std::optional<ServerVersion> &server = state.server;
    const auto costOf = [&](AlterOperation op) { return server ? alterCost(op, *server) : worstAlterCost(op); };
    const auto unknown = [] {
        return Text::msg("the server's version is unknown: name it with lint.server in godwit.json or lint against the target");
    };

    // ALGORITHM=INSTANT/NOCOPY/INPLACE or LOCK=NONE: the server does it so, or refuses.
    const bool asked = (!alter.algorithm.isEmpty() && alter.algorithm != u"DEFAULT" && alter.algorithm != u"COPY")
                       || alter.lock == u"NONE";
    if (asked) {
        const QString request = alter.algorithm.isEmpty() || alter.algorithm == u"DEFAULT"
                                    ? u"LOCK=NONE"_s
                                    : u"ALGORITHM="_s + alter.algorithm + (alter.lock == u"NONE" ? u", LOCK=NONE"_s : QString());
        const qsizetype where = alter.algorithmOffset >= 0 ? alter.algorithmOffset : alter.lockOffset;
        bool dependsOnVersion = false;
        for (const AlterClause &c : alter.clauses) {
            const auto refusedOn = [&](ServerVersion::Flavor flavor) {
                return !allows(alter.algorithm, alter.lock, alterCost(c.operation, ServerVersion{flavor, 99, 0, 0}));
            };
            const bool refused = server ? !allows(alter.algorithm, alter.lock, alterCost(c.operation, *server))
                                        : refusedOn(ServerVersion::Flavor::MySQL) && refusedOn(ServerVersion::Flavor::MariaDB);
            if (refused) {
                hits << Hit{u"mysql-algorithm-unsupported"_s, at(base + where),
                            server ? Text::msg("%1 is refused for %2 on %3: the ALTER fails").arg(request, clauseName(c), server->toString())
                                   : Text::msg("%1 is refused for %2 on every MySQL and MariaDB version: the ALTER fails")
                                         .arg(request, clauseName(c)),
                            table, {}, {}, {}};
                return;
            }
            dependsOnVersion = dependsOnVersion || !allows(alter.algorithm, alter.lock, costOf(c.operation));
        }
        if (dependsOnVersion) // an older server refuses it, a newer one does it as asked
            return;
    }

    // The dearest clause decides what the statement costs.
    const AlterClause *dearest = nullptr;
    AlterCost cost{AlterAlgorithm::Instant, false};
    for (const AlterClause &c : alter.clauses) {
        const AlterCost k = costOf(c.operation);
        if (!dearest || std::pair(k.algorithm, k.blocksWrites) > std::pair(cost.algorithm, cost.blocksWrites)) {
            dearest = &c;
            cost = k;
        }
    }
    const auto on = [&] { return server ? Message(server->toString()) : Text::msg("older servers"); };
    if (alter.algorithm == u"COPY") {
        hits << Hit{u"mysql-copy-alter"_s, at(base + alter.algorithmOffset),
                    Text::msg("ALGORITHM=COPY copies %1: writes wait for the whole copy").arg(table), table, {}, {}, {}};
    } else if (dearest && (cost.algorithm == AlterAlgorithm::Copy || (cost.blocksWrites && cost.algorithm == AlterAlgorithm::Rebuild))) {
        Message message = cost.algorithm == AlterAlgorithm::Copy
                              ? Text::msg("%1 copies %2 on %3: writes wait for the whole copy").arg(clauseName(*dearest), table, on())
                              : Text::msg("%1 rebuilds %2 on %3 and blocks writes meanwhile").arg(clauseName(*dearest), table, on());
        if (!server && cost.algorithm != AlterAlgorithm::Copy)
            message = Message(u"%1 (%2)"_s).arg(message, unknown());
        hits << Hit{u"mysql-copy-alter"_s, at(base + dearest->offset), message, table, {}, {}, {}};
    } else if (dearest && cost.algorithm == AlterAlgorithm::Rebuild) {
        Message message = Text::msg("%1 rebuilds %2 in place on %3: writes go on, but it takes time and disk space in "
                             "proportion to the table")
                              .arg(clauseName(*dearest), table, on());
        const QString since = server ? instantSince(dearest->operation, server->flavor) : QString();
        const Message note = server ? (since.isEmpty() ? Message() : Text::msg("INSTANT from %1").arg(since))
                                    : versionNote(dearest->operation);
        if (!note.isEmpty())
            message = Message::join({message, note}, u"; "_s);
        if (!server)
            message = Message(u"%1 (%2)"_s).arg(message, unknown());
        hits << Hit{u"mysql-rebuild-alter"_s, at(base + dearest->offset), message, table, {}, {}, {}};
    }
}

// The hits of one ALTER TABLE (m: its head, table name in group 1): renames, drops, MySQL's
// redefinitions and ALTER costs, SQLite's rebuilds, NOT NULL columns without a default.
template<typename At>
void alterTableHits(QList<Hit> &hits, const QString &text, const QRegularExpressionMatch &m, bool mysql,
                    ScriptState &state, const QString &name, const At &at)
{
    const QString table = m.captured(1).section(u'.', -1).trimmed();
    const bool fresh = state.createdTables.contains(table);
    const QString rest = text.mid(m.capturedEnd(0));
    const qsizetype base = m.capturedEnd(0);
    if (!fresh && state.firstLockingStatement < 0)
        state.firstLockingStatement = state.index;
    if (auto r = re(u"\\bRENAME\\s+(?:TO|AS)\\s+"_s + name).match(rest); r.hasMatch())
        hits << Hit{u"rename-table"_s, 0, Text::msg("renames table %1 to %2").arg(table, r.captured(1))};
    if (auto r = re(u"\\bRENAME\\s+COLUMN\\s+(\\w+)\\s+TO\\s+(\\w+)"_s).match(rest); r.hasMatch())
        hits << Hit{u"rename-column"_s, at(base + r.capturedStart(0)),
                    Text::msg("renames column %1.%2 to %3").arg(table, r.captured(1), r.captured(2))};
    for (auto it = re(u"\\bDROP\\s+(?:COLUMN\\s+)?(?!INDEX\\b|KEY\\b|FOREIGN\\b|PRIMARY\\b|CONSTRAINT\\b|CHECK\\b|PARTITION\\b)(\\w+)"_s)
                       .globalMatch(rest);
         it.hasNext();) {
        const auto d = it.next();
        if (mysql || re(u"\\bDROP\\s+COLUMN\\b"_s).match(d.captured(0)).hasMatch())
            hits << Hit{u"drop-column"_s, at(base + d.capturedStart(0)), Text::msg("drops column %1.%2").arg(table, d.captured(1))};
    }
    if (mysql) {
        for (auto it = re(u"\\bDROP\\s+(INDEX|KEY)\\s+(\\w+)"_s).globalMatch(rest); it.hasNext();) {
            const auto d = it.next();
            hits << Hit{u"drop-index"_s, at(base + d.capturedStart(0)), Text::msg("drops index %1 on %2").arg(d.captured(2), table)};
        }
        for (auto it = re(u"\\bDROP\\s+(FOREIGN\\s+KEY|PRIMARY\\s+KEY|CONSTRAINT|CHECK)\\b\\s*(\\w*)"_s).globalMatch(rest);
             it.hasNext();) {
            const auto d = it.next();
            hits << Hit{u"drop-constraint"_s, at(base + d.capturedStart(0)),
                        Text::msg("drops %1 %2 on %3").arg(d.captured(1).simplified().toLower(), d.captured(2), table)};
        }
        if (!fresh) {
            for (auto it = re(u"\\b(MODIFY|CHANGE)\\s+(?:COLUMN\\s+)?(\\w+)(?:\\s+(\\w+))?"_s).globalMatch(rest); it.hasNext();) {
                const auto d = it.next();
                const bool renames = d.captured(1).toUpper() == u"CHANGE" && d.captured(2) != d.captured(3);
                if (renames)
                    hits << Hit{u"rename-column"_s, at(base + d.capturedStart(0)),
                                Text::msg("renames column %1.%2 to %3").arg(table, d.captured(2), d.captured(3))};
                Hit change{u"column-type-change"_s, at(base + d.capturedStart(0)),
                           Text::msg("redefines column %1.%2").arg(table, d.captured(2)), table, {}, {}, {}};
                // MODIFY col TYPE(n): what the data-aware checks compare with the column's type now.
                const auto modify = re(u"^MODIFY\\s+(?:COLUMN\\s+)?(\\w+)\\s+(\\w+)(?:\\s*\\((\\d+)\\))?"_s).match(d.captured(0) + rest.mid(d.capturedEnd(0)));
                if (modify.hasMatch()) {
                    change.columns = {modify.captured(1)};
                    change.newType = modify.captured(2).toLower()
                                     + (modify.captured(3).isEmpty() ? QString() : u'(' + modify.captured(3) + u')');
                    if (!modify.captured(3).isEmpty() && change.newType.contains(u"char"_s))
                        change.misfit = u"CHAR_LENGTH(%1) > "_s + modify.captured(3);
                }
                hits << change;
            }
            mysqlAlter(hits, table, rest, base, state, at);
        }
    } else if (!fresh) {
        const auto rebuild = re(u"\\b(ALTER\\s+COLUMN|ADD\\s+CONSTRAINT|DROP\\s+CONSTRAINT|ADD\\s+PRIMARY\\s+KEY|ADD\\s+UNIQUE|"
                                "ADD\\s+FOREIGN\\s+KEY|ADD\\s+CHECK)\\b"_s)
                                 .match(rest);
        if (rebuild.hasMatch())
            hits << Hit{u"sqlite-table-rebuild"_s, at(base + rebuild.capturedStart(0)),
                        Text::msg("SQLite cannot %1 on %2").arg(rebuild.captured(1).simplified().toUpper(), table)};
        if (auto a = re(u"\\bADD\\s+(?:COLUMN\\s+)?\\w+[^,]*\\b(PRIMARY\\s+KEY|UNIQUE)\\b"_s).match(rest); a.hasMatch())
            hits << Hit{u"sqlite-table-rebuild"_s, at(base + a.capturedStart(0)),
                        Text::msg("SQLite cannot add a %1 column to %2").arg(a.captured(1).simplified().toUpper(), table)};
    }
    if (mysql) {
        for (auto it = re(u"\\bADD\\s+(?:COLUMN\\s+)?(?!CONSTRAINT\\b|INDEX\\b|KEY\\b|UNIQUE\\b|PRIMARY\\b|FOREIGN\\b|CHECK\\b)"_s)
                           .globalMatch(rest);
             it.hasNext();)
            declareColumns(state, table, rest.mid(it.next().capturedEnd(0)), 1);
    }
    if (!fresh) {
        for (auto it = re(u"\\bADD\\s+(?:COLUMN\\s+)?(?!CONSTRAINT\\b|INDEX\\b|KEY\\b|UNIQUE\\b|PRIMARY\\b|FOREIGN\\b|CHECK\\b)(\\w+)([^,]*)"_s)
                           .globalMatch(rest);
             it.hasNext();) {
            const auto a = it.next();
            const QString def = a.captured(2);
            if (def.contains(re(u"\\bNOT\\s+NULL\\b"_s)) && !def.contains(re(u"\\b(DEFAULT|AUTO_INCREMENT|GENERATED)\\b"_s)))
                hits << Hit{u"add-not-null-column-without-default"_s, at(base + a.capturedStart(0)),
                            Text::msg("adds %1.%2 NOT NULL without a default").arg(table, a.captured(1)), table, {}, {}};
        }
    }
}

} // namespace

QList<Hit> analyseTokens(Dialect dialect, const QString &sql, ScriptState &state)
{
    QList<Hit> hits;
    const QString text = blanked(dialect, sql);
    const bool mysql = dialect == Dialect::MySQL;
    const auto at = [&](qsizetype index) { return qsizetype(sql.left(index).toUtf8().size()); };
    const auto head = [&](const QString &pattern) { return re(u"^\\s*"_s + pattern).match(text); };
    const bool hasWhere = text.contains(re(u"\\bWHERE\\b"_s));
    static const QString name = u"((?:\\w+\\s*\\.\\s*)?\\w+)"_s;

    if (auto m = head(u"CREATE\\s+(?:TEMP\\w*\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"_s + name); m.hasMatch()) {
        const QString table = m.captured(1).section(u'.', -1).trimmed();
        state.createdTables.insert(table);
        if (mysql) { // SQLite cannot change a column's type: nothing to narrow there
            if (const qsizetype open = text.indexOf(u'(', m.capturedEnd(0)); open >= 0)
                declareColumns(state, table, text.mid(open + 1));
            const QRegularExpression intKey = re(
                u"(?:\\(|,)\\s*(\\w+)\\s+(?:INT|INTEGER|MEDIUMINT|SMALLINT)\\b(?:\\s*\\(\\d+\\))?(?:\\s+UNSIGNED)?[^,]*\\bPRIMARY\\s+KEY"_s);
            if (auto k = intKey.match(text); k.hasMatch())
                hits << Hit{u"int-primary-key"_s, at(k.capturedStart(1)),
                            Text::msg("%1.%2 is a 32-bit primary key").arg(table, k.captured(1))};
        }
    } else if (auto m = head(u"DROP\\s+(TABLE|VIEW|INDEX|DATABASE|SCHEMA|FUNCTION|PROCEDURE)\\s+(?:IF\\s+EXISTS\\s+)?"_s + name);
               m.hasMatch()) {
        const QString kind = m.captured(1).toUpper();
        const QString object = m.captured(2).simplified();
        const QString rule = kind == u"TABLE"                           ? u"drop-table"_s
                             : kind == u"VIEW"                          ? u"drop-view"_s
                             : kind == u"INDEX"                         ? u"drop-index"_s
                             : kind == u"FUNCTION" || kind == u"PROCEDURE" ? u"drop-function"_s
                                                                        : u"drop-database"_s;
        if (rule != u"drop-table" || !state.createdTables.contains(object.section(u'.', -1)))
            hits << Hit{rule, 0, Text::msg("drops %1 %2").arg(kind.toLower(), object)};
    } else if (auto m = head(u"TRUNCATE\\s+(?:TABLE\\s+)?"_s + name); m.hasMatch() && mysql) {
        hits << Hit{u"truncate"_s, 0, Text::msg("empties %1").arg(m.captured(1))};
    } else if (auto m = head(u"DELETE\\s+FROM\\s+"_s + name); m.hasMatch() && !hasWhere) {
        hits << Hit{u"delete-without-where"_s, 0, Text::msg("deletes every row of %1").arg(m.captured(1))};
    } else if (auto m = head(u"UPDATE\\s+(?:OR\\s+\\w+\\s+)?"_s + name + u"\\s+SET\\b"_s); m.hasMatch() && !hasWhere) {
        hits << Hit{u"update-without-where"_s, 0, Text::msg("updates every row of %1").arg(m.captured(1))};
    } else if (auto m = head(u"RENAME\\s+TABLE\\s+"_s + name + u"\\s+TO\\s+"_s + name); m.hasMatch()) {
        hits << Hit{u"rename-table"_s, 0, Text::msg("renames table %1 to %2").arg(m.captured(1), m.captured(2))};
    } else if (head(u"(BEGIN|START\\s+TRANSACTION|COMMIT|END|ROLLBACK)\\s*$"_s).hasMatch()
               || head(u"(BEGIN\\s+(DEFERRED|IMMEDIATE|EXCLUSIVE|TRANSACTION|WORK))\\b"_s).hasMatch()) {
        const bool begins = head(u"(BEGIN|START)"_s).hasMatch();
        state.openTransactions = begins ? state.openTransactions + 1 : std::max(0, state.openTransactions - 1);
        if (begins)
            state.beginStatement = state.index;
        if (state.wrapped)
            hits << Hit{u"transaction-control"_s, 0,
                        Text::msg("%1 inside a migration Godwit runs in a transaction").arg(text.simplified().toUpper())};
    } else if (auto m = head(u"ALTER\\s+(?:ONLINE\\s+|IGNORE\\s+)?TABLE\\s+(?:IF\\s+EXISTS\\s+)?"_s + name); m.hasMatch()) {
        alterTableHits(hits, text, m, mysql, state, name, at);
    }
    if (mysql && head(u"CREATE\\s+(?:UNIQUE\\s+)?INDEX\\b"_s).hasMatch() && state.firstLockingStatement < 0)
        state.firstLockingStatement = state.index;
    if (head(u"SET\\s+(?:SESSION\\s+)?(?:@@\\w+\\.)?(lock_wait_timeout|innodb_lock_wait_timeout)\\b"_s).hasMatch()
        || head(u"PRAGMA\\s+busy_timeout\\b"_s).hasMatch())
        state.lockTimeoutSet = true;
    if (auto m = head(u"SET\\s+(?:SESSION\\s+)?(?:@@\\w+\\.)?foreign_key_checks\\s*=\\s*(\\w+)"_s); m.hasMatch())
        state.foreignKeyChecksOff = m.captured(1) == u"0" || m.captured(1).compare(u"OFF"_s, Qt::CaseInsensitive) == 0;
    if (head(u"SET\\s+(?:SESSION\\s+)?(max_execution_time|max_statement_time)\\b"_s).hasMatch())
        state.statementTimeoutSet = true;
    return hits;
}

} // namespace godwit::lint
