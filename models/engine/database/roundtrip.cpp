#include "roundtrip.h"

#include "sql/sqltokens.h"

#include "dryrun.h"
#include "introspection.h"

#include "drivers/enginedriver.h"

#include "migrations/scriptloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DryRun)
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A column that came back with everything but its default.
std::optional<QString> lostDefault(const SchemaChange &c, const Snapshot &before, const Snapshot &after)
{
    if (c.objectKind != u"column" || c.action != SchemaChange::Action::Change)
        return std::nullopt;
    const Table *b = before.table(c.table);
    const Table *a = after.table(c.table);
    const Column *was = b ? b->column(c.name) : nullptr;
    const Column *is = a ? a->column(c.name) : nullptr;
    if (!was || !is || was->defaultValue.isEmpty() || !is->defaultValue.isEmpty())
        return std::nullopt;
    Column restored = *is;
    restored.defaultValue = was->defaultValue;
    return restored == *was ? std::optional<QString>(was->defaultValue) : std::nullopt;
}

// A run that failed at its first statement.
bool changedNothing(const StepRun &run)
{
    return run.statements.size() <= 1;
}

QJsonArray messagesJson(const QList<Message> &messages)
{
    return QJsonArray::fromStringList(englishTexts(messages));
}

} // namespace

QJsonObject RoundTrip::toJson(bool unified) const
{
    QJsonObject o{{u"version"_s, version},
                  {u"description"_s, description},
                  {u"hasDown"_s, hasDown},
                  {u"reversible"_s, reversible()},
                  {u"checked"_s, checked},
                  {u"residue"_s, residue.toJson()},
                  {u"messages"_s, messagesJson(messages)}};
    if (down)
        o.insert(u"down"_s, down->toJson());
    if (again)
        o.insert(u"reapplied"_s, again->ok);
    QJsonArray changedRows;
    for (const RowResidue &r : rows)
        changedRows.append(r.toJson());
    o.insert(u"rows"_s, changedRows);
    if (unified && !unifiedDiff.isEmpty())
        o.insert(u"unifiedDiff"_s, unifiedDiff);
    return o;
}

QList<Message> residueMessages(const QString &version, const SchemaDiff &residue, const Snapshot &before,
                               const Snapshot &afterDown)
{
    QList<Message> messages;
    for (const SchemaChange &c : residue.changes) {
        const QString subject = c.objectKind == u"column" ? QString(c.table + u'.' + c.name) : c.name;
        const Message kind(objectKindText(c.objectKind));
        const Message on = c.objectKind != u"column" && !c.table.isEmpty() && c.table != c.name
                               ? Text::msg(" on %1").arg(c.table)
                               : Message();
        switch (c.action) {
        case SchemaChange::Action::Add:
            messages << Text::msg("%1's down leaves %2 %3%4").arg(version, kind, subject, on);
            break;
        case SchemaChange::Action::Drop:
            messages << Text::msg("%1's down does not restore %2 %3%4").arg(version, kind, subject, on);
            break;
        case SchemaChange::Action::Rename:
            messages << Text::msg("%1's down leaves %2 %3%4 renamed to %5").arg(version, kind, subject, on, c.newName);
            break;
        case SchemaChange::Action::Change:
            if (const auto lost = lostDefault(c, before, afterDown))
                messages << Text::msg("%1's down restores %2 without its default %3").arg(version, subject, *lost);
            else if (c.detail.isEmpty())
                messages << Text::msg("%1's down restores %2 %3%4 differently").arg(version, kind, subject, on);
            else
                messages << Text::msg("%1's down restores %2 %3%4 differently: %5").arg(version, kind, subject, on, c.detail);
            break;
        }
    }
    return messages;
}

namespace {

// One pass of round trips; see runRoundTrips().
class Pass
{
public:
    Pass(DryRunReport &report, ScriptRunner &runner, Connection &work, bool insideTransaction,
         const std::function<void(const QString &)> &say)
        : m_report(report)
        , m_runner(runner)
        , m_work(work)
        , m_insideTransaction(insideTransaction)
        , m_enclosed(work.driver().noTransactionalDryRun().isEmpty())
        , m_say(say)
    {
    }

    bool run(const QList<PlanStep> &steps, const std::atomic_bool *cancel, QList<RenameHint> &upRenames);

private:
    StepRun timed(const PlanStep &step, const std::atomic_bool *cancel)
    {
        QElapsedTimer timer;
        timer.start();
        StepRun run = m_runner.run(step, cancel);
        m_report.timing.executionMs += elapsedMs(timer);
        return run;
    }
    std::optional<Snapshot> snapshot()
    {
        return timedSnapshot(m_work, m_report.timing.introspectionMs, &m_report.error);
    }
    // After a step's statements: only what they name read again, on base, where the engine
    // can scope a read and nothing renames (a rename rewrites other objects' text).
    std::optional<Snapshot> snapshotAfter(const Snapshot &base)
    {
        if (m_names.isEmpty())
            return snapshot();
        return timedSnapshot(m_work, base, m_names, m_report.timing.introspectionMs, &m_report.error);
    }
    // The round trip of the step just applied; false when the pass cannot go on.
    bool roundTrip(const PlanStep &step, RoundTrip &trip, RowKeeper &rows, const std::atomic_bool *cancel);
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_work.database());
        if (q.exec(sql))
            return true;
        m_report.error = Text::tr("the round trip cannot run %1: %2").arg(sql, q.lastError().text());
        return false;
    }

    DryRunReport &m_report;
    ScriptRunner &m_runner;
    Connection &m_work;
    bool m_insideTransaction;
    bool m_enclosed; ///< the engine's DDL is transactional: each round trip is rolled back
    const std::function<void(const QString &)> &m_say;
    Snapshot m_previous; ///< the schema before the step under way
    Snapshot m_afterUp;  ///< the schema after the step's up
    QStringList m_names; ///< the words of the step's scripts; empty: read the whole schema
};


bool Pass::run(const QList<PlanStep> &steps, const std::atomic_bool *cancel, QList<RenameHint> &upRenames)
{
    m_previous = *m_report.before;
    const Dialect dialect = m_work.dialect();
    const qsizetype total = steps.size();
    for (qsizetype k = 0; k < total; ++k) {
        if (cancel && cancel->load())
            return false;
        const PlanStep &step = steps.at(k);
        const Migration &m = step.migration;
        m_say(Text::tr("up %1/%2: %3").arg(k + 1).arg(total).arg(m.displayVersion() + u' ' + m.description));
        std::optional<RowKeeper> rows;
        const QSet<QString> words = migrationWords(m, dialect);
        // A rename rewrites the text of objects the scripts do not name: read everything then.
        m_names = words.contains(u"rename"_s) ? QStringList() : QStringList(words.cbegin(), words.cend());
        if (m.down)
            rows.emplace(m_work, m_insideTransaction, m_previous, tablesNamed(m_previous, words), m_report.notes);
        const qsizetype mark = m_runner.renames().size();
        m_report.up << timed(step, cancel);
        upRenames << m_runner.renames().mid(mark);
        if (!m_report.up.constLast().ok)
            return false;
        const auto afterUp = snapshotAfter(m_previous);
        if (!afterUp)
            return false;
        m_afterUp = *afterUp;
        RoundTrip trip;
        trip.version = m.displayVersion();
        trip.description = m.description;
        trip.hasDown = m.down.has_value();
        bool goOn = true;
        if (!m.down) {
            trip.checked = true;
            trip.messages << Text::msg("%1 has no down script: its up cannot be reversed").arg(trip.version);
        } else {
            m_say(Text::tr("round trip %1/%2: %3 down and up again").arg(k + 1).arg(total).arg(trip.version));
            goOn = roundTrip(step, trip, *rows, cancel);
        }
        m_report.roundTrips << trip;
        if (!goOn)
            return false;
        if (trip.again && !m_enclosed) {
            // The down and the second up ran for real: the next step starts from there.
            const auto again = snapshotAfter(m_afterUp);
            if (!again)
                return false;
            m_previous = *again;
            continue;
        }
        m_previous = *afterUp;
    }
    // The pass read only what each step named: the end is read whole, once.
    const auto after = snapshot();
    if (!after)
        return false;
    m_report.after = *after;
    return true;
}

// Where the engine's DDL is transactional, the down and the up again run in a transaction
// (a savepoint inside the dry run's) that is rolled back: whatever they do, the next step
// starts from exactly what the up left. Elsewhere (MySQL) they run for real, and a failure
// that leaves the schema part-way stops the pass.
bool Pass::roundTrip(const PlanStep &step, RoundTrip &trip, RowKeeper &rows, const std::atomic_bool *cancel)
{
    const bool enclosed = m_enclosed;
    if (enclosed && !exec(m_insideTransaction ? u"SAVEPOINT godwit_round_trip"_s : m_work.driver().beginTransaction()))
        return false;
    m_runner.setInsideTransaction(enclosed || m_insideTransaction);
    const auto undo = qScopeGuard([&] {
        m_runner.setInsideTransaction(m_insideTransaction);
        if (enclosed && m_insideTransaction) {
            exec(u"ROLLBACK TO SAVEPOINT godwit_round_trip"_s);
            exec(u"RELEASE SAVEPOINT godwit_round_trip"_s);
        } else if (enclosed) {
            exec(u"ROLLBACK"_s);
        }
    });
    const qsizetype mark = m_runner.renames().size();
    trip.down = timed(PlanStep{step.migration, Direction::Down}, cancel);
    m_report.down << *trip.down;
    if (trip.down->cancelled)
        return false;
    if (!trip.down->ok) {
        trip.checked = true;
        trip.messages << Text::msg("%1's down fails: %2").arg(trip.version, trip.down->error);
        if (enclosed || trip.down->transaction || changedNothing(*trip.down))
            return true; // rolled back, or stopped at once: the schema is the up's, as the next step expects
        trip.messages << Text::msg("the round trips after %1 were not run: its down stopped part-way, and this "
                                   "engine cannot roll DDL back to where the up left it")
                             .arg(trip.version);
        return false;
    }
    const auto afterDown = snapshotAfter(m_afterUp);
    if (!afterDown)
        return false;
    QElapsedTimer timer;
    timer.start();
    trip.residue = diffSnapshots(m_previous, *afterDown, m_runner.renames().mid(mark));
    m_report.timing.diffMs += elapsedMs(timer);
    trip.messages << residueMessages(trip.version, trip.residue, m_previous, *afterDown);
    trip.rows = rows.compare(*afterDown, enclosed || m_insideTransaction, m_report.notes);
    trip.checked = true;
    for (const RowResidue &r : std::as_const(trip.rows))
        trip.messages << r.message(trip.version);
    if (!trip.residue.isEmpty())
        trip.unifiedDiff = unifiedDiff(snapshotDdl(m_previous), snapshotDdl(*afterDown),
                                       Text::tr("before %1").arg(trip.version),
                                       Text::tr("after %1's down").arg(trip.version));
    const bool explained = !trip.messages.isEmpty(); // what the down leaves may well stop the up
    trip.again = timed(step, cancel);
    if (trip.again->ok || trip.again->cancelled)
        return !trip.again->cancelled;
    if (!explained)
        trip.messages << Text::msg("%1's up fails when run again after its down: %2").arg(trip.version, trip.again->error);
    if (enclosed || trip.again->transaction)
        return true;
    trip.messages << Text::msg("the round trips after %1 were not run: its up failed when run again after its down, "
                               "and this engine cannot roll DDL back to where the up left it")
                         .arg(trip.version);
    return false;
}
} // namespace

bool runRoundTrips(DryRunReport &report, ScriptRunner &runner, Connection &work, bool insideTransaction,
                   const QList<PlanStep> &steps, const std::atomic_bool *cancel,
                   const std::function<void(const QString &)> &say, QList<RenameHint> &upRenames)
{
    Pass pass(report, runner, work, insideTransaction, say);
    const bool completed = pass.run(steps, cancel, upRenames);
    const bool upsRan = std::all_of(report.up.cbegin(), report.up.cend(), [](const StepRun &s) { return s.ok; });
    if (!completed && report.error.isEmpty() && upsRan && !(cancel && cancel->load()) && !report.roundTrips.isEmpty())
        report.error = pluralText(Text::tr("the dry run stopped after %n migration(s) of %1: %2", nullptr,
                                           int(report.up.size())),
                                  int(report.up.size()))
                           .arg(steps.size())
                           .arg(report.roundTrips.constLast().messages.isEmpty()
                                    ? QString()
                                    : report.roundTrips.constLast().messages.constLast().text());
    for (const RoundTrip &trip : std::as_const(report.roundTrips)) {
        report.residue.changes << trip.residue.changes;
        report.residueMessages << trip.messages;
    }
    return completed;
}

} // namespace godwit
