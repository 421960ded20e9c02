#pragma once

#include "lint/finding.h"

#include "operations.h"

namespace godwit {

/*! The rule the reversibility check feeds (down-does-not-undo-up): the target's pending
    migrations are dry-run with their downs one more at a time (a copy, a rolled-back
    transaction or a scratch schema: the target is not changed), and what the downs leave
    behind or take too much when a migration joins is that migration's finding, at its
    down script. A plan that cannot be dry-run is reported as not analysed. */
QList<Finding> reversibilityFindings(const Workspace &workspace, CancelToken &cancel, const JobProgress &progress = {});

} // namespace godwit
