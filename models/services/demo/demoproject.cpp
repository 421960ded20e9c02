#include "demoproject.h"

#include "database/executor.h"
#include "migrations/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

namespace godwit {

namespace {
// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoProject)
};

constexpr auto appliedOnFirstRun = "000007";
} // namespace

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/godwit";
}

DemoSetup ensureDemoProject(const QString &dataDir)
{
    DemoSetup setup;
    setup.projectDir = dataDir + u"/demo";
    const QDir target(setup.projectDir);
    QDirIterator it(QStringLiteral(":/demo"), QDir::Files, QDirIterator::Subdirectories);
    bool any = false;
    while (it.hasNext()) {
        const QString source = it.next();
        any = true;
        const QString path = target.filePath(source.mid(QStringLiteral(":/demo/").size()));
        if (QFile::exists(path))
            continue;
        if (!QDir().mkpath(QFileInfo(path).path()) || !QFile::copy(source, path)) {
            setup.error = Text::tr("cannot create the demo project at %1").arg(path);
            return setup;
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    if (!any) {
        setup.error = Text::tr("this build carries no demo project");
        return setup;
    }

    const ProjectLoad load = loadProject(setup.projectDir);
    if (!load.project) {
        setup.error = load.error;
        return setup;
    }
    // Every SQLite profile (local, staging, production) starts at the same revision, so that
    // a deployment's staging dry run plans what the target will run.
    const Project &project = *load.project;
    const MigrationSource source = discoverMigrations(project.migrationsDir, {project.format, {}, Dialect::SQLite});
    for (const Profile &profile : project.profiles) {
        const ConnectionSpecParse spec = connectionFromProfile(profile, project.directory);
        if (!spec.spec || spec.spec->dialect != Dialect::SQLite || QFile::exists(spec.spec->path))
            continue;
        auto open = Connection::open(*spec.spec, Connection::Mode::ReadWrite, {project.busyTimeoutMs});
        if (!open.connection) {
            setup.error = open.error.text();
            return setup;
        }
        const Plan plan = makePlan(source, computeStatus(source, {}),
                                   {Direction::Up, QString::fromLatin1(appliedOnFirstRun), {}, false});
        const ExecutionReport report = Executor(*open.connection, project.migrationsDir).run(plan);
        if (!report.ok || !plan.ok()) {
            setup.error = Text::tr("cannot build the demo database: %1")
                              .arg((plan.ok() ? report.steps.constLast().message : plan.error).text());
            return setup;
        }
        if (profile.name == project.defaultProfile)
            setup.created = true;
    }
    return setup;
}

} // namespace godwit
