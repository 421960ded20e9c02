#pragma once

#include "sql/jsontree.h"
#include "sql/sourcetext.h"

#include <QString>

namespace godwit {

/*! Checks godwit.json against one description of every key Godwit reads (profiles,
    migrations, format, naming, settings, checklist, lint): unknown keys (with a "did you
    mean"), keys written twice, wrong types and ranges, unknown environments and drivers, a
    profile without what its driver needs, driver options that would carry a password or move
    the target. Empty when the file holds; else "file:line:column: key.path: what was
    expected, got what", with the line and a caret. A secret is named, never quoted. */
QString checkProjectFile(const SourceText &source, const JsonNode &root);

} // namespace godwit
