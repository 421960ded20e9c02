#include "projectfile.h"

#include "sql/sourcetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

} // namespace

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
    project.migrationsDir = project.directory;

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
    const std::optional<QJsonObject> document = SourceText(path, file.readAll()).jsonObject(&load.error);
    if (!document)
        return load;
    project.hasProjectFile = true;
    const QJsonObject &root = *document;
    auto invalid = [&](const QString &what) {
        load.error = Text::tr("%1: %2").arg(path, what);
        return load;
    };

    if (const QString folder = root.value(u"migrations").toString(); !folder.isEmpty())
        project.migrationsDir = QDir::cleanPath(dir.absoluteFilePath(folder));
    if (const QString format = root.value(u"format").toString(); !format.isEmpty() && format != u"auto") {
        const auto parsed = formatFromId(format);
        if (!parsed)
            return invalid(Text::tr("unknown format \"%1\"").arg(format));
        project.format = *parsed;
    }
    project.namingPattern = root.value(u"naming").toObject().value(u"pattern").toString();
    if (!project.namingPattern.isEmpty()) {
        const QRegularExpression re(project.namingPattern);
        if (!re.isValid())
            return invalid(Text::tr("naming.pattern: %1 at offset %2").arg(re.errorString()).arg(re.patternErrorOffset()));
        if (!re.namedCaptureGroups().contains(u"version"))
            return invalid(Text::tr("naming.pattern needs a named group \"version\""));
        if (project.format == Format::Unknown)
            project.format = Format::Custom;
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
        if (o.contains(u"password"))
            return invalid(Text::tr("profile \"%1\" holds a password; passwords belong in the keychain or "
                              "GODWIT_PASSWORD, never in godwit.json").arg(it.key()));
        Profile p;
        p.name = it.key();
        p.driver = o.value(u"driver").toString(QStringLiteral("sqlite"));
        p.path = o.value(u"path").toString();
        p.host = o.value(u"host").toString();
        p.port = o.value(u"port").toInt();
        p.database = o.value(u"database").toString();
        p.user = o.value(u"user").toString();
        p.environment = o.value(u"environment").toString(p.environment);
        const QJsonObject options = o.value(u"options").toObject();
        for (auto opt = options.constBegin(); opt != options.constEnd(); ++opt)
            p.options.insert(opt.key(), opt.value().toVariant().toString());
        project.profiles.insert(p.name, p);
    }
    project.checklist = root.value(u"checklist").toObject();
    project.lint = root.value(u"lint").toObject();
    project.defaultProfile = root.value(u"defaultProfile").toString();
    if (project.defaultProfile.isEmpty() && project.profiles.size() == 1)
        project.defaultProfile = project.profiles.firstKey();
    if (!project.defaultProfile.isEmpty() && !project.profiles.contains(project.defaultProfile))
        return invalid(Text::tr("defaultProfile \"%1\" is not among the profiles").arg(project.defaultProfile));
    load.project = project;
    return load;
}

QString saveProfiles(const QString &directory, const QMap<QString, Profile> &profiles, const QString &defaultProfile)
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
            return Text::tr("%1: %2; fix it before saving profiles").arg(path, error.errorString());
    }
    QJsonObject list;
    for (const Profile &p : profiles) {
        QJsonObject o{{QStringLiteral("driver"), p.driver}, {QStringLiteral("environment"), p.environment}};
        const auto text = [&o](const char *key, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        };
        text("path", p.path);
        text("host", p.host);
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
    root.insert(QStringLiteral("profiles"), list);
    if (defaultProfile.isEmpty())
        root.remove(QStringLiteral("defaultProfile"));
    else
        root.insert(QStringLiteral("defaultProfile"), defaultProfile);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !out.commit())
        return Text::tr("%1: %2").arg(path, out.errorString());
    return {};
}

} // namespace godwit
