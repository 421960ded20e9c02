#include "targetidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DryRun)
};

QString resolvedPath(const QString &path)
{
    const QFileInfo file(path);
    const QString canonical = file.canonicalFilePath(); // empty when it does not exist
    return canonical.isEmpty() ? QDir::cleanPath(file.absoluteFilePath()) : canonical;
}

// This machine's server, however it is reached: no host (libpq's and the MySQL client's
// default socket), a socket folder or file, or a loopback name.
bool isLocal(const QString &host)
{
    static const QStringList loopback{QString(), u"localhost"_s, u"127.0.0.1"_s, u"::1"_s, u"[::1]"_s};
    return host.startsWith(u'/') || loopback.contains(host.toLower());
}

bool sameServer(const ConnectionSpec &a, const ConnectionSpec &b)
{
    const int defaultPort = a.dialect == Dialect::PostgreSQL ? 5432 : 3306;
    const QString socketA = a.options.value(u"UNIX_SOCKET"_s);
    const QString socketB = b.options.value(u"UNIX_SOCKET"_s);
    if (!socketA.isEmpty() && !socketB.isEmpty())
        return resolvedPath(socketA) == resolvedPath(socketB);
    // A MySQL socket beside a local TCP port cannot be told apart: taken as one server.
    if (!socketA.isEmpty() || !socketB.isEmpty())
        return isLocal(a.host) && isLocal(b.host);
    if ((a.port ? a.port : defaultPort) != (b.port ? b.port : defaultPort))
        return false;
    return isLocal(a.host) ? isLocal(b.host) : a.host.compare(b.host, Qt::CaseInsensitive) == 0;
}

} // namespace

bool sameDatabase(const ConnectionSpec &a, const ConnectionSpec &b)
{
    if (a.dialect != b.dialect)
        return false;
    if (a.dialect == Dialect::SQLite)
        return resolvedPath(a.path) == resolvedPath(b.path);
    return a.database == b.database && sameServer(a, b);
}

TargetEnvironment targetEnvironment(const Project &project, const ConnectionSpec &target)
{
    TargetEnvironment environment;
    const Profile *own = project.profile(target.profileName);
    if (own) {
        environment.environment = own->environment;
        environment.profile = own->name;
        if (environment.production())
            return environment;
    }
    for (const Profile &profile : project.profiles) {
        if (profile.name == target.profileName)
            continue;
        const bool stricter = !own && (environment.profile.isEmpty() || profile.environment > environment.environment);
        if (profile.environment != Environment::Production && !stricter)
            continue;
        const ConnectionSpecParse spec = connectionFromProfile(profile, project.directory);
        if (!spec.spec || !sameDatabase(*spec.spec, target))
            continue;
        if (own && profile.environment == Environment::Production && own->environment != Environment::Production)
            environment.error = rehearsalOnProductionError(target, profile.name, *spec.spec);
        if (stricter || profile.environment == Environment::Production) {
            environment.environment = profile.environment;
            environment.profile = profile.name;
        }
        if (environment.production())
            break;
    }
    return environment;
}

QString rehearsalOnProductionError(const ConnectionSpec &rehearsal, const QString &productionProfile,
                                   const ConnectionSpec &production)
{
    return Text::tr("profile \"%1\" (%2) names the same database as production profile \"%3\" (%4): a rehearsal there "
                    "would run on production; point \"%1\" at a database of its own")
        .arg(rehearsal.profileName, rehearsal.display(), productionProfile, production.display());
}

} // namespace godwit
