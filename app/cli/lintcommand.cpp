#include "lintcommand.h"

#include "godwitversion.h"

#include "plan/status.h"
#include "lint/datachecks.h"
#include "lint/linter.h"
#include "workbench/reversibility.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>


using namespace Qt::StringLiterals;

namespace godwit::cli {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// What lint works on: the project and the target, its dialect decided; the target's
// connection for the data-aware checks; the configuration.
struct Linting
{
    Context context;
    std::unique_ptr<Connection> target;
    LintConfig config;
};

struct Counts
{
    QMap<Severity, int> bySeverity; ///< of the findings not suppressed
    int suppressed = 0;
    bool reachFailOn = false;
};

// --dialect over the target's; the folder's dialect variants follow it.
bool chooseDialect(Context &context, const LintOptions &lint, QTextStream &err)
{
    if (!lint.dialect.isEmpty()) {
        const auto parsed = dialectFromName(lint.dialect);
        if (!parsed) {
            err << Text::tr("godwit-cli: --dialect must be sqlite, postgresql or mysql") << u'\n';
            return false;
        }
        context.target.dialect = *parsed;
    } else if (!context.hasTarget) {
        err << Text::tr("godwit-cli: lint needs a dialect: --dialect, a --profile, or defaultProfile in godwit.json") << u'\n';
        return false;
    }
    context.hasTarget = true;
    return true;
}

std::optional<Linting> prepare(const GlobalOptions &options, const LintOptions &lint, QTextStream &err, int &exit)
{
    ContextLoad load = resolveContext(options, lint.pending || lint.reversible);
    if (!load.context) {
        err << load.error << u'\n';
        exit = load.exit;
        return std::nullopt;
    }
    Linting linting{std::move(*load.context), nullptr, {}};
    Context &context = linting.context;
    if (!chooseDialect(context, lint, err)) {
        exit = Exit::Usage;
        return std::nullopt;
    }
    // With a target named (or --pending), what its data says: read-only queries.
    if (lint.pending || lint.reversible || !options.url.isEmpty() || !options.profile.isEmpty()) {
        auto open = Connection::open(context.target, Connection::Mode::ReadOnly, context.connect);
        linting.target = std::move(open.connection);
        if (!linting.target && !open.databaseMissing)
            err << Text::tr("data-aware checks skipped: %1").arg(open.error) << u'\n';
    }
    LintConfigLoad config = lintConfig(context.project, linting.target.get());
    if (!config.config) {
        err << config.error << u'\n';
        exit = Exit::Usage;
        return std::nullopt;
    }
    linting.config = std::move(*config.config);
    // --server-version over the target's VERSION() and godwit.json's lint.server.
    if (!lint.serverVersion.isEmpty()) {
        linting.config.server = ServerVersion::parse(lint.serverVersion);
        if (!linting.config.server) {
            err << Text::tr("godwit-cli: --server-version \"%1\" is not a MySQL or MariaDB version such as \"mysql 8.0.35\" or "
                      "\"mariadb 10.11\"")
                       .arg(lint.serverVersion)
                << u'\n';
            exit = Exit::Usage;
            return std::nullopt;
        }
    }
    return linting;
}

// The files given, in that order, or the folder's migrations (--pending: the target's pending ones).
std::optional<QList<LintResult>> lintScripts(Linting &linting, const LintOptions &lint, QTextStream &err, int &exit)
{
    Context &context = linting.context;
    if (!lint.files.isEmpty()) {
        QList<LintResult> results;
        for (const QString &file : lint.files) {
            if (!QFileInfo(file).isFile()) {
                err << Text::tr("%1: no such file").arg(file) << u'\n';
                exit = Exit::Usage;
                return std::nullopt;
            }
            results << lintFile(QFileInfo(file).absoluteFilePath(), context.target.dialect, linting.config);
        }
        markNarrowing(results, linting.config); // the files run in the order given
        return results;
    }
    readFolder(context);
    QList<Migration> migrations = context.source.migrations;
    if (lint.pending) {
        const HistoryRead history = readHistory(context.target, context.connect);
        if (!history.error.isEmpty()) {
            err << history.error << u'\n';
            exit = Exit::Failed;
            return std::nullopt;
        }
        migrations.clear();
        for (const StatusEntry &e : computeStatus(context.source, history.entries)) {
            if (e.migration && (e.state == MigrationState::Pending || e.state == MigrationState::OutOfOrder))
                migrations << *e.migration;
        }
    }
    return lintMigrations(migrations, context.target.dialect, linting.config);
}

// The scripts' findings (a script that does not split is named, and lint exits 2), the
// reversibility check's, and the target's data as their evidence.
QList<Finding> findingsOf(const Linting &linting, const QList<LintResult> &results, const LintOptions &lint,
                          QTextStream &err, int &exit)
{
    QList<Finding> findings;
    for (const LintResult &r : results) {
        if (r.error) {
            err << r.error->toString() << u'\n';
            exit = Exit::Usage;
        }
        findings << r.findings;
    }
    if (lint.reversible) {
        const Context &context = linting.context;
        CancelToken cancel;
        for (Finding f : reversibilityFindings(context, cancel,
                                               [&err, &lint](int, int, const QString &what) {
                                                   if (lint.format == u"text")
                                                       err << what << u'\n' << Qt::flush;
                                               })) {
            if (const auto severity = linting.config.severityOf(f.rule, f.severity)) {
                f.severity = *severity;
                findings << f;
            }
        }
    }
    if (linting.target)
        addDataEvidence(findings, *linting.target);
    return findings;
}

Counts count(const QList<Finding> &findings, Severity failOn)
{
    Counts counts;
    for (const Finding &f : findings) {
        if (f.suppressed) {
            ++counts.suppressed;
            continue;
        }
        ++counts.bySeverity[f.severity];
        counts.reachFailOn = counts.reachFailOn || f.severity >= failOn;
    }
    return counts;
}

void writeJson(QTextStream &out, const QList<Finding> &findings, const Counts &counts, Dialect dialect)
{
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(f.toJson());
    const QJsonObject summary{{u"error"_s, counts.bySeverity.value(Severity::Error)},
                              {u"warning"_s, counts.bySeverity.value(Severity::Warning)},
                              {u"info"_s, counts.bySeverity.value(Severity::Info)},
                              {u"suppressed"_s, counts.suppressed}};
    out << QJsonDocument(QJsonObject{{u"dialect"_s, dialectName(dialect)}, {u"findings"_s, list}, {u"counts"_s, summary}})
               .toJson(QJsonDocument::Indented);
}

void writeText(QTextStream &out, const QList<Finding> &findings, const Counts &counts, Dialect dialect)
{
    for (const Finding &f : findings) {
        out << u"%1: %2 [%3] %4%5\n"_s.arg(f.location.toString(), severityId(f.severity), f.rule, f.message.text(),
                                           f.suppressed ? Text::tr(" (suppressed: %1)").arg(f.suppression) : QString());
        if (f.suppressed)
            continue;
        if (!f.data.isEmpty())
            out << u"    "_s << Text::tr("data: %1").arg(f.data.text()) << u'\n';
        out << u"    "_s << Text::tr("why: %1").arg(f.why.text()) << u'\n';
        out << u"    "_s << Text::tr("instead: %1").arg(f.recipe.text()) << u'\n';
    }
    out << Text::tr("%1 errors, %2 warnings, %3 info, %4 suppressed (%5)")
               .arg(counts.bySeverity.value(Severity::Error))
               .arg(counts.bySeverity.value(Severity::Warning))
               .arg(counts.bySeverity.value(Severity::Info))
               .arg(counts.suppressed)
               .arg(dialectName(dialect))
        << u'\n';
}

} // namespace

int lint(const GlobalOptions &options, const LintOptions &lint, QTextStream &out, QTextStream &err)
{
    int exit = Exit::Ok;
    std::optional<Linting> linting = prepare(options, lint, err, exit);
    if (!linting)
        return exit;
    const std::optional<QList<LintResult>> results = lintScripts(*linting, lint, err, exit);
    if (!results)
        return exit;
    const QList<Finding> findings = findingsOf(*linting, *results, lint, err, exit);
    const Counts counts = count(findings, lint.failOn);
    if (counts.reachFailOn && exit == Exit::Ok)
        exit = Exit::LintFindings;
    const Dialect dialect = linting->context.target.dialect;
    if (lint.format == u"sarif")
        out << QJsonDocument(sarifLog(findings, QStringLiteral(GODWIT_VERSION))).toJson(QJsonDocument::Indented);
    else if (lint.format == u"json")
        writeJson(out, findings, counts, dialect);
    else
        writeText(out, findings, counts, dialect);
    return exit;
}

} // namespace godwit::cli
