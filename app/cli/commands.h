#pragma once

#include "context.h"
#include "report.h"

#include "database/dryrun.h"
#include "database/executor.h"
#include "database/plan.h"

#include <atomic>

namespace godwit::cli {

/*! The subcommands; each returns its exit code. */
class Commands
{
public:
    Commands(GlobalOptions options, Report &report, QTextStream &err);

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

private:
    struct Loaded;
    /*! open: how to open the target (nullopt: only the history is read). */
    std::optional<Loaded> loadWithStatus(int &exit, std::optional<Connection::Mode> open);
    /*! A snapshot of a target named by URL or profile, or read from a saved snapshot file. */
    std::optional<Snapshot> readOperand(const QString &operand, QString *label, QString *error, int *exit);
    int fail(const QString &message, int exit);

    GlobalOptions m_options;
    Report &m_report;
    QTextStream &m_err;
};

} // namespace godwit::cli
