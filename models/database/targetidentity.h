#pragma once

#include "connectionspec.h"

#include "migrations/projectfile.h"

#include <QString>

namespace godwit {

/*! Whether two targets are one database: the same SQLite file (symbolic links and relative
    paths resolved), or the same server (host, port or socket; this machine's loopback
    names and sockets count as one host) and the same database name. Host names are not
    looked up in DNS: two names of one remote server are taken as two servers. */
bool sameDatabase(const ConnectionSpec &a, const ConnectionSpec &b);

/*! What a dry run on target must know of its environment. */
struct TargetEnvironment
{
    /*! Its profile is tagged production, or a profile tagged production names the same
        database (a --url to it, for instance). */
    bool production = false;
    /*! A profile not tagged production that names a production profile's database: a
        rehearsal there runs on production, and is refused. */
    QString error;
};
TargetEnvironment targetEnvironment(const Project &project, const ConnectionSpec &target);

/*! The refusal for a rehearsal profile that names the production profile's database. */
QString rehearsalOnProductionError(const ConnectionSpec &rehearsal, const QString &productionProfile,
                                   const ConnectionSpec &production);

} // namespace godwit
