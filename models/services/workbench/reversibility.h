#pragma once

#include "lint/finding.h"

#include "operations.h"

namespace godwit {

/*! The rule the reversibility check feeds (down-does-not-undo-up): one reversible dry run of
    the target's pending migrations (a copy, a rolled-back transaction or a scratch schema:
    the target is not changed), where each migration's down runs right after its up and what
    it leaves behind or takes too much, in the schema or the rows, is that migration's
    finding, at its down script. A plan that cannot be dry-run is reported as not analysed. */
QList<Finding> reversibilityFindings(const Workspace &workspace, CancelToken &cancel, const JobProgress &progress = {});

} // namespace godwit
