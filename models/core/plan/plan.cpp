#include "plan.h"

#include <QCryptographicHash>

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Plan)
};

QString describe(const StatusEntry &e)
{
    return e.version() + u' ' + e.description();
}

// The heading, then each line indented below it.
Message bulleted(const Message &heading, const QList<Message> &lines)
{
    return Message(u"%1\n  %2"_s).arg(heading, Message::join(lines, u"\n  "_s));
}

} // namespace

QString planErrorId(PlanError code)
{
    switch (code) {
    case PlanError::None: return {};
    case PlanError::FolderErrors: return u"folder-errors"_s;
    case PlanError::UnknownVersion: return u"unknown-version"_s;
    case PlanError::FailedMigration: return u"failed-migration"_s;
    case PlanError::Modified: return u"modified"_s;
    case PlanError::OutOfOrder: return u"out-of-order"_s;
    case PlanError::NoDownScript: return u"no-down-script"_s;
    case PlanError::Dependencies: return u"dependencies"_s;
    case PlanError::OtherTool: return u"other-tool"_s;
    }
    return {};
}

Message folderErrors(const MigrationSource &source)
{
    QList<Message> messages;
    for (const FolderProblem &p : source.problems) {
        if (p.severity == FolderProblem::Severity::Error)
            messages.append(p.message);
    }
    return messages.isEmpty() ? Message() : bulleted(Text::msg("the migrations folder has errors:"), messages);
}

namespace {

// The steps end before a code migration that is not applied yet: what follows may need it.
Message codeStop(const Migration &m)
{
    if (m.codePath.endsWith(u".py"))
        return Text::msg("%1 %2 is an Alembic revision (%3): Godwit does not run Python; apply it with "
                         "\"alembic upgrade\", then run up again")
            .arg(m.displayVersion(), m.description, m.codePath);
    return Text::msg("%1 %2 is a code migration, run by the application (%3): run the application's migrator, "
                     "then \"repair %4 --mark-applied\" and run up again; the steps stop before it")
        .arg(m.displayVersion(), m.description, m.codePath, m.displayVersion());
}

// A graph format's step needs what it requires applied or planned before it, and nothing
// it conflicts with (sqitch's [requires !conflicts]).
QList<Message> dependencyErrors(const QList<StatusEntry> &status, const QList<PlanStep> &steps)
{
    QSet<QString> present;
    for (const StatusEntry &e : status) {
        if (e.state == MigrationState::Applied || e.state == MigrationState::Modified)
            present.insert(e.key());
    }
    QList<Message> errors;
    for (const PlanStep &step : steps) {
        const Migration &m = step.migration;
        // "sqitch.plan:12: " when the plan names where it declares the change
        const QString at = m.declaredAt.line > 0 ? m.declaredAt.toString() + u": " : QString();
        for (const QString &parent : m.parents) {
            if (!present.contains(parent))
                errors.append(Text::msg("%1%2 requires %3, which is neither applied nor planned before it")
                                  .arg(at, m.key(), parent));
        }
        for (const QString &conflict : m.conflicts) {
            if (present.contains(conflict))
                errors.append(Text::msg("%1%2 conflicts with %3, which is applied or planned before it")
                                  .arg(at, m.key(), conflict));
        }
        present.insert(m.key());
    }
    return errors;
}

// Flyway's rule: on a database with no history, the newest baseline up to `to` runs in place
// of the versioned migrations up to its version; with any history, baselines are not used.
const Migration *chosenBaseline(const QList<StatusEntry> &status, const std::optional<Version> &to)
{
    const Migration *chosen = nullptr;
    for (const StatusEntry &e : status) {
        if (e.history && e.kind() != MigrationKind::Repeatable)
            return nullptr;
        if (e.kind() == MigrationKind::Baseline && e.migration && (!to || e.migration->version <= *to))
            chosen = &*e.migration;
    }
    return chosen;
}

// Up: pending versioned migrations in order (up to `to`), then repeatables that changed.
void planUp(Plan &plan, const QList<StatusEntry> &status, const std::optional<Version> &to, const PlanRequest &request)
{
    QList<Message> outOfOrder;
    const Migration *baseline = chosenBaseline(status, to);
    if (baseline)
        plan.steps.append({*baseline, Direction::Up});
    for (const StatusEntry &e : status) {
        if (e.kind() == MigrationKind::Repeatable || e.kind() == MigrationKind::Baseline || !e.migration)
            continue;
        if (baseline && e.migration->version <= baseline->version)
            continue;
        if (e.state != MigrationState::Pending && e.state != MigrationState::OutOfOrder)
            continue;
        if (to && *to < e.migration->version)
            continue;
        if (e.kind() == MigrationKind::Code) {
            plan.stop = codeStop(*e.migration);
            break;
        }
        if (e.state == MigrationState::OutOfOrder)
            outOfOrder.append(describe(e));
        plan.steps.append({*e.migration, Direction::Up});
    }
    if (const QList<Message> errors = dependencyErrors(status, plan.steps); !errors.isEmpty()) {
        plan.steps.clear();
        plan.code = PlanError::Dependencies;
        plan.error = bulleted(Text::msg("the plan's dependencies are not met:"), errors);
        return;
    }
    if (!outOfOrder.isEmpty() && !request.allowOutOfOrder) {
        plan.steps.clear();
        plan.code = PlanError::OutOfOrder;
        plan.error = bulleted(Text::msg("pending migrations are older than the newest applied one:"), outOfOrder);
        plan.remedy = {Remedy::AllowOutOfOrder, {}};
        return;
    }
    if (!to && plan.stop.isEmpty()) {
        for (const StatusEntry &e : status) {
            if (e.kind() == MigrationKind::Repeatable && e.migration && e.state == MigrationState::Pending)
                plan.steps.append({*e.migration, Direction::Up});
        }
    }
}

// Down: newest applied first, `to` excluded, or request.steps of them.
void planDown(Plan &plan, const QList<StatusEntry> &status, const std::optional<Version> &to, const PlanRequest &request)
{
    QList<const StatusEntry *> applied;
    for (const StatusEntry &e : status) {
        const bool byBaseline = e.kind() != MigrationKind::Baseline && e.history && e.history->kind == MigrationKind::Baseline;
        if (e.kind() != MigrationKind::Repeatable && !byBaseline
            && (e.state == MigrationState::Applied || e.state == MigrationState::Modified
                || e.state == MigrationState::Missing))
            applied.append(&e);
    }
    std::reverse(applied.begin(), applied.end());
    const bool namedFolder = std::any_of(status.cbegin(), status.cend(), [](const StatusEntry &e) {
        return e.migration && e.migration->version.isNamed();
    });
    QList<const StatusEntry *> chosen;
    if (to) {
        for (const StatusEntry *e : std::as_const(applied)) {
            // A history row whose key is no version (edited by hand) is never "above" V.
            // A name is above a number only for --to 0 over a folder of names (sqitch, "order":
            // "name"); a history key typed by hand is never above a version.
            const Version v = e->sortVersion();
            const bool zero = !to->isNamed() && to->canonical() == u"0";
            if ((to->isNamed() == v.isNamed() || (zero && (e->migration || namedFolder))) && *to < v)
                chosen.append(e);
        }
    } else {
        chosen = applied.mid(0, std::max(0, request.steps.value_or(1)));
    }
    QList<Message> withoutDown;
    QList<Message> theirs;
    for (const StatusEntry *e : std::as_const(chosen)) {
        // Adopted: Godwit could run the down but not take the row out of the other tool's
        // table, which would go on saying applied.
        if (e->history && !e->history->origin.isEmpty() && !request.otherToolWritten)
            theirs.append(Text::msg("%1 (recorded by %2)").arg(describe(*e), e->history->origin));
        else if (!e->migration)
            withoutDown.append(Message::join({describe(*e), Text::msg(" (its files are gone)")}, QString()));
        else if (e->migration->kind == MigrationKind::Code)
            withoutDown.append(Message::join({describe(*e), Text::msg(" (a code migration: the application rolls it back)")},
                                             QString()));
        else if (!e->migration->down)
            withoutDown.append(describe(*e));
        else
            plan.steps.append({*e->migration, Direction::Down});
    }
    if (!withoutDown.isEmpty()) {
        plan.steps.clear();
        plan.code = PlanError::NoDownScript;
        plan.error = bulleted(Text::msg("cannot roll back: these migrations have no down script:"), withoutDown);
    }
    if (!theirs.isEmpty()) {
        plan.steps.clear();
        plan.code = PlanError::OtherTool;
        plan.error = bulleted(Text::msg("cannot roll back: the adopted tool's table is all that records these, and Godwit "
                                        "does not write it (adopt mode); roll them back with that tool:"),
                              theirs);
    }
}

} // namespace

Plan makePlan(const MigrationSource &source, const QList<StatusEntry> &status, const PlanRequest &request)
{
    Plan plan;
    plan.error = folderErrors(source);
    if (!plan.ok()) {
        plan.code = PlanError::FolderErrors;
        return plan;
    }

    std::optional<Version> to;
    if (request.to) {
        to = targetVersion(status, *request.to);
        if (!to) {
            plan.code = PlanError::UnknownVersion;
            plan.error = Text::msg("there is no migration with version %1").arg(*request.to);
            return plan;
        }
    }

    QList<Message> failed;
    for (const StatusEntry &e : status) {
        if (e.state == MigrationState::Failed)
            failed.append(Message(u"%1: %2"_s).arg(describe(e), failureReason(*e.history)));
    }
    if (!failed.isEmpty()) {
        plan.code = PlanError::FailedMigration;
        plan.error = bulleted(Text::msg("a failed migration must be repaired first:"), failed);
        return plan;
    }
    const QList<Message> modified = modifiedMigrations(status);
    if (!modified.isEmpty() && request.direction == Direction::Up && !request.allowModified) {
        plan.code = PlanError::Modified;
        plan.error = bulleted(Text::msg("applied migrations changed since they ran (checksum differs):"),
                              modified);
        plan.remedy = {Remedy::AllowModified, {}};
        return plan;
    }
    if (!modified.isEmpty())
        plan.warnings.append(bulleted(Text::msg("applied migrations changed since they ran (checksum differs):"), modified));

    if (request.direction == Direction::Up)
        planUp(plan, status, to, request);
    else
        planDown(plan, status, to, request);
    return plan;
}

QList<Message> modifiedMigrations(const QList<StatusEntry> &status)
{
    QList<Message> modified;
    for (const StatusEntry &e : status) {
        if (e.state == MigrationState::Modified)
            modified.append(Text::msg("%1 (%2)").arg(describe(e), e.migration->file()));
    }
    return modified;
}

BaselinePlan planBaseline(const QList<StatusEntry> &status, const QString &to)
{
    BaselinePlan baseline;
    const std::optional<Version> version = targetVersion(status, to);
    if (!version) {
        baseline.error = Text::msg("%1 is not a version of the folder or the history").arg(to);
        return baseline;
    }
    QList<Message> failed;
    for (const StatusEntry &e : status) {
        const bool ordinary = e.kind() == MigrationKind::Versioned || e.kind() == MigrationKind::Code;
        if (!ordinary || *version < e.sortVersion())
            continue;
        if (e.state == MigrationState::Failed)
            failed.append(describe(e));
        else if (e.migration && (e.state == MigrationState::Pending || e.state == MigrationState::OutOfOrder))
            baseline.migrations.append(*e.migration);
    }
    if (!failed.isEmpty()) {
        baseline.error = bulleted(Text::msg("failed migrations up to %1: repair them first (godwit-cli repair)").arg(to), failed);
        baseline.migrations.clear();
    }
    return baseline;
}

LoadedScript loadStepScript(const PlanStep &step, Dialect dialect)
{
    const Script &script = step.direction == Direction::Up ? *step.migration.up : *step.migration.down;
    LoadedScript loaded = loadScript(script, dialect);
    // sqitch's verify runs after the deploy, in its transaction: a failing verify fails the step.
    if (step.direction == Direction::Up && step.migration.verify && loaded.split.ok()) {
        LoadedScript verify = loadScript(*step.migration.verify, dialect);
        unwrapOwnTransaction(verify, true);
        if (verify.split.ok())
            loaded.split.statements.append(verify.split.statements);
        else
            loaded.split = verify.split;
    }
    return loaded;
}

PlanScripts loadPlanScripts(const Plan &plan, Dialect dialect)
{
    PlanScripts scripts;
    QList<Message> errors;
    for (const PlanStep &step : plan.steps) {
        scripts.loaded.append(loadStepScript(step, dialect));
        if (const std::optional<SqlError> &error = scripts.loaded.constLast().split.error)
            errors.append(error->toString());
    }
    if (!errors.isEmpty())
        scripts.error = bulleted(Text::msg("%n script(s) of the plan cannot run, so nothing was run:", nullptr, int(errors.size())),
                                 errors);
    return scripts;
}

void describeScripts(Plan &plan, const PlanScripts &scripts)
{
    for (qsizetype i = 0; i < plan.steps.size() && i < scripts.loaded.size(); ++i) {
        if (!scripts.loaded.at(i).selfWrapped)
            continue;
        const Migration &m = plan.steps.at(i).migration;
        plan.notes.append(Text::msg("%1 %2 wraps itself in BEGIN … COMMIT: its statements run in Godwit's transaction, "
                                    "with the history row")
                              .arg(m.displayVersion(), m.description));
    }
}

QString planFingerprint(const Plan &plan)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const PlanStep &step : plan.steps) {
        const bool up = step.direction == Direction::Up;
        const std::optional<Script> &script = up ? step.migration.up : step.migration.down;
        const std::optional<Script> &wayBack = up ? step.migration.down : step.migration.up;
        hash.addData(QStringLiteral("%1 %2 %3 %4\n")
                         .arg(up ? QStringLiteral("up") : QStringLiteral("down"), step.migration.key(),
                              script ? script->checksum : QString(), wayBack ? wayBack->checksum : QString())
                         .toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace godwit
