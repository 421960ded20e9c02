#include "lintcommand.h"

#include "godwitversion.h"

#include "database/status.h"
#include "lint/datachecks.h"
#include "lint/linter.h"
#include "lint/reversibility.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <future>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace godwit::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

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
            err << tr("godwit-cli: --dialect must be sqlite, postgresql or mysql") << u'\n';
            return Exit::Usage;
        }
        dialect = *parsed;
        context.target.dialect = dialect; // the folder's dialect variants follow it
    } else if (!context.hasTarget) {
        err << tr("godwit-cli: lint needs a dialect: --dialect, a --profile, or defaultProfile in godwit.json") << u'\n';
        return Exit::Usage;
    }
    context.hasTarget = true;
    const LintConfigLoad config = lintConfig(context.project);
    if (!config.config) {
        err << config.error << u'\n';
        return Exit::Usage;
    }

    QList<LintResult> results;
    if (!lint.files.isEmpty()) {
        for (const QString &file : lint.files) {
            if (!QFileInfo(file).isFile()) {
                err << tr("%1: no such file").arg(file) << u'\n';
                return Exit::Usage;
            }
            results << lintFile(QFileInfo(file).absoluteFilePath(), dialect, *config.config);
        }
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
        // Scripts are independent: one share of them per core.
        results.resize(migrations.size());
        const qsizetype workers = std::max<qsizetype>(1, std::min<qsizetype>(std::thread::hardware_concurrency(), 8));
        std::vector<std::future<void>> shares;
        for (qsizetype w = 0; w < workers; ++w) {
            shares.push_back(std::async(std::launch::async, [&, w] {
                for (qsizetype i = w; i < migrations.size(); i += workers)
                    results[i] = lintMigration(migrations.at(i), dialect, *config.config);
            }));
        }
        for (auto &share : shares)
            share.get();
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
        const LintConfigLoad project = lintConfig(context.project);
        for (Finding f : reversibilityFindings(Workspace{context.project, context.target, context.connect}, cancel,
                                               [&err, &lint](int, int, const QString &what) {
                                                   if (lint.format == u"text")
                                                       err << what << u'\n' << Qt::flush;
                                               })) {
            if (const auto severity = project.config->severityOf(f.rule, f.severity)) {
                f.severity = *severity;
                findings << f;
            }
        }
    }
    // With a target named (or --pending), what its data says: read-only queries.
    if (lint.pending || lint.reversible || !options.url.isEmpty() || !options.profile.isEmpty()) {
        auto open = Connection::open(context.target, Connection::Mode::ReadOnly, context.connect);
        if (open.connection)
            addDataEvidence(findings, *open.connection);
        else if (!open.databaseMissing)
            err << tr("data-aware checks skipped: %1").arg(open.error) << u'\n';
    }
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
            out << u"%1: %2 [%3] %4%5\n"_s.arg(f.location.toString(), severityId(f.severity), f.rule, f.message,
                                               f.suppressed ? tr(" (suppressed: %1)").arg(f.suppression) : QString());
            if (f.suppressed)
                continue;
            if (!f.data.isEmpty())
                out << u"    "_s << tr("data: %1").arg(f.data) << u'\n';
            out << u"    "_s << tr("why: %1").arg(f.why) << u'\n';
            out << u"    "_s << tr("instead: %1").arg(f.recipe) << u'\n';
        }
        out << tr("%1 errors, %2 warnings, %3 info, %4 suppressed (%5)")
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
