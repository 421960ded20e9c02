#pragma once

#include "peertool.h"
#include "migration.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace godwit {

/*! What a profile's database is for. Production is held by the production gate and its
    dry runs never lock live tables. */
enum class Environment { Development, Staging, Production };

/*! The id written in godwit.json, in deployment records and in machine output, and shown
    as the profile's tag: "development", "staging", "production". */
QString environmentId(Environment environment);
std::optional<Environment> environmentFromId(const QString &id);
/*! Every id, in order. */
QStringList environmentIds();

/*! A named connection without its secret. Paths of SQLite files are relative to the
    project folder. */
struct Profile
{
    QString name;
    QString driver; ///< "sqlite", "postgresql", "mysql"
    QString path;   ///< SQLite file
    QString host;
    int port = 0;
    QString database;
    QString user;
    QMap<QString, QString> options; ///< TLS and driver options, passed through
    Environment environment = Environment::Development;
    QString socket; ///< a Unix socket (MySQL) or socket folder (PostgreSQL), instead of host
};

/*! godwit.json: where the migrations are, their format and naming, the profiles. */
struct Project
{
    QString directory;       ///< the folder holding godwit.json (or the migrations)
    QString migrationsDir;   ///< absolute
    Format format = Format::Unknown;
    QString namingPattern;
    /*! "order": "name": migrations run in the order of their whole file names, as runners
        such as knex, node-pg-migrate and maragudk/migrate do; the history key is the name. */
    bool orderByName = false;
    QString defaultProfile;
    QMap<QString, Profile> profiles;
    int busyTimeoutMs = 10000;
    /*! Session settings for server targets (README.md, "Migration folders"): durations as PostgreSQL writes
        them ("5s", "500ms", "10min"; a bare number is milliseconds), the schema as a
        search_path. Empty: the server's default. */
    QString lockTimeout;
    QString statementTimeout;
    QString schema;
    int runLockTimeoutSeconds = 60;
    bool hasProjectFile = false;
    /*! godwit.json's "checklist" key as written; deployment/checklist reads it. */
    QJsonObject checklist;
    /*! godwit.json's "lint" key as written; lint/linter reads it. */
    QJsonObject lint;
    /*! godwit.json's "history": the table of the tool whose history this project adopts
        (read as the past; Godwit records what it applies in its own history). */
    std::optional<PeerTableSpec> adopt;

    const Profile *profile(const QString &name) const;
};

struct ProjectLoad
{
    std::optional<Project> project;
    QString error; ///< names godwit.json and the line and column of what is wrong
};

/*! Reads DIR/godwit.json; a folder without one is a project with the format detected, of
    the migrations in DIR itself when it holds .sql files, else in the first of migrations/,
    db/migrations/ and prisma/migrations/ that DIR has. */
ProjectLoad loadProject(const QString &directory);

/*! A new project in directory (made if need be): its migrations/ folder and a godwit.json
    naming it and format (none: detected from the files). Refused where a godwit.json is.
    Empty on success, else why. */
QString createProject(const QString &directory, Format format);

/*! Writes the profiles (and the default one) into directory/godwit.json, keeping every
    other key of the file as it is; creates the file when there is none. A profile has no
    password field: none can reach the file. Empty on success, else the file and why. */
QString saveProfiles(const QString &directory, const QMap<QString, Profile> &profiles, const QString &defaultProfile);

/*! Writes godwit.json's "history" so that the project adopts spec's table, keeping every
    other key; creates the file when there is none. Empty on success, else the file and why. */
QString saveAdoption(const QString &directory, const PeerTableSpec &spec);

/*! spec with its sqitch project filled in: the %project of the plan in migrationsDir, whose
    rows of sqitch's registry are the folder's (PeerTableSpec::project). Other tools' as given. */
PeerTableSpec withFolderProject(PeerTableSpec spec, const QString &migrationsDir);

} // namespace godwit
