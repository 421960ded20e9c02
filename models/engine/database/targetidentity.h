#pragma once

#include "target/connectionspec.h"

#include "migrations/projectfile.h"

#include <QString>

namespace godwit {

/*! Whether two targets are one database: the same SQLite file (symbolic links and relative
    paths resolved), or the same server (host, port or socket; this machine's loopback
    names and sockets count as one host) and the same database name. Host names are not
    looked up in DNS: two names of one remote server are taken as two servers. */
bool sameDatabase(const ConnectionSpec &a, const ConnectionSpec &b);

/*! The environment a target is in, for the production gate, dry runs and the window's tag:
    the one rule of both faces. */
struct TargetEnvironment
{
    /*! Production when its profile is tagged so or any profile tagged production names the
        same database (a --url to it, a symbolic link to its file, a staging profile that
        points there); else its own profile's; for a URL, the strictest of the profiles that
        name its database; development when none does. */
    Environment environment = Environment::Development;
    /*! The profile that gave the environment: the production profile naming the database
        when there is one (its name is what the gate asks to be typed), else the target's. */
    QString profile;
    /*! A profile not tagged production that names a production profile's database: a
        rehearsal there runs on production, and is refused. */
    QString error;

    bool production() const { return environment == Environment::Production; }
};
TargetEnvironment targetEnvironment(const Project &project, const ConnectionSpec &target);

/*! The refusal for a rehearsal profile that names the production profile's database. */
QString rehearsalOnProductionError(const ConnectionSpec &rehearsal, const QString &productionProfile,
                                   const ConnectionSpec &production);

} // namespace godwit
