#include "plan.h"

#include <QCryptographicHash>

#include <QCoreApplication>

#include <algorithm>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Plan)
};

QString describe(const StatusEntry &e)
{
    return e.version() + u' ' + e.description();
}

QString bulleted(const QStringList &lines)
{
    return u"\n  " + lines.join(QStringLiteral("\n  "));
}

} // namespace

QString folderErrors(const MigrationSource &source)
{
    QStringList messages;
    for (const FolderProblem &p : source.problems) {
        if (p.severity == FolderProblem::Severity::Error)
            messages.append(p.message);
    }
    return messages.isEmpty() ? QString() : Text::tr("the migrations folder has errors:") + bulleted(messages);
}

Plan makePlan(const MigrationSource &source, const QList<StatusEntry> &status, const PlanRequest &request)
{
    Plan plan;
    plan.error = folderErrors(source);
    if (!plan.ok())
        return plan;

    std::optional<Version> to;
    if (request.to) {
        to = Version::parse(*request.to);
        const bool known = to && (*to == Version::parse(QStringLiteral("0"))
                                  || std::any_of(status.cbegin(), status.cend(), [&](const StatusEntry &e) {
                                         return e.kind() == MigrationKind::Versioned && Version::parse(e.key()) == to;
                                     }));
        if (!known) {
            plan.error = Text::tr("there is no migration with version %1").arg(*request.to);
            return plan;
        }
    }

    QStringList failed;
    for (const StatusEntry &e : status) {
        if (e.state == MigrationState::Failed)
            failed.append(describe(e) + u": " + failureReason(*e.history));
    }
    if (!failed.isEmpty()) {
        plan.error = Text::tr("a failed migration must be repaired first:") + bulleted(failed);
        return plan;
    }
    const QStringList modified = modifiedMigrations(status);
    if (!modified.isEmpty() && request.direction == Direction::Up && !request.allowModified) {
        plan.error = Text::tr("applied migrations changed since they ran (checksum differs); restore them, or run "
                              "with --allow-modified to go on anyway (recorded in the audit log):")
                     + bulleted(modified);
        return plan;
    }
    if (!modified.isEmpty())
        plan.warnings.append(Text::tr("applied migrations changed since they ran (checksum differs):") + bulleted(modified));

    if (request.direction == Direction::Up) {
        QStringList outOfOrder;
        for (const StatusEntry &e : status) {
            if (e.kind() != MigrationKind::Versioned || !e.migration)
                continue;
            if (e.state != MigrationState::Pending && e.state != MigrationState::OutOfOrder)
                continue;
            if (to && *to < e.migration->version)
                continue;
            if (e.state == MigrationState::OutOfOrder)
                outOfOrder.append(describe(e));
            plan.steps.append({*e.migration, Direction::Up});
        }
        if (!outOfOrder.isEmpty() && !request.allowOutOfOrder) {
            plan.steps.clear();
            plan.error = Text::tr("pending migrations are older than the newest applied one; "
                            "run with --allow-out-of-order to apply them anyway:")
                         + bulleted(outOfOrder);
            return plan;
        }
        if (!to) {
            for (const StatusEntry &e : status) {
                if (e.kind() == MigrationKind::Repeatable && e.migration && e.state == MigrationState::Pending)
                    plan.steps.append({*e.migration, Direction::Up});
            }
        }
        return plan;
    }

    // Down: newest applied first.
    QList<const StatusEntry *> applied;
    for (const StatusEntry &e : status) {
        if (e.kind() == MigrationKind::Versioned
            && (e.state == MigrationState::Applied || e.state == MigrationState::Modified
                || e.state == MigrationState::Missing))
            applied.append(&e);
    }
    std::reverse(applied.begin(), applied.end());
    QList<const StatusEntry *> chosen;
    if (to) {
        for (const StatusEntry *e : std::as_const(applied)) {
            // A history row whose key is no version (edited by hand) is never "above" V.
            if (const auto v = Version::parse(e->key()); v && *to < *v)
                chosen.append(e);
        }
    } else {
        chosen = applied.mid(0, std::max(0, request.steps.value_or(1)));
    }
    QStringList withoutDown;
    for (const StatusEntry *e : std::as_const(chosen)) {
        if (!e->migration)
            withoutDown.append(describe(*e) + Text::tr(" (its files are gone)"));
        else if (!e->migration->down)
            withoutDown.append(describe(*e));
        else
            plan.steps.append({*e->migration, Direction::Down});
    }
    if (!withoutDown.isEmpty()) {
        plan.steps.clear();
        plan.error = Text::tr("cannot roll back: these migrations have no down script:") + bulleted(withoutDown);
    }
    return plan;
}

QStringList modifiedMigrations(const QList<StatusEntry> &status)
{
    QStringList modified;
    for (const StatusEntry &e : status) {
        if (e.state == MigrationState::Modified)
            modified.append(Text::tr("%1 (%2)").arg(describe(e), e.migration->up->path));
    }
    return modified;
}

PlanScripts loadPlanScripts(const Plan &plan, Dialect dialect)
{
    PlanScripts scripts;
    QStringList errors;
    for (const PlanStep &step : plan.steps) {
        const Script &script = step.direction == Direction::Up ? *step.migration.up : *step.migration.down;
        scripts.loaded.append(loadScript(script, dialect));
        if (const std::optional<SqlError> &error = scripts.loaded.constLast().split.error)
            errors.append(error->toString());
    }
    if (!errors.isEmpty())
        scripts.error = Text::tr("%n script(s) of the plan cannot run, so nothing was run:", nullptr, int(errors.size()))
                        + bulleted(errors);
    return scripts;
}

QString planFingerprint(const Plan &plan)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const PlanStep &step : plan.steps) {
        hash.addData(QStringLiteral("%1 %2 %3\n")
                         .arg(step.direction == Direction::Up ? QStringLiteral("up") : QStringLiteral("down"),
                              step.migration.key(), step.migration.checksum())
                         .toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace godwit
