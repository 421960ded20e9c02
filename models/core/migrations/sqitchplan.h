#pragma once

#include "migration.h"

#include "sql/dialect.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace godwit {

/*! A sqitch project (https://sqitch.org) read the way sqitch 1.3 reads it: sqitch.conf for
    the engine and the folders, sqitch.plan for the changes in deploy order. Nothing here
    runs a script; the caller decides which of the script files must exist. */

/*! One entry of a change's [ … ] list. */
struct SqitchDependency
{
    QString project; ///< "proj" of proj:change as written; empty when none is (the plan's own)
    QString change;  ///< empty for a bare @tag or an ID
    QString tag;     ///< "tag" of change@tag or @tag, without the "@"
    QString id;      ///< a change ID (40 hex digits) instead of a name
    bool conflict = false; ///< written with "!"
    QString text;    ///< as written in the plan, "!" included
    int column = 0;  ///< where it is written on the change's line, from 1
};

/*! A tag line: "@name timestamp planner <email> # note". */
struct SqitchTag
{
    QString name; ///< without the "@"
    QString note;
    QString plannerName;
    QString plannerEmail;
    QDateTime planned; ///< UTC
    int line = 0;
};

struct SqitchChange
{
    QString name;
    /*! The name, or for an earlier instance of a reworked change name@TAG as sqitch itself
        names it (format_tag_qualified_name): its own first tag, else the first tag of the last
        tagged change before the rework. Its scripts are not always name@TAG.sql: see
        parseSqitchPlan(). */
    QString key;
    bool deploy = true; ///< false for the old plan syntax "-name" (sqitch's "revert" event)
    QList<SqitchDependency> requirements; ///< sqitch's "requires" (a C++20 keyword)
    QList<SqitchDependency> conflicts;
    QString note;
    QString plannerName;
    QString plannerEmail;
    QDateTime planned; ///< UTC
    int line = 0;      ///< in the plan file, from 1
    QString deployPath; ///< the script files sqitch would use, whether they exist or not
    QString revertPath;
    QString verifyPath;
    QList<SqitchTag> tags; ///< the tags placed right after it
};

/*! Where a project's scripts live: sqitch.conf's *_dir and extension settings, made
    absolute. reworked* hold the scripts of earlier instances of reworked changes. */
struct SqitchLayout
{
    QString deployDir, revertDir, verifyDir;
    QString reworkedDeployDir, reworkedRevertDir, reworkedVerifyDir;
    QString extension = QStringLiteral("sql");

    /*! sqitch's defaults: deploy/, revert/ and verify/ under topDir, reworked ones too. */
    static SqitchLayout under(const QString &topDir);
};

struct SqitchProject
{
    QString folder;   ///< where sqitch.conf is: sqitch's working directory
    QString planPath;
    QString project;  ///< %project
    QString uri;      ///< %uri, empty when not given
    QString engine;   ///< as sqitch names it: "pg", "sqlite", "mysql", "oracle", …
    /*! user.name and user.email as the project's sqitch.conf sets them; empty when it does
        not (sqitchUser() looks further). */
    QString userName, userEmail;
    QString registry; ///< sqitch.conf's registry setting; empty: sqitch's default, "sqitch"
    std::optional<Dialect> dialect; ///< none for an engine Godwit does not run
    QList<SqitchChange> changes;    ///< in plan order, as far as the plan could be read
    /*! Any Error means sqitch would refuse the plan (and the changes list stops there). */
    QList<FolderProblem> problems;
};

/*! Who deploys, as sqitch names the committer of its registry rows. */
struct SqitchUser
{
    QString name;
    QString email;
};
/*! As App::Sqitch finds it: $SQITCH_FULLNAME / $SQITCH_EMAIL, the project's sqitch.conf, the
    user's ($SQITCH_USER_CONFIG, else ~/.sqitch/sqitch.conf), $SQITCH_ORIG_*, then the
    system's user (and user@host). Reads the user's file: call it when writing, not reading. */
SqitchUser sqitchUser(const SqitchProject &project);

/*! The engine's dialect: pg and cockroach (sqitch's cockroach engine is its pg engine, and
    CockroachDB speaks PostgreSQL) → PostgreSQL, sqlite → SQLite, mysql → MySQL. Oracle,
    Snowflake, Vertica, Exasol and Firebird have no dialect in Godwit: nullopt. */
std::optional<Dialect> dialectOfSqitchEngine(const QString &engine);

/*! Reads folder/sqitch.conf and the plan it names (folder/sqitch.plan by default).
    nullopt when the folder has neither sqitch.conf nor sqitch.plan. Only the project's own
    sqitch.conf is read, not the user's or the system's. */
enum class SqitchRead
{
    Whole,  ///< the plan's changes too
    Header, ///< its pragmas only (%project, %uri): no change is read
};
std::optional<SqitchProject> readSqitchProject(const QString &folder, SqitchRead what = SqitchRead::Whole);

/*! Parses plan text as sqitch does, syntax and dependency checks included; script paths
    follow layout (a reworked change's file is the first name@TAG that exists there, else
    the first candidate, as sqitch picks it). planPath is only named in problems. */
SqitchProject parseSqitchPlan(const QString &planPath, const QByteArray &plan, const SqitchLayout &layout);

} // namespace godwit
