#include "analysers_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

#include <pg_query.h>

using namespace Qt::StringLiterals;

namespace godwit::lint {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Lint)
};

QString nameOf(const QJsonArray &names)
{
    QStringList parts;
    for (const QJsonValue &v : names) {
        const QString s = v[u"String"][u"sval"].toString();
        if (!s.isEmpty())
            parts << s;
    }
    return parts.join(u'.');
}

QString typeOf(const QJsonObject &columnDef)
{
    const QJsonArray names = columnDef[u"typeName"][u"names"].toArray();
    return names.isEmpty() ? QString() : names.last()[u"String"][u"sval"].toString();
}

qsizetype locationOf(const QJsonValue &node, qsizetype fallback = 0)
{
    const QJsonValue location = node[u"location"];
    return location.isDouble() && location.toInt() >= 0 ? location.toInt() : fallback;
}

bool isVolatileCall(const QJsonValue &expr)
{
    static const QStringList volatileFunctions = {u"random"_s, u"clock_timestamp"_s, u"timeofday"_s,
                                                  u"gen_random_uuid"_s, u"uuid_generate_v1"_s, u"uuid_generate_v4"_s,
                                                  u"nextval"_s, u"txid_current"_s};
    const QJsonValue call = expr[u"FuncCall"];
    if (!call.isObject())
        return false;
    const QJsonArray name = call[u"funcname"].toArray();
    return !name.isEmpty() && volatileFunctions.contains(name.last()[u"String"][u"sval"].toString());
}

QStringList stringsOf(const QJsonArray &list)
{
    QStringList strings;
    for (const QJsonValue &v : list)
        strings << v[u"String"][u"sval"].toString();
    return strings;
}

// For a narrower type: the values of the column (%1) it cannot hold.
QString misfitOf(const QJsonObject &columnDef)
{
    const QString type = typeOf(columnDef);
    const QJsonArray mods = columnDef[u"typeName"][u"typmods"].toArray();
    if (type == u"int2")
        return u"%1 NOT BETWEEN -32768 AND 32767"_s;
    if (type == u"int4")
        return u"%1 NOT BETWEEN -2147483648 AND 2147483647"_s;
    if ((type == u"varchar" || type == u"bpchar") && !mods.isEmpty())
        return u"length(%1::text) > "_s + QString::number(mods.first()[u"A_Const"][u"ival"][u"ival"].toInt());
    return {};
}

// The type as format_type() spells it, for comparing with the column's current one.
QString displayType(const QJsonObject &columnDef)
{
    static const QHash<QString, QString> names = {{u"int2"_s, u"smallint"_s}, {u"int4"_s, u"integer"_s},
                                                  {u"int8"_s, u"bigint"_s},   {u"varchar"_s, u"character varying"_s},
                                                  {u"bpchar"_s, u"character"_s}, {u"float4"_s, u"real"_s},
                                                  {u"float8"_s, u"double precision"_s}};
    const QString type = typeOf(columnDef);
    QString text = names.value(type, type);
    const QJsonArray mods = columnDef[u"typeName"][u"typmods"].toArray();
    if (!mods.isEmpty()) {
        QStringList values;
        for (const QJsonValue &m : mods)
            values << QString::number(m[u"A_Const"][u"ival"][u"ival"].toInt());
        text += u'(' + values.join(u',') + u')';
    }
    return text;
}

// PostgreSQL's scanner truncates identifiers to 63 bytes before the parse tree is made, so
// they are read from the text: words and quoted names outside literals and comments.
void checkIdentifiers(QList<Hit> &hits, const QString &sql)
{
    static const QRegularExpression token(
        uR"re('(?:[^']|'')*'|\$(\w*)\$[\s\S]*?\$\1\$|--[^\n]*|/\*[\s\S]*?\*/|"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*))re"_s);
    for (auto it = token.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
        if (name.toUtf8().size() > 63)
            hits << Hit{u"identifier-too-long"_s, qsizetype(sql.left(m.capturedStart(0)).toUtf8().size()),
                        Text::msg("\"%1…\" is %2 bytes; PostgreSQL keeps 63").arg(name.left(24)).arg(name.toUtf8().size())};
    }
}

// Types and names of a column, in CREATE TABLE or ADD COLUMN.
void checkColumn(QList<Hit> &hits, ScriptState &state, const QString &table, const QJsonObject &column)
{
    const QString name = column[u"colname"].toString();
    state.columnTypes << ColumnTypeEvent{table, name, displayType(column), std::nullopt};
    const QString type = typeOf(column);
    const qsizetype at = locationOf(column);
    bool primary = false;
    for (const QJsonValue &c : column[u"constraints"].toArray())
        primary = primary || c[u"Constraint"][u"contype"].toString() == u"CONSTR_PRIMARY";
    if (type == u"bpchar" && column[u"typeName"][u"typmods"].isArray())
        hits << Hit{u"char-n"_s, at, Text::msg("%1.%2 is char(n)").arg(table, name)};
    if (type == u"serial" || type == u"serial4" || type == u"bigserial" || type == u"serial8" || type == u"smallserial")
        hits << Hit{u"prefer-identity"_s, at, Text::msg("%1.%2 is %3").arg(table, name, type)};
    if ((type == u"int4" || type == u"serial" || type == u"serial4" || type == u"int2") && primary)
        hits << Hit{u"int-primary-key"_s, at, Text::msg("%1.%2 is a 32-bit primary key").arg(table, name)};
    if (type == u"timestamp" || type == u"time")
        hits << Hit{u"timestamp-without-time-zone"_s, at, Text::msg("%1.%2 is %3 without time zone").arg(table, name, type)};
}

void alterTable(QList<Hit> &hits, const QJsonObject &node, ScriptState &state)
{
    const QString table = node[u"relation"][u"relname"].toString();
    const bool fresh = state.createdTables.contains(table);
    const qsizetype tableAt = locationOf(node[u"relation"]);
    bool locks = false;
    for (const QJsonValue &v : node[u"cmds"].toArray()) {
        const QJsonObject cmd = v[u"AlterTableCmd"].toObject();
        const QString subtype = cmd[u"subtype"].toString();
        const QString column = cmd[u"name"].toString();
        const QJsonValue def = cmd[u"def"];
        if (subtype == u"AT_DropColumn") {
            hits << Hit{u"drop-column"_s, tableAt, Text::msg("drops column %1.%2").arg(table, column)};
        } else if (subtype == u"AT_DropConstraint") {
            hits << Hit{u"drop-constraint"_s, tableAt, Text::msg("drops constraint %1 on %2").arg(column, table)};
        } else if (subtype == u"AT_AlterColumnType") {
            locks = true;
            if (!fresh)
                hits << Hit{u"column-type-change"_s, locationOf(def[u"ColumnDef"], tableAt),
                            Text::msg("changes the type of %1.%2 to %3: PostgreSQL rewrites the table unless the new type is "
                               "binary-compatible")
                                .arg(table, column, typeOf(def[u"ColumnDef"].toObject())),
                            table, {column}, misfitOf(def[u"ColumnDef"].toObject()),
                            displayType(def[u"ColumnDef"].toObject())};
        } else if (subtype == u"AT_SetNotNull") {
            locks = true;
            if (!fresh && !state.validatedChecks.contains(table + u'.' + column))
                hits << Hit{u"set-not-null"_s, tableAt, Text::msg("sets %1.%2 NOT NULL").arg(table, column), table, {column}, {}};
        } else if (subtype == u"AT_AddColumn") {
            const QJsonObject col = def[u"ColumnDef"].toObject();
            checkColumn(hits, state, table, col);
            bool notNull = false;
            bool hasDefault = false;
            for (const QJsonValue &c : col[u"constraints"].toArray()) {
                const QJsonObject con = c[u"Constraint"].toObject();
                const QString type = con[u"contype"].toString();
                notNull = notNull || type == u"CONSTR_NOTNULL" || type == u"CONSTR_PRIMARY";
                if (type == u"CONSTR_DEFAULT") {
                    hasDefault = true;
                    if (isVolatileCall(con[u"raw_expr"]) && !fresh)
                        hits << Hit{u"volatile-default"_s, locationOf(con),
                                    Text::msg("adds %1.%2 with a volatile default").arg(table, col[u"colname"].toString()), table,
                                    {}, {}};
                }
                if (type == u"CONSTR_IDENTITY" || typeOf(col).contains(u"serial"))
                    hasDefault = true;
            }
            if (notNull && !hasDefault && !fresh)
                hits << Hit{u"add-not-null-column-without-default"_s, locationOf(col),
                            Text::msg("adds %1.%2 NOT NULL without a default").arg(table, col[u"colname"].toString()), table,
                            {}, {}};
        } else if (subtype == u"AT_AddConstraint") {
            const QJsonObject con = def[u"Constraint"].toObject();
            const QString type = con[u"contype"].toString();
            const QString name = con[u"conname"].toString();
            const bool notValid = con[u"skip_validation"].toBool();
            if (fresh)
                continue;
            locks = true;
            if (type == u"CONSTR_FOREIGN" && !notValid)
                hits << Hit{u"foreign-key-without-not-valid"_s, locationOf(con),
                            Text::msg("adds foreign key %1 on %2 and validates it at once").arg(name, table), table, {}, {}};
            else if (type == u"CONSTR_CHECK" && !notValid)
                hits << Hit{u"check-without-not-valid"_s, locationOf(con),
                            Text::msg("adds check %1 on %2 and validates it at once").arg(name, table), table, {}, {}};
            else if ((type == u"CONSTR_UNIQUE" || type == u"CONSTR_PRIMARY") && con[u"indexname"].toString().isEmpty())
                hits << Hit{type == u"CONSTR_UNIQUE" ? u"unique-constraint-blocking"_s : u"primary-key-blocking"_s,
                            locationOf(con), Text::msg("adds %1 on %2 with a blocking index build").arg(name, table), table,
                            stringsOf(con[u"keys"].toArray()), {}};
            else if (type == u"CONSTR_CHECK" && notValid) {
                // CHECK (col IS NOT NULL) NOT VALID, validated later, makes SET NOT NULL cheap.
                const QJsonValue test = con[u"raw_expr"][u"NullTest"];
                if (test[u"nulltesttype"].toString() == u"IS_NOT_NULL")
                    state.validatedChecks.insert(table + u'.'
                                                 + nameOf(test[u"arg"][u"ColumnRef"][u"fields"].toArray()));
            }
        }
        // Every ALTER TABLE form but VALIDATE takes ACCESS EXCLUSIVE, if only for a moment.
        locks = locks || subtype != u"AT_ValidateConstraint";
    }
    if (locks && !fresh && state.firstLockingStatement < 0)
        state.firstLockingStatement = state.index;
}

QString dropKind(const QString &removeType)
{
    if (removeType == u"OBJECT_TABLE" || removeType == u"OBJECT_FOREIGN_TABLE")
        return u"drop-table"_s;
    if (removeType == u"OBJECT_INDEX")
        return u"drop-index"_s;
    if (removeType == u"OBJECT_VIEW" || removeType == u"OBJECT_MATVIEW")
        return u"drop-view"_s;
    if (removeType == u"OBJECT_FUNCTION" || removeType == u"OBJECT_PROCEDURE" || removeType == u"OBJECT_ROUTINE")
        return u"drop-function"_s;
    if (removeType == u"OBJECT_TYPE" || removeType == u"OBJECT_DOMAIN")
        return u"drop-type"_s;
    if (removeType == u"OBJECT_SCHEMA")
        return u"drop-schema"_s;
    return {};
}

// DROP TABLE, VIEW, INDEX, …: what it drops (tables this script made aside), and CONCURRENTLY
// inside a transaction.
void dropHits(QList<Hit> &hits, const QJsonObject &node, const ScriptState &state)
{
    const QString rule = dropKind(node[u"removeType"].toString());
    if (rule.isEmpty())
        return;
    QStringList names;
    for (const QJsonValue &o : node[u"objects"].toArray())
        names << (o[u"List"].isObject() ? nameOf(o[u"List"][u"items"].toArray()) : nameOf(o.toArray()));
    names.removeAll(QString());
    const bool concurrent = node[u"concurrent"].toBool();
    Message what = names.join(u", "_s);
    if (rule == u"drop-index" && !concurrent)
        what = Message::join({what, Text::msg(" without CONCURRENTLY")}, QString());
    if (rule == u"drop-table") {
        bool allFresh = !names.isEmpty();
        for (const QString &n : names)
            allFresh = allFresh && state.createdTables.contains(n.section(u'.', -1));
        if (allFresh)
            return;
    }
    if (rule != u"drop-index" || !concurrent)
        hits << Hit{rule, 0, Text::msg("drops %1").arg(what)};
    if (concurrent && state.openTransactions > 0)
        hits << Hit{u"concurrently-in-transaction"_s, 0, Text::msg("DROP INDEX CONCURRENTLY inside BEGIN … COMMIT")};
}

// CREATE INDEX: CONCURRENTLY inside a transaction, or without it on a table that holds rows.
void indexHits(QList<Hit> &hits, const QJsonObject &node, ScriptState &state)
{
    const QString table = node[u"relation"][u"relname"].toString();
    const QString index = node[u"idxname"].toString();
    const bool concurrent = node[u"concurrent"].toBool();
    if (concurrent && state.openTransactions > 0)
        hits << Hit{u"concurrently-in-transaction"_s, 0, Text::msg("CREATE INDEX CONCURRENTLY inside BEGIN … COMMIT")};
    if (!concurrent && !state.createdTables.contains(table)) {
        QStringList columns;
        if (node[u"unique"].toBool()) {
            for (const QJsonValue &e : node[u"indexParams"].toArray())
                columns << e[u"IndexElem"][u"name"].toString();
            if (columns.contains(QString())) // an expression: no plain duplicate count
                columns.clear();
        }
        hits << Hit{u"create-index-non-concurrent"_s, 0, Text::msg("builds index %1 on %2 while writes wait").arg(index, table),
                    table, columns, {}};
        if (state.firstLockingStatement < 0)
            state.firstLockingStatement = state.index;
    }
}

} // namespace

QList<Hit> analysePostgres(const QString &sql, ScriptState &state, QString *parseError)
{
    QList<Hit> hits;
    const QByteArray text = sql.toUtf8();
    PgQueryParseResult result = pg_query_parse(text.constData());
    if (result.error) {
        *parseError = QString::fromUtf8(result.error->message);
        pg_query_free_parse_result(result);
        return hits;
    }
    const QJsonArray stmts = QJsonDocument::fromJson(result.parse_tree).object().value(u"stmts").toArray();
    pg_query_free_parse_result(result);
    checkIdentifiers(hits, sql);
    for (const QJsonValue &s : stmts) {
        const QJsonObject stmt = s[u"stmt"].toObject();
        const QString type = stmt.keys().value(0);
        const QJsonObject node = stmt.value(type).toObject();
        if (type == u"DropStmt") {
            dropHits(hits, node, state);
        } else if (type == u"DropdbStmt") {
            hits << Hit{u"drop-database"_s, 0, Text::msg("drops database %1").arg(node[u"dbname"].toString())};
        } else if (type == u"TruncateStmt") {
            QStringList names;
            for (const QJsonValue &r : node[u"relations"].toArray())
                names << r[u"RangeVar"][u"relname"].toString();
            const bool cascade = node[u"behavior"].toString() == u"DROP_CASCADE";
            hits << Hit{cascade ? u"truncate-cascade"_s : u"truncate"_s, 0,
                        Text::msg("empties %1%2").arg(names.join(u", "_s), cascade ? Text::msg(" and every table referencing it") : QString())};
        } else if (type == u"DeleteStmt" && !node.contains(u"whereClause")) {
            hits << Hit{u"delete-without-where"_s, 0, Text::msg("deletes every row of %1").arg(node[u"relation"][u"relname"].toString())};
        } else if (type == u"UpdateStmt" && !node.contains(u"whereClause")) {
            hits << Hit{u"update-without-where"_s, 0, Text::msg("updates every row of %1").arg(node[u"relation"][u"relname"].toString())};
        } else if (type == u"RenameStmt") {
            const QString renameType = node[u"renameType"].toString();
            const QString table = node[u"relation"][u"relname"].toString();
            const QString newName = node[u"newname"].toString();
            if (renameType == u"OBJECT_TABLE")
                hits << Hit{u"rename-table"_s, 0, Text::msg("renames table %1 to %2").arg(table, newName)};
            else if (renameType == u"OBJECT_COLUMN")
                hits << Hit{u"rename-column"_s, 0,
                            Text::msg("renames column %1.%2 to %3").arg(table, node[u"subname"].toString(), newName)};
        } else if (type == u"AlterTableStmt") {
            alterTable(hits, node, state);
        } else if (type == u"CreateStmt") {
            const QString table = node[u"relation"][u"relname"].toString();
            state.createdTables.insert(table);
            for (const QJsonValue &e : node[u"tableElts"].toArray()) {
                if (e[u"ColumnDef"].isObject())
                    checkColumn(hits, state, table, e[u"ColumnDef"].toObject());
            }
        } else if (type == u"IndexStmt") {
            indexHits(hits, node, state);
        } else if (type == u"AlterEnumStmt" && node.contains(u"newVal") && !node.contains(u"newValNeighbor")) {
            hits << Hit{u"enum-value-without-position"_s, 0,
                        Text::msg("adds '%1' to %2 at the end").arg(node[u"newVal"].toString(), nameOf(node[u"typeName"].toArray()))};
        } else if (type == u"TransactionStmt") {
            const QString kind = node[u"kind"].toString();
            if (kind == u"TRANS_STMT_BEGIN" || kind == u"TRANS_STMT_START") {
                ++state.openTransactions;
                state.beginStatement = state.index;
            } else if (kind == u"TRANS_STMT_COMMIT" || kind == u"TRANS_STMT_ROLLBACK") {
                state.openTransactions = std::max(0, state.openTransactions - 1);
            }
            if (state.wrapped && kind != u"TRANS_STMT_SAVEPOINT" && kind != u"TRANS_STMT_RELEASE"
                && kind != u"TRANS_STMT_ROLLBACK_TO")
                hits << Hit{u"transaction-control"_s, 0, Text::msg("%1 inside a migration Godwit runs in a transaction")
                                                              .arg(sql.section(u' ', 0, 0).toUpper())};
        } else if (type == u"VariableSetStmt") {
            const QString name = node[u"name"].toString();
            state.lockTimeoutSet = state.lockTimeoutSet || name == u"lock_timeout";
            state.statementTimeoutSet = state.statementTimeoutSet || name == u"statement_timeout";
        }
    }
    return hits;
}

} // namespace godwit::lint
