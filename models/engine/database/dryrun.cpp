#include "dryrun.h"

#include "drivers/enginedriver.h"

#include "containmentscope.h"
#include "historystore.h"
#include "pgschemacopy.h"
#include "rowkeeper.h"
#include "scratchdatabase.h"
#include "sequences.h"

#include "introspection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DryRun)
};

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString stepLabel(const PlanStep &step)
{
    return step.migration.displayVersion() + u' ' + step.migration.description;
}

QJsonArray stepsJson(const QList<StepRun> &steps)
{
    QJsonArray list;
    for (const StepRun &s : steps)
        list.append(s.toJson());
    return list;
}

QString ddlDiff(const std::optional<Snapshot> &a, const std::optional<Snapshot> &b, const QString &labelA,
                const QString &labelB)
{
    if (!a || !b)
        return {};
    return unifiedDiff(snapshotDdl(*a), snapshotDdl(*b), labelA, labelB);
}

} // namespace

bool DryRunReport::stepsOk() const
{
    return std::all_of(up.cbegin(), up.cend(), [](const StepRun &s) { return s.ok; });
}

QString DryRunReport::outcomeId() const
{
    if (cancelled)
        return u"cancelled"_s;
    if (!notRehearsable.isEmpty())
        return u"not-rehearsable"_s;
    if (ok())
        return u"passed"_s;
    return error.isEmpty() && stepsOk() ? u"not-reversible"_s : u"failed"_s;
}

QJsonObject DryRunReport::toJson(bool unified) const
{
    QJsonObject o{{u"ok"_s, ok()},
                  {u"outcome"_s, outcomeId()},
                  {u"method"_s, dryRunMethodId(method)},
                  {u"methodReason"_s, methodReason},
                  {u"plan"_s, plan},
                  {u"up"_s, stepsJson(up)},
                  {u"diff"_s, diff.toJson()},
                  {u"timing"_s, QJsonObject{{u"preparationMs"_s, timing.preparationMs},
                                            {u"executionMs"_s, timing.executionMs},
                                            {u"introspectionMs"_s, timing.introspectionMs},
                                            {u"diffMs"_s, timing.diffMs}}}};
    if (before)
        o.insert(u"before"_s, before->toJson());
    if (after)
        o.insert(u"after"_s, after->toJson());
    if (unified)
        o.insert(u"unifiedDiff"_s, ddlDiff(before, after, u"before"_s, u"after"_s));
    if (!roundTrips.isEmpty()) {
        QJsonArray trips;
        for (const RoundTrip &trip : roundTrips)
            trips.append(trip.toJson(unified));
        o.insert(u"reversibility"_s, QJsonObject{{u"down"_s, stepsJson(down)},
                                                 {u"reversible"_s, ok()},
                                                 {u"residue"_s, residue.toJson()},
                                                 {u"messages"_s, QJsonArray::fromStringList(englishTexts(residueMessages))},
                                                 {u"migrations"_s, trips}});
    }
    if (!notes.isEmpty())
        o.insert(u"notes"_s, QJsonArray::fromStringList(englishTexts(notes)));
    if (!notRehearsable.isEmpty()) {
        QJsonArray escapes;
        for (const NotRehearsable &n : notRehearsable)
            escapes.append(n.toJson());
        o.insert(u"notRehearsable"_s, escapes);
    }
    if (!estimate.isEmpty())
        o.insert(u"estimate"_s, estimate.toJson());
    if (!rowEstimates.isEmpty()) {
        QJsonArray estimates;
        for (const TableStats &t : rowEstimates)
            estimates.append(QJsonObject{{u"table"_s, t.name}, {u"rows"_s, double(t.rows)}, {u"bytes"_s, double(t.bytes)},
                                         {u"source"_s, t.source}});
        o.insert(u"rowEstimates"_s, estimates);
    }
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    if (code != DryRunError::None)
        o.insert(u"code"_s, dryRunErrorId(code));
    if (!remedies.isEmpty()) {
        QJsonArray ids;
        for (const SuggestedRemedy &r : remedies)
            ids.append(remedyId(r.remedy));
        o.insert(u"remedies"_s, ids);
    }
    if (cancelled)
        o.insert(u"cancelled"_s, true);
    return o;
}

QList<Migration> appliedMigrations(const QList<StatusEntry> &status, QString *error)
{
    QList<const StatusEntry *> applied;
    for (const StatusEntry &e : status) {
        if (e.history && e.history->status == HistoryEntry::Status::Applied)
            applied << &e;
    }
    // In the order they ran; the status order (by version) breaks ties.
    std::stable_sort(applied.begin(), applied.end(), [](const StatusEntry *a, const StatusEntry *b) {
        return a->history->appliedAt < b->history->appliedAt;
    });
    QList<Migration> migrations;
    for (const StatusEntry *e : std::as_const(applied)) {
        if (!e->migration || !e->migration->up) {
            *error = Text::tr("%1 is applied but its file is gone: the history cannot be replayed").arg(e->version());
            return {};
        }
        migrations << *e->migration;
    }
    return migrations;
}

DryRun::DryRun(Connection &target)
    : m_target(target)
{
}

void DryRun::setRunner(ScriptRunner *runner)
{
    std::lock_guard lock(m_mutex);
    m_runner = runner;
}

void DryRun::interrupt()
{
    std::lock_guard lock(m_mutex);
    if (m_runner)
        m_runner->interrupt();
}

namespace {

// Replays the applied migrations on a fresh scratch database.
QString replay(ScriptRunner &runner, const QList<Migration> &applied, const std::atomic_bool *cancel,
               const DryRun::Progress &progress, QList<NotRehearsable> &escapes)
{
    QList<PlanStep> steps;
    for (const Migration &m : applied)
        steps << PlanStep{m, Direction::Up};
    bool ok = true;
    const QList<StepRun> runs = runner.runAll(steps, cancel, [&](int done, int total, const PlanStep &step) {
        if (progress)
            progress(Text::tr("replaying the history %1/%2: %3").arg(done + 1).arg(total).arg(stepLabel(step)));
    }, &ok);
    escapes << notRehearsable(runs);
    if (ok)
        return {};
    return Text::tr("replaying the applied migrations failed at %1: %2")
        .arg(runs.last().step.migration.displayVersion(), runs.last().error);
}

} // namespace

DryRunReport DryRun::run(const DryRunRequest &request, const std::atomic_bool *cancel, const Progress &progress)
{
    DryRunReport report = execute(request, cancel, progress);
    report.plan = planFingerprint(request.plan);
    if (request.audit)
        audit(report, request);
    return report;
}

// After everything is undone and dropped, on a connection of its own: the only write a dry
// run makes to the target, and only where Godwit keeps its history already.
void DryRun::audit(DryRunReport &report, const DryRunRequest &request)
{
    auto open = m_target.openAnother();
    if (!open.connection)
        return;
    const std::unique_ptr<HistoryStore> store = historyStoreFor(*open.connection);
    if (!store->tableExists())
        return;
    AuditEntry entry;
    entry.action = u"dry-run"_s;
    if (!request.plan.steps.isEmpty()) {
        entry.version = request.plan.steps.constLast().migration.displayVersion();
        entry.description = Text::msg("%1 to %2")
                                .arg(request.plan.steps.constFirst().migration.displayVersion(), entry.version)
                                .english();
    }
    entry.planId = report.plan;
    entry.outcome = report.cancelled                 ? u"cancelled"_s
                    : !report.notRehearsable.isEmpty() ? u"not-rehearsable"_s
                    : report.ok()                      ? u"ok"_s
                                                       : u"failed"_s;
    entry.detail = u"method=%1 steps=%2 additive=%3 rewriting=%4 destructive=%5%6"_s
                       .arg(dryRunMethodId(report.method))
                       .arg(report.up.size())
                       .arg(report.diff.count(SchemaChange::Class::Additive))
                       .arg(report.diff.count(SchemaChange::Class::Rewriting))
                       .arg(report.diff.count(SchemaChange::Class::Destructive))
                       .arg(request.reversible ? (report.residueMessages.isEmpty() ? u" reversible=yes"_s
                                                                                   : u" reversible=no"_s)
                                               : QString());
    if (!store->appendAudit(entry))
        report.notes << Text::msg("the dry run could not be recorded in the audit log: %1").arg(store->lastError());
}

DryRunReport DryRun::execute(const DryRunRequest &request, const std::atomic_bool *cancel, const Progress &progress)
{
    DryRunReport report;
    const Dialect dialect = m_target.dialect();
    const DryRunMethodChoice choice = chooseDryRunMethod(request.method, dialect, request.production);
    report.method = choice.method;
    report.methodReason = choice.reason;
    if (!choice.error.isEmpty()) {
        report.error = choice.error;
        report.code = choice.code;
        report.remedies << choice.remedy;
        return report;
    }
    report.notes << dryRunMethodNotes(choice, dialect, request.production);
    const bool allUp = std::all_of(request.plan.steps.cbegin(), request.plan.steps.cend(),
                                   [](const PlanStep &s) { return s.direction == Direction::Up; });
    if (request.reversible && !allUp) {
        report.error = Text::tr("the reversibility check runs an up plan and then its downs; this plan goes down");
        return report;
    }
    const auto say = [&](const QString &what) {
        if (progress)
            progress(what);
    };

    // Where the plan runs.
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ScratchDatabase> scratch;
    Connection *work = &m_target;
    if (report.method != DryRunMethod::Transaction) {
        say(report.method == DryRunMethod::Shadow ? Text::tr("creating the shadow database")
                                                  : dialect == Dialect::SQLite ? Text::tr("copying the database (VACUUM INTO)")
                                                                               : Text::tr("copying the schema to a scratch database"));
        const auto content = report.method == DryRunMethod::Shadow ? ScratchDatabase::Content::Empty
                             : dialect == Dialect::SQLite            ? ScratchDatabase::Content::Copy
                                                                     : ScratchDatabase::Content::SchemaCopy;
        // A schema copy takes some of the target's rows of the tables the plan names.
        RowSample sample;
        if (content == ScratchDatabase::Content::SchemaCopy) {
            for (const PlanStep &step : request.plan.steps)
                sample.words.unite(migrationWords(step.migration, dialect));
        }
        auto created = ScratchDatabase::create(m_target, content, cancel, &sample);
        report.notes << created.notes;
        report.sampledRows = sample.rows;
        if (!sample.error.isEmpty())
            report.notes << Text::msg("no rows of the target were copied into the scratch database: %1")
                                .arg(sample.error);
        else if (!sample.rows.isEmpty())
            report.notes << Text::msg("the scratch database holds the first rows of %n table(s) the plan names, "
                                      "copied from the target",
                                      nullptr, int(sample.rows.size()));
        if (!created.scratch) {
            report.error = created.error;
            return report;
        }
        scratch = std::move(created.scratch);
        work = &scratch->connection();
        if (report.method == DryRunMethod::Copy && dialect == Dialect::PostgreSQL)
            report.rowEstimates = postgresRowEstimates(m_target);
    } else if (dialect != Dialect::SQLite) {
        report.notes << ScratchDatabase::dropLeftovers(m_target);
    }
    if (!contain(report, *work, scratch.get(), request.production))
        return report;
    if (report.method == DryRunMethod::Shadow) {
        ScriptRunner replayRunner(*work, {false, m_containment.get()});
        setRunner(&replayRunner);
        report.error = replay(replayRunner, request.applied, cancel, progress, report.notRehearsable);
        setRunner(nullptr);
        if (!report.error.isEmpty()) {
            report.cancelled = cancelled(cancel);
            return report;
        }
    }
    report.timing.preparationMs = elapsedMs(timer);

    say(Text::tr("reading the schema before"));
    QString error;
    report.before = timedSnapshot(*work, report.timing.introspectionMs, &error);
    if (!report.before) {
        report.error = error;
        return report;
    }
    if (scratch) {
        // How faithful the starting point is: a copy should read exactly like the target, a
        // shadow database like the target without drift.
        if (const auto live = timedSnapshot(m_target, report.timing.introspectionMs, &error)) {
            const SchemaDiff drift = diffSnapshots(*report.before, *live);
            if (!drift.isEmpty() && report.method == DryRunMethod::Shadow) {
                report.notes << Text::msg("the target differs from what its history implies in %n change(s)", nullptr,
                                          int(drift.changes.size()));
                report.remedies << SuggestedRemedy{Remedy::VerifyDrift, {}};
            } else if (!drift.isEmpty()) {
                report.notes << Text::msg("the scratch copy differs from the target in %n change(s)", nullptr,
                                          int(drift.changes.size()));
            }
        }
    }

    if (report.method != DryRunMethod::Transaction)
        runPlan(report, *work, request, cancel, say);
    else
        runInTransaction(report, request, cancel, say);
    estimate(report);
    return report;
}

// The time on the target's data: the tables the statements name, read from the target's
// catalog (counted on SQLite) once everything is undone. A copy of the data held the same
// rows; a schema copy or shadow database held none.
void DryRun::estimate(DryRunReport &report)
{
    if (!report.before || report.up.isEmpty() || report.cancelled || !report.error.isEmpty())
        return;
    const QHash<QString, TableStats> target = namedTableSizes(m_target, *report.before, report.up);
    QHash<QString, qint64> dryRun;
    const bool sameRows = report.method == DryRunMethod::Transaction
                          || (report.method == DryRunMethod::Copy && m_target.dialect() == Dialect::SQLite);
    for (auto it = target.cbegin(); sameRows && it != target.cend(); ++it)
        dryRun.insert(it.key(), it->rows);
    if (!sameRows)
        dryRun = report.sampledRows;
    // A schema copy holds none or some of the target's rows: a table rewritten there is sized
    // as the target has it.
    for (StepRun &step : report.up) {
        for (StatementRun &statement : step.statements) {
            for (Rewrite &rewrite : statement.rewrites) {
                const auto size = target.constFind(rewrite.table);
                if (sameRows || size == target.cend())
                    continue;
                rewrite.rows = size->rows;
                rewrite.bytes = size->bytes >= 0 ? size->bytes : rewrite.bytes;
            }
        }
    }
    report.estimate = estimateRun(m_target.dialect(), report.up, target, dryRun);
}

// The transaction method: the plan on the target itself, inside a transaction that is
// rolled back whatever happens; sequences put back (PostgreSQL), lock_timeout capped on
// production.
void DryRun::runInTransaction(DryRunReport &report, const DryRunRequest &request, const std::atomic_bool *cancel,
                              const Progress &say)
{
    const Dialect dialect = m_target.dialect();
    const QList<SequenceValue> sequences = dialect == Dialect::PostgreSQL ? sequenceValues(m_target) : QList<SequenceValue>();
    QSqlQuery transaction(m_target.database());
    if (!transaction.exec(m_target.driver().beginTransaction())) {
        report.error = Text::tr("%1: cannot begin the dry run's transaction: %2")
                           .arg(m_target.spec().display(), transaction.lastError().text());
        return;
    }
    if (request.production && dialect == Dialect::PostgreSQL) {
        if (const QString why = capLockTimeout(m_target); !why.isEmpty())
            report.error = Text::tr("%1: cannot set the dry run's lock_timeout: %2").arg(m_target.spec().display(), why);
    }
    if (report.error.isEmpty())
        runPlan(report, m_target, request, cancel, say);
    // Whatever happened in there, it is undone.
    if (!transaction.exec(u"ROLLBACK"_s))
        report.error = Text::tr("%1: the dry run's transaction could not be rolled back: %2")
                           .arg(m_target.spec().display(), transaction.lastError().text());
    if (dialect == Dialect::PostgreSQL)
        report.notes << restoreSequences(m_target, sequences);
    if (request.production && report.error.isEmpty()) {
        report.error = lockTimeoutFailure(report.up + report.down);
        if (!report.error.isEmpty()) {
            report.code = DryRunError::LockTimeout;
            report.remedies << SuggestedRemedy{Remedy::DryRunCopy, {}};
        }
    }
}

// Read before anything runs: what is outside this dry run's scratch (or transaction), and
// what the scratch copy left out because it reaches there.
bool DryRun::contain(DryRunReport &report, Connection &work, const ScratchDatabase *scratch, bool production)
{
    if (scratch)
        report.notRehearsable << scratch->notRehearsable();
    const bool transaction = report.method == DryRunMethod::Transaction;
    const qint64 cap = production && transaction && work.dialect() == Dialect::PostgreSQL ? productionLockTimeoutMs : 0;
    QString error;
    m_containment = std::make_unique<Containment>(
        readContainmentScope(m_target, work, scratch ? scratch->name() : QString(), transaction, cap, &error));
    if (!error.isEmpty())
        report.error = Text::tr("%1: cannot read which of the database's routines reach outside: %2")
                           .arg(m_target.spec().display(), error);
    return error.isEmpty();
}

void DryRun::runPlan(DryRunReport &report, Connection &work, const DryRunRequest &request,
                     const std::atomic_bool *cancel, const Progress &say)
{
    ScriptRunner runner(work, {report.method == DryRunMethod::Transaction, m_containment.get(), true});
    setRunner(&runner);
    const auto forget = qScopeGuard([this] { setRunner(nullptr); });
    QElapsedTimer timer;
    timer.start();
    QList<RenameHint> renames;
    if (request.reversible) {
        runRoundTrips(report, runner, work, report.method == DryRunMethod::Transaction, request.plan.steps, cancel, say,
                      renames);
    } else {
        bool upOk = true;
        report.up = runner.runAll(request.plan.steps, cancel, [&](int done, int total, const PlanStep &step) {
            say(Text::tr("up %1/%2: %3").arg(done + 1).arg(total).arg(stepLabel(step)));
        }, &upOk);
        report.timing.executionMs += elapsedMs(timer); // the round trips count their own
        renames = runner.renames();
    }
    report.notRehearsable << notRehearsable(report.up) << notRehearsable(report.down);
    for (const StepRun &step : std::as_const(report.up)) {
        for (const StatementRun &s : step.statements) {
            if (s.outcome == StatementRun::Outcome::Rewritten || s.outcome == StatementRun::Outcome::Skipped)
                report.notes << Text::msg("%1: %2").arg(s.location.toString(), s.note);
        }
    }
    report.cancelled = cancelled(cancel);
    if (!report.error.isEmpty())
        return;
    if (!report.after) {
        say(Text::tr("reading the schema after"));
        QString error;
        report.after = timedSnapshot(work, report.timing.introspectionMs, &error);
        if (!report.after) {
            report.error = error;
            return;
        }
    }
    timer.restart();
    report.diff = diffSnapshots(*report.before, *report.after, renames);
    report.timing.diffMs += elapsedMs(timer);
}

QJsonObject DriftReport::toJson(bool unified) const
{
    QJsonObject o{{u"drift"_s, drift.toJson()}, {u"ok"_s, error.isEmpty() && !cancelled && drift.isEmpty()}};
    if (expected)
        o.insert(u"expected"_s, expected->toJson());
    if (actual)
        o.insert(u"actual"_s, actual->toJson());
    if (unified)
        o.insert(u"unifiedDiff"_s, ddlDiff(expected, actual, u"history"_s, u"target"_s));
    if (!notes.isEmpty())
        o.insert(u"notes"_s, QJsonArray::fromStringList(englishTexts(notes)));
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    if (cancelled)
        o.insert(u"cancelled"_s, true);
    return o;
}

DriftReport DryRun::drift(const QList<Migration> &applied, const std::atomic_bool *cancel, const Progress &progress)
{
    DriftReport report;
    Connection &target = m_target;
    if (progress)
        progress(Text::tr("creating the scratch database"));
    auto created = ScratchDatabase::create(target, ScratchDatabase::Content::Empty, cancel);
    report.notes << created.notes;
    if (!created.scratch) {
        report.error = created.error;
        return report;
    }
    QString scopeError;
    Containment containment(
        readContainmentScope(target, created.scratch->connection(), created.scratch->name(), false, 0, &scopeError));
    if (!scopeError.isEmpty()) {
        report.error = scopeError;
        return report;
    }
    ScriptRunner runner(created.scratch->connection(), {false, &containment});
    setRunner(&runner);
    QList<NotRehearsable> escapes;
    report.error = replay(runner, applied, cancel, progress, escapes);
    setRunner(nullptr);
    report.cancelled = cancelled(cancel);
    for (const NotRehearsable &e : std::as_const(escapes))
        report.error += (report.error.isEmpty() ? QString() : u"\n"_s) + e.toString();
    if (!report.error.isEmpty())
        return report;
    if (progress)
        progress(Text::tr("reading both schemas"));
    double ms = 0;
    report.expected = timedSnapshot(created.scratch->connection(), ms, &report.error);
    if (report.expected)
        report.actual = timedSnapshot(target, ms, &report.error);
    if (report.expected && report.actual)
        report.drift = diffSnapshots(*report.expected, *report.actual);
    return report;
}

} // namespace godwit
