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

} // namespace

int lint(const GlobalOptions &options, const LintOptions &lint, QTextStream &out, QTextStream &err)
{
    ContextLoad load = resolveContext(options, lint.pending || lint.reversible);
    if (!load.context) {
        err << load.error << u'\n';
        return load.exit;
    }
    Context &context = *load.context;
    Dialect dialect = context.target.dialect;
    if (!lint.dialect.isEmpty()) {
        const auto parsed = dialectFromName(lint.dialect);
        if (!parsed) {
            err << Text::tr("godwit-cli: --dialect must be sqlite, postgresql or mysql") << u'\n';
            return Exit::Usage;
        }
        dialect = *parsed;
        context.target.dialect = dialect; // the folder's dialect variants follow it
    } else if (!context.hasTarget) {
        err << Text::tr("godwit-cli: lint needs a dialect: --dialect, a --profile, or defaultProfile in godwit.json") << u'\n';
        return Exit::Usage;
    }
    context.hasTarget = true;
    // With a target named (or --pending), what its data says: read-only queries.
    std::unique_ptr<Connection> target;
    if (lint.pending || lint.reversible || !options.url.isEmpty() || !options.profile.isEmpty()) {
        auto open = Connection::open(context.target, Connection::Mode::ReadOnly, context.connect);
        target = std::move(open.connection);
        if (!target && !open.databaseMissing)
            err << Text::tr("data-aware checks skipped: %1").arg(open.error) << u'\n';
    }
    LintConfigLoad config = lintConfig(context.project, target.get());
    if (!config.config) {
        err << config.error << u'\n';
        return Exit::Usage;
    }
    // --server-version over the target's VERSION() and godwit.json's lint.server.
    if (!lint.serverVersion.isEmpty()) {
        config.config->server = ServerVersion::parse(lint.serverVersion);
        if (!config.config->server) {
            err << Text::tr("godwit-cli: --server-version \"%1\" is not a MySQL or MariaDB version such as \"mysql 8.0.35\" or "
                      "\"mariadb 10.11\"")
                       .arg(lint.serverVersion)
                << u'\n';
            return Exit::Usage;
        }
    }

    QList<LintResult> results;
    if (!lint.files.isEmpty()) {
        for (const QString &file : lint.files) {
            if (!QFileInfo(file).isFile()) {
                err << Text::tr("%1: no such file").arg(file) << u'\n';
                return Exit::Usage;
            }
            results << lintFile(QFileInfo(file).absoluteFilePath(), dialect, *config.config);
        }
        markNarrowing(results, *config.config); // the files run in the order given
    } else {
        readFolder(context);
        QList<Migration> migrations = context.source.migrations;
        if (lint.pending) {
            const HistoryRead history = readHistory(context.target, context.connect);
            if (!history.error.isEmpty()) {
                err << history.error << u'\n';
                return Exit::Failed;
            }
            migrations.clear();
            for (const StatusEntry &e : computeStatus(context.source, history.entries)) {
                if (e.migration && (e.state == MigrationState::Pending || e.state == MigrationState::OutOfOrder))
                    migrations << *e.migration;
            }
        }
        results = lintMigrations(migrations, dialect, *config.config);
    }

    QList<Finding> findings;
    int exit = Exit::Ok;
    for (const LintResult &r : std::as_const(results)) {
        if (r.error) {
            err << r.error->toString() << u'\n';
            exit = Exit::Usage;
        }
        findings << r.findings;
    }
    if (lint.reversible) {
        CancelToken cancel;
        for (Finding f : reversibilityFindings(Workspace{context.project, context.target, context.connect}, cancel,
                                               [&err, &lint](int, int, const QString &what) {
                                                   if (lint.format == u"text")
                                                       err << what << u'\n' << Qt::flush;
                                               })) {
            if (const auto severity = config.config->severityOf(f.rule, f.severity)) {
                f.severity = *severity;
                findings << f;
            }
        }
    }
    if (target)
        addDataEvidence(findings, *target);
    QMap<Severity, int> counts;
    int suppressed = 0;
    for (const Finding &f : std::as_const(findings)) {
        if (f.suppressed) {
            ++suppressed;
            continue;
        }
        ++counts[f.severity];
        if (f.severity >= lint.failOn && exit == Exit::Ok)
            exit = Exit::LintFindings;
    }

    if (lint.format == u"sarif") {
        out << QJsonDocument(sarifLog(findings, QStringLiteral(GODWIT_VERSION))).toJson(QJsonDocument::Indented);
    } else if (lint.format == u"json") {
        QJsonArray list;
        for (const Finding &f : std::as_const(findings))
            list.append(f.toJson());
        const QJsonObject summary{{u"error"_s, counts.value(Severity::Error)},
                                  {u"warning"_s, counts.value(Severity::Warning)},
                                  {u"info"_s, counts.value(Severity::Info)},
                                  {u"suppressed"_s, suppressed}};
        out << QJsonDocument(QJsonObject{{u"dialect"_s, dialectName(dialect)}, {u"findings"_s, list}, {u"counts"_s, summary}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const Finding &f : std::as_const(findings)) {
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
                   .arg(counts.value(Severity::Error))
                   .arg(counts.value(Severity::Warning))
                   .arg(counts.value(Severity::Info))
                   .arg(suppressed)
                   .arg(dialectName(dialect))
            << u'\n';
    }
    return exit;
}

} // namespace godwit::cli
