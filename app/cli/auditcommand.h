#pragma once

#include "context.h"

#include <QTextStream>

namespace godwit::cli {

/*! verify --audit: the target's audit log checked against its hash chain. Exit 0 when every
    hashed row follows from the one before it, 1 naming the first row that does not. */
int verifyAudit(const GlobalOptions &options, QTextStream &out, QTextStream &err);

} // namespace godwit::cli
