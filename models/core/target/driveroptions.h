#pragma once

#include "sql/dialect.h"

#include <QString>
#include <QStringList>

namespace godwit {

/*! Whether a key names a secret (password, passwd, pwd, secret, passphrase…), wherever it is
    written: godwit.json, a URL's query. */
bool namesSecret(const QString &key);

/*! The driver options a profile's "options" or a URL's query may pass to the server's
    driver: TLS, timeouts, a socket. Nothing that moves the target (host, dbname, user,
    service) or carries a secret. */
QStringList knownDriverOptions(Dialect dialect);

/*! Empty when key=value may reach the driver; else why not, for after "where: ". Never
    quotes the value, which may be a secret put in the wrong place. */
QString driverOptionProblem(Dialect dialect, const QString &key, const QString &value);

/*! Why a secret is refused where it was found, for after "where: ". */
QString secretRefusal();

} // namespace godwit
