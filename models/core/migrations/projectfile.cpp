#include "projectfile.h"

#include "graphformats.h"
#include "projectschema.h"
#include "sqitchplan.h"

#include "sql/jsontree.h"
#include "sql/sourcetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

// Without godwit.json: the folder itself when it holds SQL, else the first of the folders
// other tools put migrations in by default (golang-migrate's and goose's migrations/,
// dbmate's db/migrations/, Prisma's prisma/migrations/); a sqitch or Alembic project is read
// from its own folder.
QString conventionalMigrationsDir(const QDir &dir)
{
    if (!dir.entryList({QStringLiteral("*.sql")}, QDir::Files).isEmpty() || isGraphProject(dir.absolutePath()))
        return dir.absolutePath();
    for (const QString &sub : {QStringLiteral("migrations"), QStringLiteral("db/migrations"),
                               QStringLiteral("prisma/migrations")}) {
        if (QFileInfo(dir.filePath(sub)).isDir())
            return QDir(dir.filePath(sub)).absolutePath();
    }
    return dir.absolutePath();
}

} // namespace

QString environmentId(Environment environment)
{
    switch (environment) {
    case Environment::Development: return QStringLiteral("development");
    case Environment::Staging: return QStringLiteral("staging");
    case Environment::Production: return QStringLiteral("production");
    }
    return {};
}

std::optional<Environment> environmentFromId(const QString &id)
{
    for (const Environment e : {Environment::Development, Environment::Staging, Environment::Production}) {
        if (environmentId(e) == id)
            return e;
    }
    return std::nullopt;
}

QStringList environmentIds()
{
    return {environmentId(Environment::Development), environmentId(Environment::Staging),
            environmentId(Environment::Production)};
}

const Profile *Project::profile(const QString &name) const
{
    auto it = profiles.constFind(name);
    return it == profiles.cend() ? nullptr : &it.value();
}

ProjectLoad loadProject(const QString &directory)
{
    ProjectLoad load;
    const QDir dir(directory);
    if (!dir.exists()) {
        load.error = Text::tr("%1: no such folder").arg(directory);
        return load;
    }
    Project project;
    project.directory = dir.absolutePath();
    // Where the migrations are unless godwit.json says: the same with the file as without,
    // so that writing the first profile moves nothing.
    project.migrationsDir = conventionalMigrationsDir(dir);

    const QString path = dir.filePath(QStringLiteral("godwit.json"));
    QFile file(path);
    if (!file.exists()) {
        load.project = project;
        return load;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        load.error = Text::tr("%1: %2").arg(path, file.errorString());
        return load;
    }
    const SourceText source(path, file.readAll());
    const std::optional<QJsonObject> document = source.jsonObject(&load.error);
    if (!document) {
        load.error = load.error.section(u'\n', 0, 0); // no excerpt: the line may hold a password
        return load;
    }
    // What the schema refuses never reaches a connection: a typo, a string for a port, a
    // profile without its database would otherwise connect somewhere else.
    const std::optional<JsonNode> tree = scanJson(source.bytes(), source.bomLength());
    if (!tree) {
        load.error = source.locationAt(source.bomLength()).toString() + u": " + Text::tr("not JSON that Godwit can read");
        return load;
    }
    if (load.error = checkProjectFile(source, *tree); !load.error.isEmpty())
        return load;
    project.hasProjectFile = true;
    const QJsonObject &root = *document;

    if (const QString folder = root.value(u"migrations").toString(); !folder.isEmpty())
        project.migrationsDir = QDir::cleanPath(dir.absoluteFilePath(folder));
    if (const QString format = root.value(u"format").toString(); !format.isEmpty() && format != u"auto")
        project.format = *formatFromId(format);
    project.namingPattern = root.value(u"naming").toObject().value(u"pattern").toString();
    if (!project.namingPattern.isEmpty() && project.format == Format::Unknown)
        project.format = Format::Custom;
    project.orderByName = root.value(u"order").toString() == u"name";
    if (const QJsonObject history = root.value(u"history").toObject(); !history.isEmpty()) {
        PeerTableSpec spec = peerTableSpec(*peerToolFromId(history.value(u"adopt").toString()));
        spec.table = history.value(u"table").toString(spec.table);
        spec.column = history.value(u"column").toString();
        const QString value = history.value(u"value").toString();
        spec.value = value == u"stem" ? PeerValue::Stem : value == u"name" ? PeerValue::FileName : PeerValue::Version;
        spec.appliedAt = history.value(u"appliedAt").toString();
        spec.interop = history.value(u"mode").toString() == u"interop";
        project.adopt = withFolderProject(spec, project.migrationsDir);
    }
    const QJsonObject settings = root.value(u"settings").toObject();
    project.busyTimeoutMs = settings.value(u"busyTimeoutMs").toInt(project.busyTimeoutMs);
    project.lockTimeout = settings.value(u"lockTimeout").toString();
    project.statementTimeout = settings.value(u"statementTimeout").toString();
    project.schema = settings.value(u"schema").toString();
    project.runLockTimeoutSeconds = settings.value(u"runLockTimeoutSeconds").toInt(project.runLockTimeoutSeconds);

    const QJsonObject profiles = root.value(u"profiles").toObject();
    for (auto it = profiles.constBegin(); it != profiles.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        Profile p;
        p.name = it.key();
        p.driver = o.value(u"driver").toString();
        p.path = o.value(u"path").toString();
        p.host = o.value(u"host").toString();
        p.socket = o.value(u"socket").toString();
        p.port = o.value(u"port").toInt();
        p.database = o.value(u"database").toString();
        p.user = o.value(u"user").toString();
        p.environment = environmentFromId(o.value(u"environment").toString()).value_or(Environment::Development);
        const QJsonObject options = o.value(u"options").toObject();
        for (auto opt = options.constBegin(); opt != options.constEnd(); ++opt)
            p.options.insert(opt.key(), opt.value().toString());
        project.profiles.insert(p.name, p);
    }
    project.checklist = root.value(u"checklist").toObject();
    project.lint = root.value(u"lint").toObject();
    project.defaultProfile = root.value(u"defaultProfile").toString();
    if (project.defaultProfile.isEmpty() && project.profiles.size() == 1)
        project.defaultProfile = project.profiles.firstKey();
    load.project = project;
    return load;
}

namespace {

// godwit.json with change made to it, every other key kept as it is; refused (nothing
// written) when the result is not a file loading would accept.
QString updateProjectFile(const QString &directory, const std::function<void(QJsonObject &)> &change)
{
    const QString path = QDir(directory).filePath(QStringLiteral("godwit.json"));
    QJsonObject root;
    QFile in(path);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly))
            return Text::tr("%1: %2").arg(path, in.errorString());
        QJsonParseError error;
        root = QJsonDocument::fromJson(in.readAll(), &error).object();
        if (error.error != QJsonParseError::NoError)
            return Text::tr("%1: %2; fix it before saving").arg(path, error.errorString());
    }
    change(root);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    const SourceText written(path, bytes);
    if (const QString error = checkProjectFile(written, *scanJson(bytes)); !error.isEmpty())
        return Text::tr("%1\nnothing was saved").arg(error);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 || !out.commit())
        return Text::tr("%1: %2").arg(path, out.errorString());
    return {};
}

} // namespace

QString createProject(const QString &directory, Format format)
{
    const QDir dir(directory);
    if (QFileInfo::exists(dir.filePath(QStringLiteral("godwit.json"))))
        return Text::tr("%1 already holds a godwit.json: open it instead").arg(dir.absolutePath());
    if (!dir.mkpath(QStringLiteral("migrations")))
        return Text::tr("%1: cannot create the folder migrations").arg(dir.absolutePath());
    return updateProjectFile(directory, [&](QJsonObject &root) {
        root.insert(QStringLiteral("migrations"), QStringLiteral("migrations"));
        if (format != Format::Unknown)
            root.insert(QStringLiteral("format"), formatId(format));
    });
}

QString saveProfiles(const QString &directory, const QMap<QString, Profile> &profiles, const QString &defaultProfile)
{
    QJsonObject list;
    for (const Profile &p : profiles) {
        QJsonObject o{{QStringLiteral("driver"), p.driver}, {QStringLiteral("environment"), environmentId(p.environment)}};
        const auto text = [&o](const char *key, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        };
        text("path", p.path);
        text("host", p.host);
        text("socket", p.socket);
        text("database", p.database);
        text("user", p.user);
        if (p.port > 0)
            o.insert(QStringLiteral("port"), p.port);
        if (!p.options.isEmpty()) {
            QJsonObject options;
            for (auto it = p.options.cbegin(); it != p.options.cend(); ++it)
                options.insert(it.key(), it.value());
            o.insert(QStringLiteral("options"), options);
        }
        list.insert(p.name, o);
    }
    // The window writes nothing that loading would refuse: a profile without its database,
    // an option carrying a password.
    return updateProjectFile(directory, [&](QJsonObject &root) {
        root.insert(QStringLiteral("profiles"), list);
        if (defaultProfile.isEmpty())
            root.remove(QStringLiteral("defaultProfile"));
        else
            root.insert(QStringLiteral("defaultProfile"), defaultProfile);
    });
}

PeerTableSpec withFolderProject(PeerTableSpec spec, const QString &migrationsDir)
{
    if (spec.tool == PeerTool::Sqitch) {
        const std::optional<SqitchProject> plan = readSqitchProject(migrationsDir, SqitchRead::Header);
        spec.project = plan ? plan->project : QString();
    }
    return spec;
}

QString saveAdoption(const QString &directory, const PeerTableSpec &spec)
{
    QJsonObject history{{QStringLiteral("adopt"), peerToolId(spec.tool)}, {QStringLiteral("mode"), spec.interop ? QStringLiteral("interop") : QStringLiteral("adopt")}};
    if (spec.table != peerToolTable(spec.tool))
        history.insert(QStringLiteral("table"), spec.table);
    if (spec.tool == PeerTool::Custom) {
        history.insert(QStringLiteral("column"), spec.column);
        history.insert(QStringLiteral("value"), peerValueId(spec.value));
        if (!spec.appliedAt.isEmpty())
            history.insert(QStringLiteral("appliedAt"), spec.appliedAt);
    }
    return updateProjectFile(directory, [&](QJsonObject &root) { root.insert(QStringLiteral("history"), history); });
}

} // namespace godwit
