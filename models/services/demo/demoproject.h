#pragma once

#include <QString>

namespace godwit {

struct DemoSetup
{
    QString projectDir; ///< where the demo project lives now
    QString error;
    bool created = false; ///< the database was made just now
};

/*! The bundled demo project (":/demo", linked into the programs) copied to the user's data
    folder on first use, with a SQLite database that has the first seven of its ten
    migrations applied, so that a new user sees applied and pending migrations at once.
    Files the user changed are never overwritten; a deleted database is made again. */
DemoSetup ensureDemoProject(const QString &dataDir);

/*! The user's data folder for Godwit (XDG_DATA_HOME/godwit). */
QString defaultDataDir();

} // namespace godwit
