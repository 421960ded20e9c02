#include "sqliteintrospection.h"

#include "drivers/catalog_p.h"
#include "schema/ddltext_p.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

using ddltext::identifierPattern;
using ddltext::matchingParenthesis;
using ddltext::splitTopLevel;
using ddltext::unquote;

// ---------------------------------------------------------------------------------------
// SQLite: sqlite_schema and the table-valued pragmas, joined, one query per kind. What the
// pragmas do not say (CHECK, COLLATE, generation expressions, index expressions and
// predicates) is read from the stored CREATE statements.

struct SqliteColumnExtras
{
    QString collation;
    QString generated;
    QString generatedKind;
    bool autoincrement = false;
};

struct SqliteTableText
{
    QHash<QString, SqliteColumnExtras> columns;
    QList<Constraint> checks;
};

// Tokens of a column or constraint definition: words, quoted names and strings, and whole
// parenthesized groups.
QStringList definitionTokens(const QString &text)
{
    QStringList tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        if (c == u'(') {
            end = matchingParenthesis(text, i);
            if (end < 0)
                end = text.size();
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            end = text.indexOf(close, i + 1);
            end = end < 0 ? text.size() : end + 1;
        } else if (c.isLetterOrNumber() || c == u'_') {
            while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == u'_' || text.at(end) == u'$'))
                ++end;
        }
        tokens << text.mid(i, end - i);
        i = end;
    }
    return tokens;
}

QString inner(const QString &group)
{
    return group.startsWith(u'(') && group.endsWith(u')') ? collapseWhitespace(group.mid(1, group.size() - 2))
                                                          : collapseWhitespace(group);
}

SqliteTableText parseSqliteTable(const QString &sql)
{
    SqliteTableText parsed;
    const qsizetype open = sql.indexOf(u'(');
    const qsizetype close = open < 0 ? -1 : matchingParenthesis(sql, open);
    if (close < 0)
        return parsed;
    static const QStringList tableConstraintStarts = {u"CONSTRAINT"_s, u"PRIMARY"_s, u"UNIQUE"_s, u"CHECK"_s,
                                                      u"FOREIGN"_s};
    for (const QString &definition : splitTopLevel(sql.mid(open + 1, close - open - 2))) {
        const QStringList tokens = definitionTokens(definition);
        if (tokens.isEmpty())
            continue;
        const bool tableConstraint = tableConstraintStarts.contains(tokens.first().toUpper());
        SqliteColumnExtras extras;
        QString constraintName;
        for (qsizetype t = tableConstraint ? 0 : 1; t < tokens.size(); ++t) {
            const QString word = tokens.at(t).toUpper();
            const QString next = tokens.value(t + 1);
            if (word == u"CONSTRAINT") {
                constraintName = unquote(next);
                ++t;
            } else if (word == u"CHECK" && next.startsWith(u'(')) {
                parsed.checks << Constraint{Constraint::Kind::Check, constraintName, {},
                                            u"CHECK ("_s + inner(next) + u')'};
                constraintName.clear();
                ++t;
            } else if (word == u"COLLATE" && !tableConstraint) {
                extras.collation = unquote(next);
                ++t;
            } else if (word == u"AUTOINCREMENT" && !tableConstraint) {
                extras.autoincrement = true;
            } else if (word == u"AS" && next.startsWith(u'(') && !tableConstraint) {
                extras.generated = inner(next);
                const QString kind = tokens.value(t + 2).toUpper();
                extras.generatedKind = kind == u"STORED" ? u"STORED"_s : u"VIRTUAL"_s;
                ++t;
            }
        }
        if (!tableConstraint)
            parsed.columns.insert(unquote(tokens.first()), extras);
    }
    return parsed;
}

// CREATE [UNIQUE] INDEX name ON table (keys) [WHERE predicate]
void parseSqliteIndex(const QString &sql, Index &index)
{
    static const QRegularExpression on(u"\\sON\\s+%1\\s*\\("_s.arg(identifierPattern()),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = on.match(sql);
    if (!m.hasMatch())
        return;
    const qsizetype open = m.capturedEnd() - 1;
    const qsizetype close = matchingParenthesis(sql, open);
    if (close < 0)
        return;
    for (const QString &key : splitTopLevel(sql.mid(open + 1, close - open - 2))) {
        const QStringList tokens = definitionTokens(key);
        QString k = collapseWhitespace(key);
        if (tokens.size() >= 1 && (tokens.first().startsWith(u'"') || tokens.first().startsWith(u'`')
                                   || tokens.first().startsWith(u'[')))
            k = unquote(tokens.first()) + (tokens.size() > 1 ? u' ' + collapseWhitespace(tokens.mid(1).join(u' ')) : QString());
        index.keys << k;
    }
    QString rest = sql.mid(close).trimmed();
    if (rest.startsWith(u"WHERE"_s, Qt::CaseInsensitive))
        index.predicate = collapseWhitespace(rest.mid(5));
}

QString sqliteViewDefinition(const QString &sql)
{
    static const QRegularExpression view(
        u"^\\s*CREATE\\s+(?:TEMP\\w*\\s+)?VIEW\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?%1(?:\\s*\\.\\s*%1)?\\s*(\\([^)]*\\)\\s*)?AS\\s+(.*)$"_s
            .arg(identifierPattern()),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto m = view.match(sql);
    return collapseWhitespace(m.hasMatch() ? m.captured(2) : sql);
}

// The catalog queries of one introspection, one function per object kind, and what they share.
struct SqliteCatalog
{
    Catalog catalog;
    Snapshot s;
    QHash<QString, qsizetype> tableIndex; ///< a table's place in s.tables
    QHash<QString, SqliteTableText> tableText; ///< what the pragmas do not say, read from the CREATE statements
    /*! Godwit's own objects left out; with a scope, only the objects named in it or on a
        table named in it (the names bound as literals: the scope is words of scripts). */
    QString userObjects = u"m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s;
    void objects();
    void columns();
    void foreignKeys();
    void uniqueConstraints();
};

void SqliteCatalog::objects()
{
    QSqlQuery q;
    if (catalog.query(q, u"SELECT m.type, m.name, m.tbl_name, m.sql FROM sqlite_schema m WHERE "_s + userObjects
                             + u" ORDER BY m.type, m.name"_s)) {
        while (q.next()) {
            const QString type = str(q, 0);
            const QString name = str(q, 1);
            const QString table = str(q, 2);
            const QString sql = str(q, 3);
            if (isGodwitTable(table))
                continue;
            if (type == u"table") {
                tableIndex.insert(name, s.tables.size());
                s.tables << Table{name, {}, {}};
                tableText.insert(name, parseSqliteTable(sql));
            } else if (type == u"index" && !sql.isEmpty()) {
                static const QRegularExpression unique(u"^\\s*CREATE\\s+UNIQUE\\s"_s,
                                                       QRegularExpression::CaseInsensitiveOption);
                Index index{name, table, {}, unique.match(sql).hasMatch(), {}, {}, true};
                parseSqliteIndex(sql, index);
                s.indexes << index;
            } else if (type == u"view") {
                s.views << View{name, sqliteViewDefinition(sql), false};
            } else if (type == u"trigger") {
                s.triggers << Trigger{name, table, collapseWhitespace(sql)};
            }
        }
    }
}

void SqliteCatalog::columns()
{
    QSqlQuery q;
    if (catalog.query(q, u"SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden"
                         u" FROM sqlite_schema m, pragma_table_xinfo(m.name) p WHERE m.type = 'table' AND "_s
                             + userObjects + u" ORDER BY m.name, p.cid"_s)) {
        QHash<QString, QList<QPair<int, QString>>> primaryKeys;
        while (q.next()) {
            const auto at = tableIndex.constFind(str(q, 0));
            if (at == tableIndex.cend())
                continue;
            Table &t = s.tables[*at];
            Column c;
            c.name = str(q, 1);
            c.type = collapseWhitespace(str(q, 2)).toUpper(); // SQLite type names ignore case
            c.notNull = q.value(3).toInt() != 0;
            c.defaultValue = q.value(4).isNull() ? QString() : collapseWhitespace(str(q, 4));
            const SqliteColumnExtras extras = tableText.value(t.name).columns.value(c.name);
            c.collation = extras.collation;
            if (extras.autoincrement)
                c.extra = u"AUTOINCREMENT"_s;
            if (q.value(6).toInt() >= 2) {
                c.generated = extras.generated;
                c.generatedKind = q.value(6).toInt() == 3 ? u"STORED"_s : u"VIRTUAL"_s;
            }
            if (q.value(5).toInt() > 0)
                primaryKeys[t.name] << qMakePair(q.value(5).toInt(), c.name);
            t.columns << c;
        }
        for (auto it = primaryKeys.begin(); it != primaryKeys.end(); ++it) {
            std::sort(it->begin(), it->end());
            QStringList columns;
            for (const auto &p : std::as_const(*it))
                columns << p.second;
            s.tables[tableIndex.value(it.key())].constraints << Constraint{Constraint::Kind::PrimaryKey, {}, columns};
        }
    }
}

void SqliteCatalog::foreignKeys()
{
    QSqlQuery q;
    if (catalog.query(q, u"SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete"
                         u" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND "_s
                             + userObjects + u" ORDER BY m.name, f.id, f.seq"_s)) {
        ConstraintRows rows(s, tableIndex);
        while (q.next()) {
            Constraint *c = rows.at(str(q, 0), str(q, 1), [&q] {
                return Constraint{Constraint::Kind::ForeignKey, {}, {}, {}, str(q, 2), {}, str(q, 5), str(q, 6)};
            });
            if (!c)
                continue;
            c->columns << str(q, 3);
            if (!q.value(4).isNull())
                c->refColumns << str(q, 4);
        }
    }
}

void SqliteCatalog::uniqueConstraints()
{
    QSqlQuery q;
    // UNIQUE constraints: the automatic indexes behind them.
    if (catalog.query(q, u"SELECT m.name, il.name, ii.name FROM sqlite_schema m, pragma_index_list(m.name) il,"
                         u" pragma_index_info(il.name) ii WHERE m.type = 'table' AND il.origin = 'u' AND "_s
                             + userObjects + u" ORDER BY m.name, il.name, ii.seqno"_s)) {
        ConstraintRows rows(s, tableIndex);
        while (q.next()) {
            if (Constraint *c = rows.at(str(q, 0), str(q, 1), [] { return Constraint{Constraint::Kind::Unique, {}, {}}; }))
                c->columns << str(q, 2);
        }
    }
}

} // namespace

Introspection introspectSqlite(Connection &connection, const QStringList &scope)
{
    SqliteCatalog r{Catalog(connection), {}};
    if (!scope.isEmpty()) {
        QStringList literals;
        for (const QString &name : scope)
            literals << u'\'' + QString(name).replace(u'\'', u"''"_s) + u'\'';
        const QString in = u" IN ("_s + literals.join(u", "_s) + u')';
        r.userObjects += u" AND (lower(m.name)"_s + in + u" OR lower(m.tbl_name)"_s + in + u')';
    }
    r.s.dialect = Dialect::SQLite;
    r.s.schema = u"main"_s;
    r.objects();
    r.columns();
    r.foreignKeys();
    r.uniqueConstraints();
    for (Table &t : r.s.tables)
        t.constraints << r.tableText.value(t.name).checks;
    return r.catalog.result(std::move(r.s));
}

} // namespace godwit::drivers
