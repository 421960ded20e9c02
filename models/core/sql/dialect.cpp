#include "dialect.h"

namespace godwit {

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite: return QStringLiteral("sqlite");
    case Dialect::PostgreSQL: return QStringLiteral("postgresql");
    case Dialect::MySQL: return QStringLiteral("mysql");
    }
    return {};
}

std::optional<Dialect> dialectFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"sqlite" || n == u"sqlite3")
        return Dialect::SQLite;
    if (n == u"postgres" || n == u"postgresql" || n == u"pg")
        return Dialect::PostgreSQL;
    if (n == u"mysql" || n == u"mariadb")
        return Dialect::MySQL;
    return std::nullopt;
}

QString quotedIdentifier(Dialect dialect, const QString &name)
{
    const QChar quote = dialect == Dialect::MySQL ? u'`' : u'"';
    QString quoted = name;
    quoted.replace(quote, QString(2, quote));
    return quote + quoted + quote;
}

QString qualifiedIdentifier(Dialect dialect, const QString &qualifier, const QString &name)
{
    const QString quotedName = quotedIdentifier(dialect, name);
    return qualifier.isEmpty() ? quotedName : quotedIdentifier(dialect, qualifier) + u'.' + quotedName;
}

} // namespace godwit
