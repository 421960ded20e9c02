#pragma once

#include "context.h"
#include "report.h"

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

private:
    struct Loaded;
    std::optional<Loaded> loadWithStatus(int &exit, bool forWriting);
    int fail(const QString &message, int exit);

    GlobalOptions m_options;
    Report &m_report;
    QTextStream &m_err;
};

} // namespace godwit::cli
