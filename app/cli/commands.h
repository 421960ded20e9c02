#pragma once

#include "context.h"
#include "report.h"

#include "database/dryrun.h"
#include "database/executor.h"
#include "plan/plan.h"
#include "deployment/gate.h"
#include "workbench/applyrun.h"

#include <atomic>

namespace godwit::cli {

/*! The subcommands; each returns its exit code. */
class Commands
{
public:
    Commands(GlobalOptions options, Report &report, QTextStream &err);

    /*! The reason for passing the production gate without its checklist (--override). */
    void setOverride(const QString &reason) { m_overrideReason = reason; }

    /*! Exit 1 when a migration has a problem (modified, missing, failed, a pending script that
        cannot be split), 2 when the folder has errors. */
    int status();
    /*! A plan without running it; a --to older than the newest applied version plans down. */
    int plan(PlanRequest request);
    int apply(const PlanRequest &request, const std::atomic_bool *cancel);
    int create(const QString &name);
    /*! Without an action, shows what ran of each failed migration and the ways out. */
    int repair(const QString &version, std::optional<Executor::RepairAction> action, int retryFrom,
               const std::atomic_bool *cancel);

    /*! The plan run so that the target is left as it was; exit 1 when a statement fails or
        the reversibility check finds a residue. */
    int dryRun(PlanRequest request, DryRunMethod method, bool reversible, bool unified, const std::atomic_bool *cancel);
    int snapshot();
    /*! Two targets (URLs, profiles or saved snapshot files) compared; exit 1 when they differ. */
    int diff(const QString &from, const QString &to, bool unified);
    /*! The target against the schema its applied history implies; exit 1 on drift. */
    int verifyDrift(bool unified, const std::atomic_bool *cancel);
    /*! The applied migrations' checksums against their files; exit 1 naming each modified,
        missing or unrecognised file. */
    int verifyChecksums();
    /*! Writes godwit.json's "history" so that the project adopts spec's table (nullopt: the
        one table of another tool the target has); prints the status as it reads then. In
        interop, what Godwit applied that the tool's table lacks is written there first, once
        the list was confirmed (confirmed: --yes). */
    int adopt(std::optional<PeerTableSpec> spec, bool interop, bool confirmed, const std::atomic_bool *cancel);
    /*! Records the migrations up to to that are not applied as applied, without running them,
        once the list was confirmed (confirmed: --yes). */
    int baseline(const QString &to, bool confirmed, const std::atomic_bool *cancel);

private:
    struct Loaded
    {
        Context context;
        std::unique_ptr<Connection> connection;
        bool databaseMissing = false;
        QList<StatusEntry> status;
        PeerTablesSeen peers;
    };
    /*! open: how to open the target (nullopt: only the history is read). */
    std::optional<Loaded> loadWithStatus(int &exit, std::optional<Connection::Mode> open);
    /*! A snapshot of a target named by URL or profile, or read from a saved snapshot file. */
    std::optional<Snapshot> readOperand(const QString &operand, QString *label, QString *error, int *exit);
    int fail(const Message &message, int exit, const QString &code = {}, const QList<SuggestedRemedy> &remedies = {});
    int refuseRepair(const RepairTarget &target);
    /*! Adopting spec in interop: writes the tool's rows of what Godwit applied before, once
        confirmed. Ok, or the exit code of why not (printed). */
    int recordInTheirs(const PeerTableSpec &spec, bool confirmed, const std::atomic_bool *cancel);
    /*! The production gate for what is about to run (what: for the person, plan: its
        fingerprint). Ok, or the exit code of the refusal (printed); passage gets the audit row
        to write once the run holds its lock. */
    int passGate(const Loaded &loaded, GatedAction action, const QString &plan, const QString &what,
                 std::optional<AuditEntry> *passage);
    /*! The run on loaded's connection with the run lock taken and the history read under it;
        null, with exit set, after printing why not. */
    std::unique_ptr<ApplyRun> openApplyRun(Loaded &loaded, const std::atomic_bool *cancel, int &exit);
    /*! The executor's options: the lock's timeout, its wait cancellable and reported. */
    ExecutorOptions executorOptions(const Loaded &loaded, const std::atomic_bool *cancel);

    GlobalOptions m_options;
    Report &m_report;
    QTextStream &m_err;
    QString m_overrideReason;
};

/*! Whether a person is there to type: stdin and stderr are a terminal. */
bool personAtTerminal();
/*! Asks on err for the profile's name before what runs on target; true when it was typed. */
bool confirmByTypedName(QTextStream &err, const QString &what, const QString &target, const QString &profile);

/*! The audit rows a run writes before its first step: the gate's passage, and the applied
    scripts it runs past although they changed (--allow-modified). */
QList<AuditEntry> runAuditEntries(const std::optional<AuditEntry> &passage, const PlanRequest &request,
                                  const QList<StatusEntry> &status);

} // namespace godwit::cli
