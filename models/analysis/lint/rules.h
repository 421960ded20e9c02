#pragma once

#include "finding.h"

#include <QList>

namespace godwit {

/*! A lint rule: its stable id, default severity, and the words a finding carries. */
struct LintRule
{
    QString id;
    Severity severity = Severity::Warning;
    Message title;
    Message why;
    Message recipe;
};

/*! Every rule, in a stable order. */
const QList<LintRule> &lintRules();
const LintRule *lintRule(const QString &id);

} // namespace godwit
