// The plan's time on the target's data, from the dry run's timings and the tables' sizes.
#include "estimate.h"

#include "drivers/enginedriver.h"
#include "rowkeeper.h"
#include "i18n/duration.h"
#include "sql/sqltokens.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DryRun)
};

// An index build or a statement that reads and writes rows (which may have found none in
// the dry run: an UPDATE's WHERE on an empty copy).
bool changesRows(const QList<SqlToken> &t)
{
    if (t.isEmpty())
        return false;
    const SqlToken &first = t.constFirst();
    return first.isWord("UPDATE"_L1) || first.isWord("DELETE"_L1) || first.isWord("INSERT"_L1)
           || first.isWord("MERGE"_L1) || first.isWord("REPLACE"_L1);
}

bool worksOnRows(const QList<SqlToken> &t)
{
    if (t.isEmpty())
        return false;
    if (changesRows(t))
        return true;
    const SqlToken &first = t.constFirst();
    qsizetype i = 1;
    if (!first.isWord("CREATE"_L1))
        return false;
    if (i < t.size() && t.at(i).isWord("UNIQUE"_L1))
        ++i;
    return i < t.size() && t.at(i).isWord("INDEX"_L1);
}

const QString databaseWriteLock = u"database write lock"_s; // SQLite's: one for the whole file

// PostgreSQL's modes for building an index and checking constraints; the strongest first.
const QStringList lockOrder{u"AccessExclusiveLock"_s, u"ExclusiveLock"_s,   u"ShareRowExclusiveLock"_s,
                            u"ShareLock"_s,           u"ShareUpdateExclusiveLock"_s, u"RowExclusiveLock"_s,
                            u"EXCLUSIVE"_s,           u"SHARED_NO_READ_WRITE"_s,     u"SHARED_NO_WRITE"_s,
                            u"SHARED_UPGRADABLE"_s,   u"SHARED_WRITE"_s};

// An ALTER that reads the whole table without rewriting it (PostgreSQL: a NOT NULL, CHECK or
// foreign key checked, a key's index built).
bool scansTable(const QList<SqlToken> &t)
{
    if (t.isEmpty() || !t.constFirst().isWord("ALTER"_L1))
        return false;
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        const SqlToken &a = t.at(i);
        const SqlToken &b = t.at(i + 1);
        if ((a.isWord("SET"_L1) && b.isWord("NOT"_L1)) || (a.isWord("VALIDATE"_L1) && b.isWord("CONSTRAINT"_L1))
            || a.isWord("CHECK"_L1) || (a.isWord("PRIMARY"_L1) && b.isWord("KEY"_L1)) || a.isWord("UNIQUE"_L1)
            || (a.isWord("FOREIGN"_L1) && b.isWord("KEY"_L1)))
            return true;
    }
    return false;
}

// Its work grows with the rows of the table it works on.
bool growsWithRows(const StatementRun &s, const QList<SqlToken> &tokens)
{
    if (!s.rewrites.isEmpty() || s.rowsAffected > 0 || worksOnRows(tokens))
        return true;
    if (!s.algorithm.isEmpty()) // what the server said it does
        return s.algorithm != u"INSTANT";
    if (scansTable(tokens))
        return true;
    return std::any_of(s.locks.cbegin(), s.locks.cend(), [](const HeldLock &l) {
        return l.acquired
               && (l.mode == u"ShareLock" || l.mode == u"ShareRowExclusiveLock" || l.mode == u"ShareUpdateExclusiveLock");
    });
}

QString holdOn(Dialect dialect, const StatementRun &s, const QString &table)
{
    if (!s.algorithm.isEmpty() && s.algorithm != u"as written")
        return u"ALGORITHM="_s + s.algorithm;
    if (dialect == Dialect::SQLite)
        return databaseWriteLock;
    QString strongest;
    for (const HeldLock &l : s.locks) {
        if (l.relation.compare(table, Qt::CaseInsensitive) != 0)
            continue; // one taken earlier in the transaction is held through this statement too
        const qsizetype rank = lockOrder.indexOf(l.mode);
        if (rank >= 0 && (strongest.isEmpty() || rank < lockOrder.indexOf(strongest)))
            strongest = l.mode;
    }
    return strongest;
}

} // namespace

Message StatementEstimate::message() const
{
    const Message time = durationMessage(qRound64(estimatedMs));
    const Message held = hold == databaseWriteLock ? Text::msg("the database's write lock") : Message(hold);
    if (unmeasured)
        return Text::msg("not measured on rows: %1 holds %n row(s) on the target, none in the dry run's copy (%2 there)",
                         nullptr, pluralCount(targetRows))
            .arg(Message(table), durationMessage(qRound64(measuredMs)));
    if (targetRows < 0)
        return hold.isEmpty() ? Text::msg("estimated %1 on %2 (rows unknown)").arg(time, Message(table))
                              : Text::msg("estimated %1 holding %2 on %3 (rows unknown)").arg(time, held, Message(table));
    if (hold.isEmpty())
        return Text::msg("estimated %1 on %2 (%n row(s))", nullptr, pluralCount(targetRows)).arg(time, Message(table));
    return Text::msg("estimated %1 holding %2 on %3 (%n row(s))", nullptr, pluralCount(targetRows))
        .arg(time, held, Message(table));
}

QJsonObject StatementEstimate::toJson() const
{
    QJsonObject o{{u"version"_s, version},          {u"index"_s, index},
                  {u"file"_s, location.file},       {u"line"_s, location.line},
                  {u"measuredMs"_s, measuredMs},    {u"estimatedMs"_s, estimatedMs},
                  {u"table"_s, table},              {u"targetRows"_s, double(targetRows)},
                  {u"dryRunRows"_s, double(dryRunRows)}, {u"rowsSource"_s, rowsSource},
                  {u"scaled"_s, scaled}};
    if (unmeasured)
        o.insert(u"unmeasured"_s, true);
    if (!hold.isEmpty())
        o.insert(u"holds"_s, hold);
    return o;
}

Message RunEstimate::summary() const
{
    const Message time = durationMessage(qRound64(totalMs));
    if (withoutRows)
        return Text::msg("at least %1 on the target's data (the dry run's copy held no rows)").arg(time);
    return Text::msg("about %1 on the target's data").arg(time);
}

QList<Message> RunEstimate::longest(int n) const
{
    QList<Message> said;
    for (const StatementEstimate &s : statements) {
        if (said.size() == n)
            break;
        said << statementLine(s.version, s.index, s.location, s.message());
    }
    return said;
}

Message statementLine(const QString &version, int index, const SourceLocation &location, const Message &what)
{
    return Text::msg("%1 statement %2 (%3): %4")
        .arg(Message(version), Message(QString::number(index)),
             Message(QFileInfo(location.file).fileName() + u':' + QString::number(location.line)), what);
}

QJsonObject RunEstimate::toJson() const
{
    QJsonArray list;
    for (const StatementEstimate &s : statements)
        list.append(s.toJson());
    QJsonArray named;
    for (const TableStats &t : tables)
        named.append(QJsonObject{{u"table"_s, t.name}, {u"rows"_s, double(t.rows)}, {u"rowsSource"_s, t.source}});
    return {{u"totalMs"_s, totalMs}, {u"withoutRows"_s, withoutRows}, {u"tables"_s, named}, {u"statements"_s, list}};
}

RunEstimate estimateRun(Dialect dialect, const QList<StepRun> &up, const QHash<QString, TableStats> &target,
                        const QHash<QString, qint64> &dryRun)
{
    RunEstimate estimate;
    QHash<QString, QString> byLower; // the target's tables by lowered name
    for (auto it = target.cbegin(); it != target.cend(); ++it) {
        byLower.insert(it.key().toLower(), it.key());
        estimate.tables << *it;
    }
    std::sort(estimate.tables.begin(), estimate.tables.end(), [](const TableStats &a, const TableStats &b) {
        return a.rows != b.rows ? a.rows > b.rows : a.name < b.name;
    });
    for (const StepRun &step : up) {
        for (const StatementRun &s : step.statements) {
            double ms = s.durationMs;
            const QList<SqlToken> tokens = tokenizeStatement(dialect, s.sql);
            QString table;
            for (const QString &word : identifierWords(tokens)) {
                const QString known = byLower.value(word);
                if (!known.isEmpty() && (table.isEmpty() || target.value(known).rows > target.value(table).rows))
                    table = known;
            }
            if (!table.isEmpty() && target.value(table).rows != 0) {
                const TableStats &size = target.value(table);
                StatementEstimate e{step.step.migration.displayVersion(), s.index, s.location, s.durationMs, s.durationMs,
                                    table, size.rows, dryRun.value(table, 0), size.source};
                e.hold = holdOn(dialect, s, table);
                // A change of a few rows of many (an INSERT … VALUES, an UPDATE by key) costs
                // what it cost: its rows do not grow with the table's.
                const bool fewRows = changesRows(tokens) && s.rewrites.isEmpty() && e.dryRunRows > 0
                                     && s.rowsAffected >= 0 && s.rowsAffected * 10 < e.dryRunRows;
                if (growsWithRows(s, tokens) && !fewRows && size.rows > 0) {
                    e.unmeasured = e.dryRunRows <= 0;
                    estimate.withoutRows = estimate.withoutRows || e.unmeasured;
                    // Never scaled down: a catalog figure older than the rows the dry run held.
                    if (!e.unmeasured && e.targetRows > e.dryRunRows) {
                        e.scaled = true;
                        e.estimatedMs = s.durationMs * double(e.targetRows) / double(e.dryRunRows);
                    }
                }
                ms = e.estimatedMs;
                estimate.statements << e;
            }
            estimate.totalMs += ms;
        }
    }
    std::stable_sort(estimate.statements.begin(), estimate.statements.end(),
                     [](const StatementEstimate &a, const StatementEstimate &b) {
                         if (a.unmeasured != b.unmeasured)
                             return a.unmeasured; // what could not be measured first: a DBA must know
                         return a.estimatedMs > b.estimatedMs;
                     });
    return estimate;
}

QHash<QString, TableStats> namedTableSizes(Connection &target, const Snapshot &before, const QList<StepRun> &up)
{
    QSet<QString> words;
    for (const StepRun &step : up) {
        for (const StatementRun &s : step.statements)
            words.unite(identifierWords(tokenizeStatement(target.dialect(), s.sql)));
    }
    QHash<QString, TableStats> sizes;
    for (const QString &t : tablesNamed(before, words)) {
        if (auto stats = tableStats(target, t))
            sizes.insert(t, *stats);
    }
    return sizes;
}

} // namespace godwit
