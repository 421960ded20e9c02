#pragma once

#include "plan/plan.h"
#include "schema/schemadiff.h"

#include <QString>
#include <QTextStream>

namespace godwit::cli {

// The pieces the text reports share (report.cpp).

/*! "up  " or "down", for the columns of a plan. */
QString arrow(Direction d);
/*! A schema diff, one change per line with its class. */
void writeDiff(QTextStream &out, const SchemaDiff &diff);
QString milliseconds(double ms);
/*! A statement's first line, cut to 60 characters. */
QString firstLine(const QString &sql);

} // namespace godwit::cli
