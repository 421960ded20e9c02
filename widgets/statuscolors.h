#pragma once

#include "plan/status.h"
#include "deployment/deployment.h"
#include "lint/finding.h"
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
/*! A lint finding's severity: error red, warning amber, info blue. */
QColor severityColor(Severity severity);

/*! WCAG 2 contrast ratio of two colours, 1 to 21. */
double contrastRatio(const QColor &a, const QColor &b);
/*! color, made lighter on a dark background or darker on a light one until its contrast
    with background is at least 4.5:1 (WCAG AA for text). */
QColor readableOn(const QColor &color, const QColor &background);
/*! color as text on the application palette's base (lists, tables, editors). */
QColor readableText(const QColor &color);
/*! Black or white, whichever reads better on background (a coloured badge). */
QColor textOn(const QColor &background);

} // namespace godwit
