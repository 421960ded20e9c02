#include "context.h"

#include "demo/demoproject.h"
#include "password.h"

#include <QCoreApplication>
#include <QDir>

namespace godwit::cli {

namespace {
// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

QString exitId(int exit)
{
    switch (exit) {
    case Exit::Failed:
        return QStringLiteral("failed");
    case Exit::Usage:
        return QStringLiteral("usage");
    case Exit::Refused:
        return QStringLiteral("refused");
    default:
        return {};
    }
}

ContextLoad loadContext(const GlobalOptions &options, bool needTarget)
{
    ContextLoad load = resolveContext(options, needTarget);
    if (load.context)
        readFolder(*load.context);
    return load;
}

void readFolder(Context &context)
{
    context.source = readProjectFolder(context.project, context.hasTarget ? std::optional(context.target.dialect)
                                                                          : std::nullopt);
}

ContextLoad resolveContext(const GlobalOptions &options, bool needTarget)
{
    ContextLoad load;
    QString projectDir = options.project.isEmpty() ? QDir::currentPath() : options.project;
    if (options.demo) {
        const DemoSetup demo = ensureDemoProject(defaultDataDir());
        if (!demo.error.isEmpty()) {
            load.error = demo.error;
            load.exit = Exit::Failed;
            return load;
        }
        projectDir = demo.projectDir;
    }
    ProjectLoad project = loadProject(projectDir);
    if (!project.project) {
        load.error = project.error;
        load.exit = Exit::Usage;
        return load;
    }
    Context context;
    context.project = *project.project;

    ConnectionSpecParse target;
    if (!options.url.isEmpty()) {
        target = parseConnectionUrl(options.url, QDir::currentPath());
    } else {
        const QString name = options.profile.isEmpty() ? context.project.defaultProfile : options.profile;
        if (const Profile *profile = context.project.profile(name)) {
            target = connectionFromProfile(*profile, context.project.directory);
        } else if (name.contains(u'=') || name.contains(u'@') || name.contains(u"://")) {
            // A connection string where a profile name belongs may hold a password: not echoed.
            target.error = Text::tr("no such profile in %1/godwit.json; what was given looks like a connection string "
                                    "and is not shown (it may hold a password)").arg(context.project.directory);
        } else if (!name.isEmpty()) {
            target.error = Text::tr("no profile \"%1\" in %2/godwit.json").arg(name, context.project.directory);
        } else if (needTarget) {
            target.error = Text::tr("no target: give --url sqlite:PATH or --profile NAME, or set defaultProfile in godwit.json");
        }
    }
    if (!target.error.isEmpty()) {
        load.error = target.error;
        load.exit = Exit::Usage;
        return load;
    }
    if (target.spec) {
        context.target = *target.spec;
        context.hasTarget = true;
        context.connect.busyTimeoutMs = context.project.busyTimeoutMs;
        context.connect.lockTimeout = options.lockTimeout.isEmpty() ? context.project.lockTimeout : options.lockTimeout;
        context.connect.statementTimeout =
            options.statementTimeout.isEmpty() ? context.project.statementTimeout : options.statementTimeout;
        context.connect.schema = options.schema.isEmpty() ? context.project.schema : options.schema;
        context.connect.historySchema = context.project.schema;
        context.connect.password = passwordFor(context.target, context.connect);
    }
    load.context = std::move(context);
    return load;
}

} // namespace godwit::cli
