#include "driveroptions.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DriverOptions)
};

} // namespace

bool namesSecret(const QString &key)
{
    const QString k = key.toLower();
    for (const char16_t *word : {u"password", u"passwd", u"pwd", u"secret", u"passphrase"}) {
        if (k.contains(QStringView(word)))
            return true;
    }
    return k == u"pass";
}

QStringList knownDriverOptions(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite: return {};
    case Dialect::PostgreSQL:
        // libpq keywords; QPSQL appends them to the connection string after its own.
        return {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("sslcrldir"),
                QStringLiteral("sslsni"), QStringLiteral("sslcompression"),
                QStringLiteral("ssl_min_protocol_version"), QStringLiteral("ssl_max_protocol_version"),
                QStringLiteral("gssencmode"), QStringLiteral("krbsrvname"), QStringLiteral("gsslib"),
                QStringLiteral("channel_binding"), QStringLiteral("requirepeer"), QStringLiteral("require_auth"),
                QStringLiteral("target_session_attrs"), QStringLiteral("tcp_user_timeout"),
                QStringLiteral("connect_timeout"), QStringLiteral("passfile")};
    case Dialect::MySQL: {
        // QMYSQL's own names (Qt 6.4); a name it does not know is echoed to stderr with its value.
        QStringList names{QStringLiteral("SSL_KEY"), QStringLiteral("SSL_CERT"), QStringLiteral("SSL_CA"),
                          QStringLiteral("SSL_CAPATH"), QStringLiteral("SSL_CIPHER"), QStringLiteral("UNIX_SOCKET"),
                          QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT"), QStringLiteral("MYSQL_OPT_READ_TIMEOUT"),
                          QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT")};
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
        names << QStringLiteral("MYSQL_OPT_SSL_MODE") << QStringLiteral("MYSQL_OPT_TLS_VERSION")
              << QStringLiteral("MYSQL_OPT_SSL_CRL") << QStringLiteral("MYSQL_OPT_SSL_CRLPATH");
#endif
        return names;
    }
    }
    return {};
}

QString secretRefusal()
{
    return Text::tr("holds a password; a password comes from the keychain (window), GODWIT_PASSWORD or the "
                    "engine's own variable (command line) or the prompt, never from a file or the command line");
}

QString driverOptionProblem(Dialect dialect, const QString &key, const QString &value)
{
    if (namesSecret(key))
        return secretRefusal();
    if (dialect == Dialect::SQLite)
        return Text::tr("a SQLite target takes no driver options");
    const QStringList known = knownDriverOptions(dialect);
    if (!known.contains(key))
        return Text::tr("not a driver option Godwit passes on (known: %1)").arg(known.join(QStringLiteral(", ")));
    if (value.isEmpty())
        return Text::tr("needs a value");
    for (const QChar c : value) {
        // The drivers join options with ';' (QMYSQL) or spaces (libpq): these would start
        // another option, a password or a different database among them.
        if (c.isSpace() || c.unicode() < 0x20 || c == u';' || c == u'\'' || c == u'"' || c == u'\\')
            return Text::tr("the value may not hold spaces, quotes, backslashes, ';' or control characters: "
                            "the driver would read them as further options");
    }
    return {};
}

} // namespace godwit
