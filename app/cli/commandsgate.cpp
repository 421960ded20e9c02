// The commands' part in the production gate and in verify's checksums.
#include "commands.h"

#include "deployment/checks.h"
#include "deployment/deploymentedits.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace godwit::cli {

namespace {
// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

bool personAtTerminal()
{
    return ::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO);
}

bool confirmByTypedName(QTextStream &err, const QString &what, const QString &target, const QString &profile)
{
    err << Text::tr("%1 on %2, profile %3 (production). Type the profile's name to go on: ").arg(what, target, profile)
        << Qt::flush;
    QTextStream in(stdin);
    return in.readLine().trimmed() == profile;
}

QList<AuditEntry> runAuditEntries(const std::optional<AuditEntry> &passage, const PlanRequest &request,
                                  const QList<StatusEntry> &status)
{
    QList<AuditEntry> entries;
    if (passage)
        entries.append(*passage);
    const QList<Message> modified = modifiedMigrations(status);
    if (request.allowModified && request.direction == Direction::Up && !modified.isEmpty()) {
        // The audit log is machine output: in English.
        entries.append({u"allow-modified"_s, {}, Text::msg("run past applied scripts changed since they ran").english(),
                        passage ? passage->planId : QString(), u"ok"_s,
                        Text::msg("by %1: %2").arg(signerName(), Message::join(modified, u"; "_s)).english()});
    }
    return entries;
}

int Commands::passGate(const Loaded &loaded, GatedAction action, const QString &plan, const QString &what,
                       std::optional<AuditEntry> *passage)
{
    const Context &context = loaded.context;
    GateInput input = gateInputFor(action, context.project, context.target, plan);
    if (input.environment != Environment::Production)
        return Exit::Ok;
    input.overrideReason = m_overrideReason;
    input.personPresent = personAtTerminal();
    const GateDecision decision = productionGate(input);
    if (!decision.allowed)
        return fail(Text::msg("refused on production: %1").arg(decision.refusal), Exit::Refused, gateRefusalId(decision.code),
                    decision.remedies);
    if (decision.askTypedName && !confirmByTypedName(m_err, what, context.target.display(), input.profile))
        return fail(Text::tr("not confirmed: nothing was run"), Exit::Refused);
    const QString by = signerName();
    // An override of the deployment's own plan goes into its record as well.
    if (decision.overridden && action == GatedAction::Apply && input.deployment && input.deployment->plan == plan) {
        Deployment d = *input.deployment;
        QString error = overrideGate(d, signNow(by, m_overrideReason.trimmed()));
        if (error.isEmpty())
            error = saveDeployment(context.project.directory, d);
        if (!error.isEmpty())
            return fail(error, Exit::Failed);
    }
    *passage = gateAuditEntry(input, decision, by);
    return Exit::Ok;
}

int Commands::verifyChecksums()
{
    int exit = Exit::Ok;
    auto loaded = loadWithStatus(exit, std::nullopt);
    if (!loaded)
        return exit;
    QList<StatusProblem> problems;
    for (const StatusProblem &p : statusProblems(loaded->context.source, loaded->status, loaded->context.target.dialect)) {
        if (p.kind != StatusProblemKind::Failed && p.kind != StatusProblemKind::Unsplittable)
            problems.append(p);
    }
    const int applied = int(std::count_if(loaded->status.cbegin(), loaded->status.cend(),
                                          [](const StatusEntry &e) { return e.history.has_value(); }));
    m_report.checksums(loaded->context, problems, applied);
    return problems.isEmpty() ? Exit::Ok : Exit::Failed;
}

} // namespace godwit::cli
