#pragma once

#include "database/connection.h"
#include "migrations/discovery.h"
#include "migrations/projectfile.h"
#include "workbench/operations.h"

#include <QString>

namespace godwit::cli {

/*! Exit codes, as `godwit-cli --help` lists them. */
enum Exit { Ok = 0, Failed = 1, Usage = 2, LintFindings = 3, Refused = 4 };
/*! The code of an error that has none of its own: "failed", "usage", "refused". */
QString exitId(int exit);

struct GlobalOptions
{
    QString project;
    QString url;
    QString profile;
    bool json = false;
    bool demo = false;
    QString lockTimeout;      ///< per run, over godwit.json's settings
    QString statementTimeout;
    QString schema;
};

/*! What every command works on: the Workspace the window's jobs and the services take (the
    project, the target, the connect options, where the password lives once asked), with the
    migrations read for the target's dialect. */
struct Context : Workspace
{
    bool hasTarget = false;
    MigrationSource source;
};

struct ContextLoad
{
    std::optional<Context> context;
    QString error;
    Exit exit = Exit::Ok;
};

/*! Resolves --project/--demo and --url/--profile; the folder is not read yet. */
ContextLoad resolveContext(const GlobalOptions &options, bool needTarget = true);
/*! Reads the migrations folder for the target's dialect. */
void readFolder(Context &context);
/*! Both. */
ContextLoad loadContext(const GlobalOptions &options, bool needTarget = true);

} // namespace godwit::cli
