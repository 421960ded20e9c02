#include "lintcommand.h"

#include "godwitversion.h"

#include "workbench/lintrun.h"

#include <QCoreApplication>
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

// The request the options make: nullopt after saying why they are wrong.
std::optional<LintRequest> lintRequest(const GlobalOptions &options, const LintOptions &lint, QTextStream &err)
{
    LintRequest request{lint.files, lint.pending, lint.reversible,
                        lint.pending || lint.reversible || !options.url.isEmpty() || !options.profile.isEmpty(), {}};
    if (!lint.serverVersion.isEmpty()) {
        request.serverVersion = ServerVersion::parse(lint.serverVersion);
        if (!request.serverVersion) {
            err << Text::tr("godwit-cli: --server-version \"%1\" is not a MySQL or MariaDB version such as \"mysql 8.0.35\" or "
                            "\"mariadb 10.11\"")
                       .arg(lint.serverVersion)
                << u'\n';
            return std::nullopt;
        }
    }
    return request;
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
    const int errors = counts.bySeverity.value(Severity::Error);
    const int warnings = counts.bySeverity.value(Severity::Warning);
    out << Text::tr("%1, %2, %3 info, %4 suppressed (%5)")
               .arg(pluralText(Text::tr("%n error(s)", nullptr, errors), errors),
                    pluralText(Text::tr("%n warning(s)", nullptr, warnings), warnings))
               .arg(counts.bySeverity.value(Severity::Info))
               .arg(counts.suppressed)
               .arg(dialectName(dialect))
        << u'\n';
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
    const std::optional<LintRequest> request = lintRequest(options, lint, err);
    if (!request || !chooseDialect(context, lint, err))
        return Exit::Usage;
    CancelToken cancel;
    const LintRun run = runLint(context, *request, cancel, [&err, &lint](int, int, const QString &what) {
        if (lint.format == u"text")
            err << what << u'\n' << Qt::flush;
    });
    if (!run.dataChecksSkipped.isEmpty())
        err << Text::tr("data-aware checks skipped: %1").arg(run.dataChecksSkipped) << u'\n';
    if (run.failure != LintFailure::None) {
        err << run.error << u'\n';
        return run.failure == LintFailure::Target ? Exit::Failed : Exit::Usage;
    }
    int exit = Exit::Ok;
    for (const SqlError &e : run.unsplittable) {
        err << e.toString() << u'\n';
        exit = Exit::Usage;
    }
    const QList<Finding> &findings = run.findings;
    const Counts counts = count(findings, lint.failOn);
    if (counts.reachFailOn && exit == Exit::Ok)
        exit = Exit::LintFindings;
    const Dialect dialect = context.target.dialect;
    if (lint.format == u"sarif")
        out << QJsonDocument(sarifLog(findings, QStringLiteral(GODWIT_VERSION))).toJson(QJsonDocument::Indented);
    else if (lint.format == u"json")
        writeJson(out, findings, counts, dialect);
    else
        writeText(out, findings, counts, dialect);
    return exit;
}

} // namespace godwit::cli
