// sqitch.conf (git-config syntax) and where it puts a project's plan and scripts, as
// App::Sqitch::Target 1.3 resolves them: each setting from target.<name>, then
// engine.<engine>, then core; paths relative to the folder sqitch runs in.
#include "sqitchplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSysInfo>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Sqitch)
};

using Config = QHash<QString, QString>; ///< "section.subsection.key" → the last value set

// A value after "=": quotes group, \" \\ \n \t \b are escapes, # and ; outside quotes start
// a comment, and blanks outside quotes at either end are dropped. Returns false when the
// value goes on past a backslash at the end of the line.
bool readValue(QStringView text, QString &value)
{
    bool quoted = false;
    qsizetype kept = value.size(); // blanks after this are trailing unless quoted later
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            if (i + 1 == text.size())
                return false;
            const QChar e = text.at(++i);
            value += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e == u'b' ? QChar(u'\b') : e;
            kept = value.size();
        } else if (c == u'"') {
            quoted = !quoted;
            kept = value.size();
        } else if (!quoted && (c == u'#' || c == u';')) {
            break;
        } else if (!quoted && c.isSpace()) {
            if (!value.isEmpty())
                value += c;
        } else {
            value += c;
            kept = value.size();
        }
    }
    value.truncate(kept);
    return true;
}

// "[engine "pg"]" → "engine.pg"; the old "[engine.pg]" form is the same. Returns the rest
// of the line, where git allows a first setting.
QStringView readSection(QStringView line, QString &section)
{
    const qsizetype close = line.indexOf(u']');
    const QStringView inside = line.mid(1, close < 0 ? -1 : close - 1).trimmed();
    const qsizetype quote = inside.indexOf(u'"');
    if (quote < 0) {
        section = inside.toString().toLower();
    } else {
        QString sub;
        readValue(inside.mid(quote), sub);
        section = inside.left(quote).trimmed().toString().toLower() + u'.' + sub;
    }
    return close < 0 ? QStringView() : line.mid(close + 1);
}

Config readConfig(const QByteArray &bytes)
{
    Config config;
    QString section, key, value;
    bool continued = false;
    for (const QString &raw : QString::fromUtf8(bytes).split(u'\n')) {
        QStringView line = QStringView(raw).trimmed();
        if (!continued) {
            if (line.startsWith(u'['))
                line = readSection(line, section).trimmed();
            if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
                continue;
            const qsizetype equals = line.indexOf(u'=');
            key = section + u'.' + line.left(equals).trimmed().toString().toLower();
            value.clear();
            line = equals < 0 ? QStringView(u"true") : line.mid(equals + 1);
        }
        continued = !readValue(line, value);
        if (!continued)
            config.insert(key, value);
    }
    return config;
}

// The user's configuration: $SQITCH_USER_CONFIG, else ~/.sqitch/sqitch.conf.
Config userConfig()
{
    QString path = qEnvironmentVariable("SQITCH_USER_CONFIG");
    if (path.isEmpty())
        path = QDir::home().filePath(QStringLiteral(".sqitch/sqitch.conf"));
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? readConfig(file.readAll()) : Config();
}

/*! URI::db's canonical engine names for the scheme of a db: URI. */
QString canonicalEngine(const QString &name)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("postgres"), QStringLiteral("pg")},
        {QStringLiteral("postgresql"), QStringLiteral("pg")},
        {QStringLiteral("pgsql"), QStringLiteral("pg")},
        {QStringLiteral("pgxc"), QStringLiteral("pg")},
        {QStringLiteral("postgresxc"), QStringLiteral("pg")},
        {QStringLiteral("sqlite3"), QStringLiteral("sqlite")},
        {QStringLiteral("maria"), QStringLiteral("mysql")},
        {QStringLiteral("mariadb"), QStringLiteral("mysql")},
        {QStringLiteral("cockroachdb"), QStringLiteral("cockroach")},
    };
    return aliases.value(name, name);
}

const QStringList &sqitchEngines()
{
    static const QStringList engines = {
        QStringLiteral("pg"),        QStringLiteral("sqlite"), QStringLiteral("mysql"),
        QStringLiteral("cockroach"), QStringLiteral("oracle"), QStringLiteral("snowflake"),
        QStringLiteral("vertica"),   QStringLiteral("exasol"), QStringLiteral("firebird")};
    return engines;
}

/*! Target.pm's lookups for one project. */
struct Settings
{
    Config config;
    QString engine;
    QString target;

    // Target.pm _fetch: Perl's "||", so an empty setting falls through to the next.
    QString fetch(const QString &key) const
    {
        for (const QString &full :
             QStringList{u"target." + target + u'.' + key, u"engine." + engine + u'.' + key, u"core." + key}) {
            const QString value = config.value(full);
            if (!value.isEmpty() && value != u"0")
                return value;
        }
        return {};
    }
};

// Target.pm BUILDARGS: the target is core.target, else engine.<engine>.target, else
// "db:<engine>:"; a target that is a name has its URI in target.<name>.uri, and a db: URI's
// scheme names the engine.
Settings settingsOf(Config config)
{
    Settings s;
    s.config = std::move(config);
    s.engine = s.config.value(QStringLiteral("core.engine")).trimmed();
    s.target = s.config.value(QStringLiteral("core.target"));
    if (s.target.isEmpty() && !s.engine.isEmpty())
        s.target = s.config.value(u"engine." + s.engine + u".target", u"db:" + s.engine + u':');
    const QString uri = s.target.contains(u':') ? s.target : s.config.value(u"target." + s.target + u".uri");
    if (uri.startsWith(u"db:") && uri.indexOf(u':', 3) > 3)
        s.engine = canonicalEngine(uri.mid(3, uri.indexOf(u':', 3) - 3));
    return s;
}

SqitchLayout layoutOf(const Settings &s, const QDir &folder)
{
    auto path = [&](const QString &key, const QString &otherwise) {
        const QString set = s.fetch(key);
        return QDir::cleanPath(folder.filePath(set.isEmpty() ? otherwise : set));
    };
    const QString top = path(QStringLiteral("top_dir"), QStringLiteral("."));
    const QString reworked = path(QStringLiteral("reworked_dir"), top);
    SqitchLayout layout;
    layout.deployDir = path(QStringLiteral("deploy_dir"), top + u"/deploy");
    layout.revertDir = path(QStringLiteral("revert_dir"), top + u"/revert");
    layout.verifyDir = path(QStringLiteral("verify_dir"), top + u"/verify");
    layout.reworkedDeployDir = path(QStringLiteral("reworked_deploy_dir"), reworked + u"/deploy");
    layout.reworkedRevertDir = path(QStringLiteral("reworked_revert_dir"), reworked + u"/revert");
    layout.reworkedVerifyDir = path(QStringLiteral("reworked_verify_dir"), reworked + u"/verify");
    const QString extension = s.fetch(QStringLiteral("extension"));
    if (!extension.isEmpty())
        layout.extension = extension;
    return layout;
}

FolderProblem problemOf(FolderProblem::Severity severity, FolderProblem::Kind kind, const Message &message,
                        const QString &file)
{
    return {severity, kind, message, {file}};
}

// What the engine means to Godwit, said once in problems.
void checkEngine(SqitchProject &project, const QString &confPath)
{
    using S = FolderProblem::Severity;
    using K = FolderProblem::Kind;
    if (project.engine.isEmpty())
        project.problems.append(
            problemOf(S::Warning, K::Plan,
                      Text::msg("no sqitch engine is set (core.engine in %1): the project's SQL dialect is not known")
                          .arg(confPath),
                      confPath));
    else if (!sqitchEngines().contains(project.engine))
        project.problems.append(problemOf(S::Error, K::Plan,
                                          Text::msg("%1: sqitch has no engine \"%2\"").arg(confPath, project.engine),
                                          confPath));
    else if (!project.dialect)
        project.problems.append(problemOf(S::Warning, K::Plan,
                                          Text::msg("the sqitch engine %1 is not one Godwit runs: the plan is shown, "
                                                    "not deployed")
                                              .arg(project.engine),
                                          confPath));
}

} // namespace

SqitchUser sqitchUser(const SqitchProject &project)
{
    // App::Sqitch's user_name and user_email: $SQITCH_FULLNAME, the configuration (the
    // project's over the user's), $SQITCH_ORIG_FULLNAME, then the system's user.
    const Config user = userConfig();
    const QString account = qEnvironmentVariable("USER", QStringLiteral("godwit"));
    auto firstOf = [](const std::initializer_list<QString> &values) {
        for (const QString &value : values) {
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    return {firstOf({qEnvironmentVariable("SQITCH_FULLNAME"), project.userName, user.value(QStringLiteral("user.name")),
                     qEnvironmentVariable("SQITCH_ORIG_FULLNAME"), account}),
            firstOf({qEnvironmentVariable("SQITCH_EMAIL"), project.userEmail, user.value(QStringLiteral("user.email")),
                     qEnvironmentVariable("SQITCH_ORIG_EMAIL"), account + u'@' + QSysInfo::machineHostName()})};
}

std::optional<Dialect> dialectOfSqitchEngine(const QString &engine)
{
    const QString canonical = canonicalEngine(engine);
    if (canonical == u"pg" || canonical == u"cockroach")
        return Dialect::PostgreSQL;
    if (canonical == u"sqlite")
        return Dialect::SQLite;
    if (canonical == u"mysql")
        return Dialect::MySQL;
    return std::nullopt;
}

std::optional<SqitchProject> readSqitchProject(const QString &folder, SqitchRead what)
{
    const QDir dir(folder);
    const QString confPath = dir.filePath(QStringLiteral("sqitch.conf"));
    const bool hasConf = QFileInfo::exists(confPath);
    if (!hasConf && !QFileInfo::exists(dir.filePath(QStringLiteral("sqitch.plan"))))
        return std::nullopt;
    using S = FolderProblem::Severity;
    using K = FolderProblem::Kind;
    QList<FolderProblem> problems;
    Config config;
    if (hasConf) {
        QFile conf(confPath);
        if (conf.open(QIODevice::ReadOnly))
            config = readConfig(conf.readAll());
        else
            problems.append(problemOf(S::Error, K::Unreadable,
                                      Text::msg("%1 cannot be read: %2").arg(confPath, conf.errorString()), confPath));
    }
    const Settings settings = settingsOf(std::move(config));
    const SqitchLayout layout = layoutOf(settings, dir);
    const QString planSetting = settings.fetch(QStringLiteral("plan_file"));
    const QString top = settings.fetch(QStringLiteral("top_dir"));
    const QString planPath = QDir::cleanPath(dir.filePath(
        planSetting.isEmpty() ? QDir(top.isEmpty() ? QStringLiteral(".") : top).filePath(QStringLiteral("sqitch.plan"))
                              : planSetting));
    QFile plan(planPath);
    SqitchProject project;
    if (plan.open(QIODevice::ReadOnly)) {
        QByteArray text;
        if (what == SqitchRead::Header) { // the pragmas end at the first blank line
            while (!plan.atEnd()) {
                const QByteArray line = plan.readLine();
                text += line;
                if (line.trimmed().isEmpty())
                    break;
            }
        } else {
            text = plan.readAll();
        }
        project = parseSqitchPlan(planPath, text, layout);
    } else {
        project.planPath = planPath;
        project.problems.append(problemOf(S::Error, K::Unreadable,
                                          Text::msg("the plan %1 cannot be read: %2").arg(planPath, plan.errorString()),
                                          planPath));
    }
    project.folder = QDir::cleanPath(dir.absolutePath());
    project.engine = settings.engine;
    project.registry = settings.fetch(QStringLiteral("registry"));
    project.userName = settings.config.value(QStringLiteral("user.name"));
    project.userEmail = settings.config.value(QStringLiteral("user.email"));
    project.dialect = dialectOfSqitchEngine(settings.engine);
    problems.append(project.problems);
    project.problems = problems;
    checkEngine(project, confPath);
    return project;
}

} // namespace godwit
