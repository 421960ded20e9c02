#pragma once

#include "operations.h"

#include "database/dryrun.h"
#include "plan/status.h"

namespace godwit {

/*! What a drift check found: the target against the schema its applied history implies. */
struct DriftCheck
{
    DriftReport report;
    /*! Applied scripts edited since they ran: they explain drift better than the database does. */
    QList<StatusProblem> modified;
    QString error; ///< the check could not be made: an applied migration's file is gone, the replay failed
    bool cancelled = false;

    bool clean() const { return error.isEmpty() && !cancelled && modified.isEmpty() && report.drift.isEmpty(); }
};

/*! Replays the applied history (status) on a scratch database next to the
    connection's and compares it with the target (the adopted tool's history table is history,
    as Godwit's own tables are, not drift); for `godwit-cli verify --drift` and the
    checklist's verify item. Cancelled through cancel (its interrupt is set while it runs). */
DriftCheck checkDrift(Connection &connection, const QList<StatusEntry> &status,
                      CancelToken &cancel, const JobProgress &progress = {},
                      const std::optional<PeerTableSpec> &adopted = {});

} // namespace godwit
