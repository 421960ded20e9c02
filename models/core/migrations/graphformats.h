#pragma once

#include "discovery.h"

#include "plan/history.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace godwit {

/*! A sqitch project (sqitch.conf or sqitch.plan in folder) or an Alembic project (alembic.ini,
    or env.py and versions/) as migrations, when folder is one and options do not name
    another format; nullopt otherwise. sqitch changes are versioned migrations in plan
    order, keyed by name (a reworked change's later instances by name#2, name#3 …), with
    their verify scripts and dependencies; Alembic revisions are code migrations that Godwit
    shows and never runs, keyed by revision id. */
std::optional<MigrationSource> discoverGraphFormat(const QString &folder, const DiscoveryOptions &options);

/*! Whether folder is a sqitch or an Alembic project: its migrations are found there, not in a
    conventional subfolder. */
bool isGraphProject(const QString &folder);

/*! The history of an Alembic project as Godwit reads it: alembic_version's rows are heads,
    and a head applied means each revision it descends from is (Alembic's current). Heads
    the folder does not know are kept, as missing. */
QList<HistoryEntry> alembicHistory(const MigrationSource &source, const QStringList &heads);

} // namespace godwit
