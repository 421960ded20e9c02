#include "connectionspec.h"

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

ConnectionSpecParse parseConnectionUrl(const QString &url, const QString &baseDir)
{
    ConnectionSpecParse result;
    ConnectionSpec spec;
    if (url.startsWith(u"sqlite:")) {
        QString path = url.mid(7);
        if (path.startsWith(u"//"))
            path = path.mid(2); // sqlite://relative or sqlite:///absolute
        if (path.isEmpty()) {
            result.error = Text::tr("%1: the URL names no database file").arg(url);
            return result;
        }
        spec.dialect = Dialect::SQLite;
        spec.path = QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
        result.spec = spec;
        return result;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    const auto dialect = dialectFromName(parsed.scheme());
    if (!parsed.isValid() || !dialect || *dialect == Dialect::SQLite) {
        result.error = Text::tr("%1: not a connection URL (sqlite:PATH, postgres://user@host:port/db, "
                          "mysql://user@host:port/db, mariadb://…)").arg(url);
        return result;
    }
    if (!parsed.password().isEmpty()) {
        result.error = Text::tr("the URL holds a password; give it in GODWIT_PASSWORD (or PGPASSWORD / MYSQL_PWD) "
                          "or at the prompt, never on the command line");
        return result;
    }
    spec.dialect = *dialect;
    spec.host = parsed.host();
    spec.port = parsed.port(*dialect == Dialect::PostgreSQL ? 5432 : 3306);
    spec.user = parsed.userName();
    spec.database = parsed.path().mid(1);
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        spec.options.insert(key, value);
    result.spec = spec;
    return result;
}

ConnectionSpecParse connectionFromProfile(const Profile &profile, const QString &projectDir)
{
    ConnectionSpecParse result;
    const auto dialect = dialectFromName(profile.driver);
    if (!dialect) {
        result.error = Text::tr("profile \"%1\": unknown driver \"%2\"").arg(profile.name, profile.driver);
        return result;
    }
    ConnectionSpec spec;
    spec.dialect = *dialect;
    spec.profileName = profile.name;
    if (spec.dialect == Dialect::SQLite) {
        if (profile.path.isEmpty()) {
            result.error = Text::tr("profile \"%1\": a SQLite profile needs a \"path\"").arg(profile.name);
            return result;
        }
        spec.path = QDir::cleanPath(QDir(projectDir).absoluteFilePath(profile.path));
    } else {
        spec.host = profile.host;
        spec.port = profile.port ? profile.port : (spec.dialect == Dialect::PostgreSQL ? 5432 : 3306);
        spec.database = profile.database;
        spec.user = profile.user;
        spec.options = profile.options;
    }
    result.spec = spec;
    return result;
}

} // namespace godwit
