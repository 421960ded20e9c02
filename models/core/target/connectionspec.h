#pragma once

#include "migrations/projectfile.h"
#include "sql/dialect.h"

#include <QMap>
#include <QString>

#include <optional>

namespace godwit {

/*! Where a target database is, parsed from a URL (sqlite:PATH, postgres://user@host:port/db,
    mysql://…, mariadb://…) or a profile. Never holds a password. */
struct ConnectionSpec
{
    Dialect dialect = Dialect::SQLite;
    QString path; ///< SQLite file, absolute
    QString host;
    int port = 0;
    QString database;
    QString user;
    QMap<QString, QString> options;
    QString profileName;

    /*! For people and logs: the URL without any secret. */
    QString display() const;
};

struct ConnectionSpecParse
{
    std::optional<ConnectionSpec> spec;
    QString error;
};

/*! Parses a connection URL; relative SQLite paths are resolved against baseDir. A URL
    carrying a password is refused: passwords never travel on the command line. */
ConnectionSpecParse parseConnectionUrl(const QString &url, const QString &baseDir);
ConnectionSpecParse connectionFromProfile(const Profile &profile, const QString &projectDir);

} // namespace godwit
