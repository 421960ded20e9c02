#include "lintrun.h"

#include "database/historystore.h"
#include "lint/datachecks.h"
#include "migrations/graphformats.h"
#include "plan/status.h"
#include "reversibility.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(LintRun)
};

void collect(LintRun &run, const QList<LintResult> &results)
{
    for (const LintResult &r : results) {
        if (r.error)
            run.unsplittable << *r.error;
        run.findings << r.findings;
    }
}

// The files given, in that order (narrowing follows that order).
QList<LintResult> lintFiles(const QStringList &files, Dialect dialect, const LintConfig &config, LintRun &run)
{
    QList<LintResult> results;
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile()) {
            run.failure = LintFailure::Input;
            run.error = Text::tr("%1: no such file").arg(file);
            return {};
        }
        results << lintFile(QFileInfo(file).absoluteFilePath(), dialect, config);
    }
    markNarrowing(results, config);
    return results;
}

// The folder's migrations, or only the target's pending ones.
std::optional<QList<Migration>> migrationsToLint(const Workspace &workspace, bool pending, LintRun &run)
{
    const MigrationSource source = readProjectFolder(workspace.project, workspace.target.dialect);
    if (!pending)
        return source.migrations;
    HistoryWants wants = historyWants(workspace.project);
    wants.findPeers = false;
    const HistoryRead history = readHistory(workspace.target, workspace.connect, wants);
    if (!history.error.isEmpty()) {
        run.failure = LintFailure::Target;
        run.error = history.error.text();
        return std::nullopt;
    }
    QList<Migration> migrations;
    for (const StatusEntry &e : computeStatus(source, historyOfFolder(source, history.entries, history.alembicHeads, history.adopted))) {
        if (e.migration && (e.state == MigrationState::Pending || e.state == MigrationState::OutOfOrder))
            migrations << *e.migration;
    }
    return migrations;
}

} // namespace

Finding unsplittableFinding(const SqlError &error)
{
    Finding f;
    f.severity = Severity::Error;
    f.location = error.location;
    f.statement = error.excerpt;
    // A split error points into the text; one without an excerpt is about the file itself
    // (it cannot be read, or it changed after the folder was read).
    if (error.excerpt.isEmpty()) {
        f.rule = u"script-not-read"_s;
        f.message = Message(error.message);
        f.why = Text::msg("Godwit can neither run nor check a script it cannot read as the folder listed it");
        f.recipe = Text::msg("read the folder again (Refresh); if the file is gone or unreadable, restore it");
        return f;
    }
    f.rule = u"unsplittable"_s;
    f.message = Text::msg("does not split into statements: %1").arg(Message(error.message));
    f.why = Text::msg("Godwit runs nothing of a script that does not split, and can check nothing else in it");
    f.recipe = Text::msg("close what the excerpt points at: a string, a quoted name, a comment or a dollar quote");
    return f;
}

QList<Finding> lintEdited(const Migration &migration, const QString &upText, Dialect dialect, const LintConfig &config)
{
    const LintResult result = lintMigration(migration, dialect, config, upText);
    QList<Finding> findings = result.findings;
    if (result.error)
        findings << unsplittableFinding(*result.error);
    return findings;
}

LintRun lintWithSettings(const Workspace &workspace, const QList<Migration> &migrations, Connection *target)
{
    LintRun run;
    const LintConfigLoad config = lintConfig(workspace.project, target);
    if (!config.config) {
        run.failure = LintFailure::Input;
        run.error = config.error;
        return run;
    }
    collect(run, lintMigrations(migrations, workspace.target.dialect, *config.config));
    run.config = config.config;
    return run;
}

LintRun runLint(const Workspace &workspace, const LintRequest &request, CancelToken &cancel, const JobProgress &progress)
{
    LintRun run;
    std::unique_ptr<Connection> target;
    if (request.readTarget) {
        auto open = Connection::open(workspace.target, Connection::Mode::ReadOnly, workspace.connect);
        target = std::move(open.connection);
        if (!target && !open.databaseMissing)
            run.dataChecksSkipped = open.error.text();
    }
    LintConfigLoad config = lintConfig(workspace.project, target.get());
    if (!config.config) {
        run.failure = LintFailure::Input;
        run.error = config.error;
        return run;
    }
    if (request.serverVersion)
        config.config->server = request.serverVersion;
    if (!request.files.isEmpty()) {
        collect(run, lintFiles(request.files, workspace.target.dialect, *config.config, run));
    } else if (const auto migrations = migrationsToLint(workspace, request.pending, run)) {
        collect(run, lintMigrations(*migrations, workspace.target.dialect, *config.config));
    }
    if (run.failure != LintFailure::None)
        return run;
    if (request.reversible) {
        for (Finding f : reversibilityFindings(workspace, cancel, progress)) {
            if (const auto severity = config.config->severityOf(f.rule, f.severity)) {
                f.severity = *severity;
                run.findings << f;
            }
        }
    }
    if (target)
        addDataEvidence(run.findings, *target);
    return run;
}

} // namespace godwit
