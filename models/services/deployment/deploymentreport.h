#pragma once

#include "deployment.h"

namespace godwit {

enum class ReportFormat { Markdown, Html };

/*! The deployment's report, made from its record alone: the plan, the checklist with
    evidence and sign-offs, the dry run's schema changes, the findings, the outcome and the
    full SQL of each step. The same content in Markdown (for a merge request) or a
    self-contained HTML page (for a change ticket). */
QString deploymentReport(const Deployment &deployment, ReportFormat format);

} // namespace godwit
