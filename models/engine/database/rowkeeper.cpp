#include "rowkeeper.h"

#include "drivers/enginedriver.h"
#include "sql/sqltokens.h"

#include "migrations/scriptloader.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DryRun)
};

// Runs sql; inside the dry run's transaction under a savepoint, so that a failure does
// not abort it. The first column of the first row, or nullopt with error set.
std::optional<qint64> run(Connection &work, bool guarded, const QString &sql, QString *error)
{
    QSqlQuery q(work.database());
    if (guarded && !q.exec(u"SAVEPOINT godwit_rows"_s)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QSqlQuery statement(work.database());
    if (!statement.exec(sql)) {
        *error = statement.lastError().text();
        if (guarded) {
            q.exec(u"ROLLBACK TO SAVEPOINT godwit_rows"_s);
            q.exec(u"RELEASE SAVEPOINT godwit_rows"_s);
        }
        return std::nullopt;
    }
    const qint64 value = statement.next() ? statement.value(0).toLongLong() : 0;
    statement.finish();
    if (guarded)
        q.exec(u"RELEASE SAVEPOINT godwit_rows"_s);
    return value;
}

QStringList primaryKey(const Table &table)
{
    for (const Constraint &c : table.constraints) {
        if (c.kind == Constraint::Kind::PrimaryKey)
            return c.columns;
    }
    return {};
}

} // namespace

QJsonObject RowResidue::toJson() const
{
    QJsonObject o{{u"table"_s, table}};
    if (!column.isEmpty())
        o.insert(u"column"_s, column);
    o.insert(u"lost"_s, double(lost));
    o.insert(u"added"_s, double(added));
    o.insert(u"changed"_s, double(changed));
    return o;
}

Message RowResidue::message(const QString &version) const
{
    if (changed > 0)
        return Text::msg("%1's down changes %n row(s) of %2", nullptr, pluralCount(changed))
            .arg(version, QString(table + u'.' + column));
    if (lost > 0 && added > 0)
        return Text::msg("%1's down loses %n row(s) of %2 and leaves others in their place", nullptr,
                         pluralCount(lost))
            .arg(version, table);
    if (lost > 0)
        return Text::msg("%1's down loses %n row(s) of %2", nullptr, pluralCount(lost)).arg(version, table);
    return Text::msg("%1's down leaves %n row(s) added to %2", nullptr, pluralCount(added)).arg(version, table);
}

QSet<QString> migrationWords(const Migration &m, Dialect dialect)
{
    QSet<QString> words;
    for (const auto *script : {&m.up, &m.down}) {
        if (!*script)
            continue;
        const LoadedScript loaded = loadScript(**script, dialect);
        for (const Statement &s : loaded.split.statements)
            words.unite(identifierWords(tokenizeStatement(dialect, s.sql)));
    }
    return words;
}

QStringList tablesNamed(const Snapshot &snapshot, const QSet<QString> &words)
{
    QStringList tables;
    for (const Table &t : snapshot.tables) {
        if (words.contains(t.name.toLower()))
            tables << t.name;
    }
    return tables;
}

RowKeeper::RowKeeper(Connection &work, bool insideTransaction, const Snapshot &before, const QStringList &tables,
                     QList<Message> &notes)
    : m_work(work)
    , m_guarded(insideTransaction)
    , m_schema(before.schema)
{
    const Dialect dialect = work.dialect();
    for (const QString &name : tables) {
        const Table *table = before.table(name);
        if (!table)
            continue;
        const QString source = qualifiedIdentifier(dialect, m_schema, name);
        QString error;
        const auto rows = run(work, m_guarded,
                                 u"SELECT count(*) FROM (SELECT 1 AS one FROM %1 LIMIT %2) AS godwit_rows"_s
                                     .arg(source)
                                     .arg(rowLimit + 1),
                                 &error);
        if (!rows) {
            notes << Text::msg("the rows of %1 are not compared through the round trip: %2").arg(name, error);
            continue;
        }
        if (*rows > rowLimit) {
            notes << Text::msg("the rows of %1 are not compared through the round trip: more than %2 rows")
                         .arg(name)
                         .arg(rowLimit);
            continue;
        }
        const QString copy = quotedIdentifier(dialect, u"godwit_round_trip_%1"_s.arg(m_kept.size()));
        if (!run(work, m_guarded, u"CREATE TEMPORARY TABLE %1 AS SELECT * FROM %2"_s.arg(copy, source), &error)) {
            notes << Text::msg("the rows of %1 are not compared through the round trip: %2").arg(name, error);
            continue;
        }
        // Keyed like the table, so that the comparisons join rather than scan.
        if (const QStringList key = primaryKey(*table); !key.isEmpty()) {
            QStringList columns;
            for (const QString &c : key)
                columns << quotedIdentifier(dialect, c);
            QString ignored; // without it the comparison is slower, not wrong
            run(work, m_guarded,
                work.driver().indexTemporaryTable(copy, quotedIdentifier(dialect, u"godwit_round_trip_%1_key"_s.arg(m_kept.size())),
                                                  columns.join(u", "_s)),
                &ignored);
        }
        m_kept << Kept{*table, copy, *rows};
    }
}

RowKeeper::~RowKeeper()
{
    const EngineDriver &driver = m_work.driver();
    for (const Kept &k : std::as_const(m_kept)) {
        QString ignored; // a rolled-back transaction drops it with itself
        run(m_work, m_guarded, driver.dropTemporaryTable(k.copy), &ignored);
    }
}

QList<RowResidue> RowKeeper::compare(const Snapshot &after, bool insideTransaction, QList<Message> &notes)
{
    const bool guarded = insideTransaction;
    const Dialect dialect = m_work.dialect();
    const EngineDriver &driver = m_work.driver();
    QList<RowResidue> residues;
    for (const Kept &k : std::as_const(m_kept)) {
        const Table *now = after.table(k.table.name);
        if (!now)
            continue; // the schema's residue says the table is gone
        QStringList columns;
        for (const Column &c : k.table.columns) {
            const Column *same = now->column(c.name);
            if (same && same->type == c.type)
                columns << c.name;
        }
        if (columns.isEmpty())
            continue;
        const QString table = qualifiedIdentifier(dialect, m_schema, k.table.name);
        const auto column = [&](const QString &alias, const QString &name) -> QString {
            return alias + u'.' + quotedIdentifier(dialect, name);
        };
        QStringList key = primaryKey(k.table);
        if (!std::all_of(key.cbegin(), key.cend(), [&](const QString &c) { return columns.contains(c); }))
            key.clear();
        RowResidue rows{k.table.name, {}, 0, 0, 0};
        QString error;
        const auto count = [&](const QString &sql) {
            const auto n = error.isEmpty() ? run(m_work, guarded, sql, &error) : std::nullopt;
            return n.value_or(0);
        };
        if (!key.isEmpty()) {
            QStringList match;
            for (const QString &c : std::as_const(key))
                match << QString(column(u"a"_s, c) + u" = "_s + column(u"b"_s, c));
            const QString on = match.join(u" AND "_s);
            rows.lost = count(u"SELECT count(*) FROM %1 b WHERE NOT EXISTS (SELECT 1 FROM %2 a WHERE %3)"_s.arg(k.copy, table, on));
            rows.added = count(u"SELECT count(*) FROM %1 a WHERE NOT EXISTS (SELECT 1 FROM %2 b WHERE %3)"_s.arg(table, k.copy, on));
            if (rows.lost > 0 || rows.added > 0)
                residues << rows;
            for (const QString &c : std::as_const(columns)) {
                if (key.contains(c))
                    continue;
                const qint64 changed = count(u"SELECT count(*) FROM %1 a JOIN %2 b ON %3 WHERE %4"_s.arg(
                    table, k.copy, on, driver.valuesDiffer(column(u"a"_s, c), column(u"b"_s, c))));
                if (changed > 0)
                    residues << RowResidue{k.table.name, c, 0, 0, changed};
            }
        } else {
            QStringList values;
            for (const QString &c : std::as_const(columns))
                values << driver.comparable(quotedIdentifier(dialect, c));
            const QString list = values.join(u", "_s);
            const QString except = u"SELECT count(*) FROM (SELECT %1 FROM %2 EXCEPT SELECT %1 FROM %3) AS godwit_rows"_s;
            rows.lost = count(except.arg(list, k.copy, table));
            rows.added = count(except.arg(list, table, k.copy));
            const qint64 now = count(u"SELECT count(*) FROM %1"_s.arg(table));
            // Duplicates hide from EXCEPT: the counts still tell.
            if (error.isEmpty() && rows.lost == 0 && rows.added == 0) {
                rows.lost = std::max<qint64>(0, k.rows - now);
                rows.added = std::max<qint64>(0, now - k.rows);
            }
            if (rows.lost > 0 || rows.added > 0)
                residues << rows;
        }
        if (!error.isEmpty())
            notes << Text::msg("the rows of %1 are not compared through the round trip: %2").arg(k.table.name, error);
    }
    return residues;
}

} // namespace godwit
