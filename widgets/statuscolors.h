#pragma once

#include "plan/status.h"
#include "deployment/deployment.h"
#include "schema/schemadiff.h"

#include <QColor>
#include <QIcon>

namespace godwit {

/*! How states, groups, change classes and environments look, in one place. */
QColor stateColor(MigrationState state);
QIcon stateIcon(MigrationState state);
QIcon groupIcon(int group);
QColor changeClassColor(SchemaChange::Class changeClass);
/*! A checklist item: open (hollow grey), done (green), stale (amber), failed (red). */
QColor itemStateColor(ItemState state);
QIcon itemStateIcon(ItemState state);
/*! development: green, staging: amber, production: red. */
QColor environmentColor(Environment environment);

} // namespace godwit
