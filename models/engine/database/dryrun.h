#pragma once

#include "connection.h"
#include "dryrunmethod.h"
#include "estimate.h"
#include "plan/plan.h"
#include "roundtrip.h"
#include "scriptrunner.h"
#include "plan/status.h"
#include "tablestats.h"

#include "schema/schemadiff.h"
#include "schema/snapshot.h"

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace godwit {

class ScratchDatabase;

struct DryRunRequest
{
    Plan plan;
    QList<Migration> applied; ///< Shadow: the migrations the history says ran, in that order
    DryRunMethod method = DryRunMethod::Auto;
    bool reversible = false; ///< each up step's down right after it, compared with before (RoundTrip)
    /*! Record the dry run in the target's godwit_audit_log, where Godwit's tables already are
        (a dry run never creates them). */
    bool audit = true;
    /*! The target is a production database (its profile is tagged so, or another profile
        tagged production names the same database): Auto never locks its live tables, and a
        chosen transaction runs under a short lock_timeout. */
    bool production = false;
};

/*! Seconds are spent in four places; the report says how many in each. */
struct DryRunTiming
{
    double preparationMs = 0; ///< the copy, scratch database or replay
    double executionMs = 0;   ///< the plan's statements (and the downs)
    double introspectionMs = 0;
    double diffMs = 0;
};

struct DryRunReport
{
    DryRunMethod method = DryRunMethod::Auto; ///< as resolved for the engine
    QString methodReason; ///< why that method: a stable id (see DryRunMethodChoice)
    /*! PostgreSQL schema copy: the target's row estimates (pg_class), since the copy has no
        rows; what the deployment's estimate reads. */
    QList<TableStats> rowEstimates;
    /*! A schema copy: the rows of the target's tables copied into it (see RowSample), on
        which its statements' times scale to the target's. */
    QHash<QString, qint64> sampledRows;
    QString plan; ///< planFingerprint() of what ran
    QList<StepRun> up;
    RunEstimate estimate; ///< the up steps' time on the target's data
    QList<StepRun> down; ///< reversibility check: each up step's down, in the plan's order
    QList<RoundTrip> roundTrips; ///< reversibility check: one per up step that ran
    std::optional<Snapshot> before;
    std::optional<Snapshot> after;
    SchemaDiff diff;        ///< before → after
    SchemaDiff residue;     ///< the round trips' residues, one after the other
    /*! The round trips' findings: "0002's down leaves index idx_orders_status on orders", … */
    QList<Message> residueMessages;
    QList<Message> notes;   ///< what the method changed or could not keep (sequences, rewritten statements)
    /*! What the dry run did not run because it would have reached outside the scratch: a
        dry run with any of these has not passed (outcome "not-rehearsable"). */
    QList<NotRehearsable> notRehearsable;
    QString error;          ///< why the dry run could not be made at all
    DryRunError code = DryRunError::None; ///< the error's, where it has one
    /*! What a person can do about the error or a note, each said by the face that shows it. */
    QList<SuggestedRemedy> remedies;
    bool cancelled = false;
    DryRunTiming timing;

    /*! The up steps all ran (a down that fails is a reversibility finding). */
    bool stepsOk() const;
    bool ok() const
    {
        return error.isEmpty() && !cancelled && stepsOk() && residueMessages.isEmpty() && notRehearsable.isEmpty();
    }
    /*! Stable id for machines: passed, not-rehearsable, not-reversible, failed, cancelled. */
    QString outcomeId() const;
    /*! Everything, for --format json; the unified DDL diff when asked. */
    QJsonObject toJson(bool unified) const;
};

/*! The migrations the history says ran, in the order they ran, for a replay; or the error
    when one of them has no file any more. */
QList<Migration> appliedMigrations(const QList<StatusEntry> &status, QString *error);

/*! What DryRun::drift() found. */
struct DriftReport
{
    QList<Message> notes; ///< leftover scratch databases dropped on the way
    std::optional<Snapshot> expected;
    std::optional<Snapshot> actual;
    SchemaDiff drift; ///< expected → actual: what was done outside the migrations
    QString error;
    bool cancelled = false;

    QJsonObject toJson(bool unified) const;
};

/*! Runs a plan without leaving a trace on the target (see DryRunMethod) and reports the
    before and after snapshots, their structural diff and, per statement, what happened. */
class DryRun
{
public:
    /*! Called as work moves on: "copying the database", "up 3/10: 003 add orders", … */
    using Progress = std::function<void(const QString &what)>;

    explicit DryRun(Connection &target);

    DryRunReport run(const DryRunRequest &request, const std::atomic_bool *cancel = nullptr,
                     const Progress &progress = {});
    /*! The target against the schema its applied history implies (the history replayed on a
        scratch database or an empty SQLite file). */
    DriftReport drift(const QList<Migration> &applied, const std::atomic_bool *cancel = nullptr,
                             const Progress &progress = {});
    /*! Stops the statement running now (in run() or drift()); safe from any thread. Set the
        cancel flag first. */
    void interrupt();

private:
    void setRunner(ScriptRunner *runner);
    DryRunReport execute(const DryRunRequest &request, const std::atomic_bool *cancel, const Progress &progress);
    void audit(DryRunReport &report, const DryRunRequest &request);
    void estimate(DryRunReport &report);
    bool contain(DryRunReport &report, Connection &work, const ScratchDatabase *scratch, bool production);
    /*! The plan (and the downs) on work, with the snapshots after; report.before is set. */
    void runPlan(DryRunReport &report, Connection &work, const DryRunRequest &request,
                 const std::atomic_bool *cancel, const Progress &say);
    void runInTransaction(DryRunReport &report, const DryRunRequest &request, const std::atomic_bool *cancel,
                          const Progress &say);

    Connection &m_target;
    std::unique_ptr<Containment> m_containment; ///< of the run under way
    std::mutex m_mutex;
    ScriptRunner *m_runner = nullptr;
};

} // namespace godwit
