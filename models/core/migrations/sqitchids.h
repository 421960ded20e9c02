#pragma once

#include "sqitchplan.h"

#include <QString>
#include <QStringList>

namespace godwit {

/*! The ids sqitch gives a plan's changes and tags (App::Sqitch::Plan::Change and ::Tag 1.3):
    the SHA-1 of "change <length>\0" (or "tag …") followed by the entry's description — its
    project, %uri, name, parent change's id, planner, date, dependencies and note. They are
    what sqitch's registry keys its rows on, so Godwit must make them byte for byte. */

/*! One id per entry of project.changes, in plan order (each change's parent is the change
    before it in the plan). */
QStringList sqitchChangeIds(const SqitchProject &project);

/*! The id of tag, placed on the change whose id is changeId. */
QString sqitchTagId(const SqitchProject &project, const SqitchTag &tag, const QString &changeId);

/*! A dependency as sqitch writes it in its registry (Depend.pm as_string): change, change@tag,
    @tag or an id, with "project:" in front when it names another project. */
QString sqitchDependencyName(const SqitchDependency &dep, const QString &project);

/*! The URI as Perl's URI->canonical writes it: scheme and host in lower case, the scheme's
    default port dropped, "/" for an empty HTTP path. */
QString sqitchCanonicalUri(const QString &uri);

/*! The hex SHA-1 of the deploy script's bytes (sqitch's script_hash); empty when there is
    no such file. */
QString sqitchScriptHash(const QString &deployPath);

} // namespace godwit
