#include "connectionspec.h"

#include "driveroptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace godwit {

namespace {
// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)
};
} // namespace

QString ConnectionSpec::display() const
{
    if (dialect == Dialect::SQLite)
        return u"sqlite:" + path;
    const QString scheme = dialect == Dialect::PostgreSQL ? QStringLiteral("postgres") : QStringLiteral("mysql");
    QString text = scheme + u"://";
    if (!user.isEmpty())
        text += user + u'@';
    text += host;
    if (port)
        text += u':' + QString::number(port);
    return text + u'/' + database;
}

namespace {

ConnectionSpecParse refused(const QString &error)
{
    ConnectionSpecParse result;
    result.error = error;
    return result;
}

// What a server target needs, whether a URL or a profile names it: never a default user or
// database (libpq would take the login name for both).
QString missingPart(const ConnectionSpec &spec)
{
    QStringList missing;
    if (spec.host.isEmpty() && !spec.options.contains(QStringLiteral("UNIX_SOCKET")))
        missing << QStringLiteral("host");
    if (spec.database.isEmpty())
        missing << QStringLiteral("database");
    if (spec.user.isEmpty())
        missing << QStringLiteral("user");
    return missing.join(QStringLiteral(", "));
}

// PostgreSQL reads a socket folder as its host; QMYSQL takes the socket as an option.
void setSocket(ConnectionSpec &spec, const QString &socket)
{
    if (socket.isEmpty())
        return;
    if (spec.dialect == Dialect::PostgreSQL) {
        spec.host = socket;
    } else {
        spec.options.insert(QStringLiteral("UNIX_SOCKET"), socket);
        spec.port = 0;
    }
}

} // namespace

ConnectionSpecParse parseConnectionUrl(const QString &url, const QString &baseDir)
{
    ConnectionSpecParse result;
    ConnectionSpec spec;
    if (url.startsWith(u"sqlite:")) {
        QString path = url.mid(7);
        if (path.startsWith(u"//"))
            path = path.mid(2); // sqlite://relative or sqlite:///absolute
        if (path.isEmpty())
            return refused(Text::tr("--url: the URL names no database file"));
        // Not a file name to create: "db.sqlite?password=…" would put the secret on disk.
        if (const qsizetype query = path.indexOf(u'?'); query >= 0 && path.indexOf(u'=', query) > query)
            return refused(Text::tr("--url: a sqlite: URL takes no query (key=value); it is not shown here, as it may "
                                    "hold a password"));
        spec.dialect = Dialect::SQLite;
        spec.path = QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
        result.spec = spec;
        return result;
    }
    // Nothing of the URL is echoed in an error: it may hold a password in any of its parts.
    const QString usage = Text::tr("write sqlite:PATH, postgres://user@host:port/database or mysql://user@host:port/database, "
                                   "and give the password in GODWIT_PASSWORD (or PGPASSWORD / MYSQL_PWD) or at the prompt");
    if (!url.contains(u"://")) {
        if (url.contains(u'='))
            return refused(Text::tr("--url: a key=value connection string is not accepted (it is not shown here: it may "
                                    "hold a password); %1").arg(usage));
        return refused(Text::tr("--url: not a connection URL; %1").arg(usage));
    }
    const QUrl parsed(url, QUrl::StrictMode);
    const auto dialect = dialectFromName(parsed.scheme());
    if (!parsed.isValid() || !dialect || *dialect == Dialect::SQLite)
        return refused(Text::tr("--url: not a connection URL; %1").arg(usage));
    if (!parsed.password().isEmpty() || parsed.userName().contains(u':'))
        return refused(Text::tr("--url: the URL's user part holds a password, and a password is never on the "
                                "command line (ps shows it to every user); %1").arg(usage));
    spec.dialect = *dialect;
    spec.host = parsed.host();
    spec.port = parsed.port(*dialect == Dialect::PostgreSQL ? 5432 : 3306);
    spec.user = parsed.userName();
    spec.database = parsed.path().mid(1);
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"socket") {
            setSocket(spec, value);
            continue;
        }
        if (const QString why = driverOptionProblem(spec.dialect, key, value); !why.isEmpty())
            return refused(Text::tr("--url: the query parameter \"%1\" %2").arg(key, why));
        spec.options.insert(key, value);
    }
    if (const QString missing = missingPart(spec); !missing.isEmpty())
        return refused(Text::tr("--url: the URL names no %1; Godwit takes no default for them").arg(missing));
    result.spec = spec;
    return result;
}

ConnectionSpecParse connectionFromProfile(const Profile &profile, const QString &projectDir)
{
    ConnectionSpecParse result;
    const auto dialect = dialectFromName(profile.driver);
    if (!dialect)
        return refused(Text::tr("profile \"%1\": unknown driver \"%2\"").arg(profile.name, profile.driver));
    ConnectionSpec spec;
    spec.dialect = *dialect;
    spec.profileName = profile.name;
    if (spec.dialect == Dialect::SQLite) {
        if (profile.path.isEmpty())
            return refused(Text::tr("profile \"%1\": a SQLite profile needs a \"path\"").arg(profile.name));
        spec.path = QDir::cleanPath(QDir(projectDir).absoluteFilePath(profile.path));
        result.spec = spec;
        return result;
    }
    spec.host = profile.host;
    spec.port = profile.port ? profile.port : (spec.dialect == Dialect::PostgreSQL ? 5432 : 3306);
    spec.database = profile.database;
    spec.user = profile.user;
    for (auto it = profile.options.cbegin(); it != profile.options.cend(); ++it) {
        if (const QString why = driverOptionProblem(spec.dialect, it.key(), it.value()); !why.isEmpty())
            return refused(Text::tr("profile \"%1\": option \"%2\" %3").arg(profile.name, it.key(), why));
    }
    spec.options = profile.options;
    setSocket(spec, profile.socket);
    if (const QString missing = missingPart(spec); !missing.isEmpty())
        return refused(Text::tr("profile \"%1\" names no %2; Godwit takes no default for them").arg(profile.name, missing));
    result.spec = spec;
    return result;
}

} // namespace godwit
