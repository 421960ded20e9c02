#include "report.h"

#include "plan/graphlanes.h"
#include "remedytext.h"
#include "reporttext_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace godwit::cli {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString changeMark(SchemaChange::Class c)
{
    switch (c) {
    case SchemaChange::Class::Additive: return QStringLiteral("+");
    case SchemaChange::Class::Rewriting: return QStringLiteral("~");
    case SchemaChange::Class::Destructive: return QStringLiteral("-");
    }
    return {};
}

} // namespace

QString arrow(Direction d)
{
    return d == Direction::Up ? QStringLiteral("up  ") : QStringLiteral("down");
}

void writeDiff(QTextStream &out, const SchemaDiff &diff)
{
    if (diff.isEmpty()) {
        out << Text::tr("  no structural change") << u'\n';
        return;
    }
    out << Text::tr("  %1 additive, %2 rewriting, %3 destructive")
               .arg(diff.count(SchemaChange::Class::Additive))
               .arg(diff.count(SchemaChange::Class::Rewriting))
               .arg(diff.count(SchemaChange::Class::Destructive))
        << u'\n';
    for (const SchemaChange &c : diff.changes)
        out << QStringLiteral("  %1 %2 ").arg(changeMark(c.changeClass)).arg(changeClassText(c.changeClass), -11)
            << c.description().text() << u'\n';
}

QString milliseconds(double ms)
{
    return ms < 10 ? QString::number(ms, 'f', 2) + QStringLiteral(" ms") : QString::number(qRound64(ms)) + QStringLiteral(" ms");
}

QString firstLine(const QString &sql)
{
    const QString line = sql.section(u'\n', 0, 0).simplified();
    return line.size() > 60 ? line.left(57) + QStringLiteral("...") : line;
}

namespace {

// The state column: stateId's keywords, in the reader's language.
QString stateLabel(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied: return Text::tr("applied");
    case MigrationState::Pending: return Text::tr("pending");
    case MigrationState::Modified: return Text::tr("modified");
    case MigrationState::Missing: return Text::tr("missing");
    case MigrationState::Failed: return Text::tr("failed");
    case MigrationState::OutOfOrder: return Text::tr("out-of-order");
    }
    return stateId(state);
}

// A migration's files, and its place in a graph, for status --format json.
void insertMigrationJson(QJsonObject &o, const Migration &m)
{
    o.insert(QStringLiteral("checksum"), m.checksum());
    o.insert(QStringLiteral("up"), m.up ? QJsonValue(m.up->path) : QJsonValue());
    o.insert(QStringLiteral("down"), m.down ? QJsonValue(m.down->path) : QJsonValue());
    if (m.verify)
        o.insert(QStringLiteral("verify"), m.verify->path);
    o.insert(QStringLiteral("noTransaction"), m.up && m.up->noTransaction);
    if (m.kind == MigrationKind::Code)
        o.insert(QStringLiteral("code"), m.codePath);
    if (!m.hooks.isEmpty())
        o.insert(QStringLiteral("hooks"), QJsonArray::fromStringList(m.hooks));
    o.insert(QStringLiteral("key"), m.key());
    o.insert(QStringLiteral("parents"), QJsonArray::fromStringList(m.parents));
    if (!m.conflicts.isEmpty())
        o.insert(QStringLiteral("conflicts"), QJsonArray::fromStringList(m.conflicts));
    if (m.up && !m.up->peerChecksum.isEmpty())
        o.insert(QStringLiteral("peerChecksum"), m.up->peerChecksum);
}

QString outcomeId(StepResult::Outcome o)
{
    switch (o) {
    case StepResult::Outcome::Done: return QStringLiteral("done");
    case StepResult::Outcome::Skipped: return QStringLiteral("skipped");
    case StepResult::Outcome::Failed: return QStringLiteral("failed");
    case StepResult::Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject stepJson(const PlanStep &step)
{
    return {{QStringLiteral("version"), step.migration.displayVersion()},
            {QStringLiteral("description"), step.migration.description},
            {QStringLiteral("direction"), step.direction == Direction::Up ? QStringLiteral("up") : QStringLiteral("down")}};
}

// The line under a failed migration's row in status: where it stopped.
QString failedNote(const HistoryEntry &history)
{
    if (history.status == HistoryEntry::Status::Started)
        return Text::tr("a run stopped while statement %1 of %2 was under way (it may have completed); "
                        "see godwit-cli repair")
            .arg(qMax(1, history.failedStatement))
            .arg(history.statementCount);
    return Text::tr("stopped at statement %1 of %2: %3")
        .arg(history.failedStatement)
        .arg(history.statementCount)
        .arg(history.error);
}

} // namespace

Report::Report(QTextStream &out, bool json)
    : m_out(out)
    , m_json(json)
{
}

void Report::write(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Report::writeWithContext(const Context &context, const QJsonObject &body)
{
    QJsonObject root = contextJson(context);
    for (auto it = body.begin(); it != body.end(); ++it)
        root.insert(it.key(), it.value());
    write(root);
}

QJsonObject Report::contextJson(const Context &context) const
{
    return {{QStringLiteral("project"), context.project.directory},
            {QStringLiteral("migrations"), context.source.folder},
            {QStringLiteral("format"), formatId(context.source.format)},
            {QStringLiteral("detection"), context.source.explanation.english()},
            {QStringLiteral("target"), context.target.display()}};
}

// The status table: one row per migration, with its lane in a graph format, and the notes a
// row needs (why it failed, who runs a code migration, a baseline).
void Report::statusRows(const QList<StatusEntry> &status)
{
    m_out << QStringLiteral("  %1  %2  %3  %4\n")
                 .arg(Text::tr("STATE"), -12)
                 .arg(Text::tr("VERSION"), -16)
                 .arg(Text::tr("DESCRIPTION"), -40)
                 .arg(Text::tr("APPLIED AT"));
    // One time zone look-up, not one per row.
    const QTimeZone local = QTimeZone::systemTimeZone();
    QList<GraphNode> nodes;
    for (const StatusEntry &e : status)
        nodes.append({e.key(), e.migration ? e.migration->parents : QStringList()});
    const QStringList lanes = laneDrawing(nodes);
    for (qsizetype row = 0; row < status.size(); ++row) {
        const StatusEntry &e = status.at(row);
        QString applied;
        if (e.history)
            applied = e.history->appliedAt.toTimeZone(local).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        m_out << QStringLiteral("  %1  %2  %3  %4\n")
                     .arg(stateLabel(e.state), -12)
                     .arg(lanes.at(row).isEmpty() ? e.version() : lanes.at(row) + u"  " + e.version(), -16)
                     .arg(e.description(), -40)
                     .arg(applied);
        if (e.state == MigrationState::Failed)
            m_out << "    " << failedNote(*e.history) << u'\n';
        if (e.kind() == MigrationKind::Code)
            m_out << "    " << Text::tr("code migration — run by the application: %1").arg(e.migration->codePath) << u'\n';
        if (e.kind() == MigrationKind::Baseline && e.state != MigrationState::Applied)
            m_out << "    " << Text::tr("baseline — runs only on a database with no history, in place of the versions up to it")
                  << u'\n';
        if (const Message covered = baselineCoverage(e); !covered.isEmpty())
            m_out << "    " << covered.text() << u'\n';
        for (const QString &hook : e.migration ? e.migration->hooks : QStringList())
            m_out << "    " << Text::tr("hook, run by the application: %1").arg(hook) << u'\n';
    }
}

void Report::status(const Context &context, const QList<StatusEntry> &status, bool databaseMissing,
                    const QList<StatusProblem> &problems, const PeerTablesSeen &peers)
{
    const QString current = currentVersion(status);
    int pending = 0;
    for (const StatusEntry &e : status) {
        // A baseline not used (the database has history) is no work left.
        if ((e.state == MigrationState::Pending || e.state == MigrationState::OutOfOrder) && e.kind() != MigrationKind::Baseline)
            ++pending;
    }
    if (m_json) {
        QJsonObject root = contextJson(context);
        root.insert(QStringLiteral("databaseExists"), !databaseMissing);
        root.insert(QStringLiteral("current"), current.isEmpty() ? QJsonValue() : QJsonValue(current));
        root.insert(QStringLiteral("pending"), pending);
        QJsonArray migrations;
        for (const StatusEntry &e : status) {
            QJsonObject m{{QStringLiteral("version"), e.version()},
                          {QStringLiteral("description"), e.description()},
                          {QStringLiteral("kind"), migrationKindId(e.kind())},
                          {QStringLiteral("state"), stateId(e.state)}};
            if (e.migration)
                insertMigrationJson(m, *e.migration);
            if (e.history) {
                m.insert(QStringLiteral("appliedAt"), e.history->appliedAt.toString(Qt::ISODate));
                m.insert(QStringLiteral("appliedBy"), e.history->appliedBy);
                m.insert(QStringLiteral("durationMs"), e.history->durationMs);
                m.insert(QStringLiteral("appliedChecksum"), e.history->checksum);
                m.insert(QStringLiteral("recordedBy"), e.history->origin.isEmpty() ? QStringLiteral("godwit") : e.history->origin);
                if (e.history->failedStatement) {
                    m.insert(QStringLiteral("failedStatement"), e.history->failedStatement);
                    m.insert(QStringLiteral("statementCount"), e.history->statementCount);
                    m.insert(QStringLiteral("error"), e.history->error);
                }
            }
            migrations.append(m);
        }
        root.insert(QStringLiteral("migrations"), migrations);
        QJsonArray folderProblems;
        for (const FolderProblem &p : context.source.problems) {
            folderProblems.append(QJsonObject{
                {QStringLiteral("severity"), p.severity == FolderProblem::Severity::Error ? QStringLiteral("error")
                                                                                          : QStringLiteral("warning")},
                {QStringLiteral("kind"), problemKindId(p.kind)},
                {QStringLiteral("message"), p.message.english()},
                {QStringLiteral("files"), QJsonArray::fromStringList(p.files)}});
        }
        root.insert(QStringLiteral("problems"), folderProblems);
        root.insert(QStringLiteral("migrationProblems"), problemsJson(problems));
        peerTables(peers, &root);
        write(root);
        return;
    }

    m_out << Text::tr("Project    %1").arg(context.project.directory) << u'\n'
          << Text::tr("Format     %1 — %2").arg(formatId(context.source.format), context.source.explanation.text()) << u'\n'
          << Text::tr("Target     %1").arg(context.target.display())
          << (databaseMissing ? Text::tr(" (does not exist yet)") : QString()) << u'\n'
          << Text::tr("Current    %1, %2 pending").arg(current.isEmpty() ? Text::tr("none") : current).arg(pending) << u'\n';
    peerTables(peers, nullptr);
    m_out << u'\n';
    statusRows(status);
    if (!context.source.problems.isEmpty()) {
        m_out << u'\n' << Text::tr("Problems in the folder:") << u'\n';
        for (const FolderProblem &p : context.source.problems) {
            m_out << QStringLiteral("  %1  %2  %3\n")
                         .arg(p.severity == FolderProblem::Severity::Error ? Text::tr("error") : Text::tr("warning"), -7)
                         .arg(problemKindId(p.kind), -17)
                         .arg(p.message.text());
        }
    }
    QList<StatusProblem> ofMigrations;
    for (const StatusProblem &p : problems) {
        if (p.kind != StatusProblemKind::Unrecognised && p.kind != StatusProblemKind::Unreadable
            && p.kind != StatusProblemKind::Folder)
            ofMigrations.append(p); // the folder's are listed above
    }
    writeProblems(Text::tr("Problems:"), ofMigrations);
    m_out.flush();
}

void Report::planHeader(const Context &context, const Plan &plan)
{
    if (m_json)
        return;
    for (const Message &warning : plan.warnings)
        m_out << Text::tr("warning: %1").arg(warning.text()) << u'\n';
    if (plan.steps.isEmpty()) {
        if (plan.stop.isEmpty())
            m_out << Text::tr("Nothing to do: %1 is up to date.").arg(context.target.display()) << u'\n';
        else
            m_out << Text::tr("Nothing Godwit can run comes first: %1").arg(plan.stop.text()) << u'\n';
        m_out.flush();
        return;
    }
    m_out << Text::tr("Plan: %1 on %2")
                 .arg(pluralText(Text::tr("%n step(s)", nullptr, int(plan.steps.size())), int(plan.steps.size())), context.target.display())
          << u'\n';
    for (const PlanStep &step : plan.steps) {
        m_out << QStringLiteral("  %1 %2  %3%4\n")
                     .arg(arrow(step.direction), step.migration.displayVersion(), step.migration.description,
                          step.migration.up->noTransaction ? Text::tr("  (no transaction)") : QString());
    }
    for (const Message &note : plan.notes)
        m_out << QStringLiteral("  ") << note.text() << u'\n';
    if (!plan.stop.isEmpty())
        m_out << Text::tr("Then stops: %1").arg(plan.stop.text()) << u'\n';
    m_out.flush();
}

void Report::plan(const Context &context, const Plan &plan)
{
    if (!m_json) {
        planHeader(context, plan);
        return;
    }
    QJsonObject root = contextJson(context);
    QJsonArray steps;
    for (const PlanStep &step : plan.steps)
        steps.append(stepJson(step));
    root.insert(QStringLiteral("planId"), planFingerprint(plan));
    root.insert(QStringLiteral("plan"), steps);
    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(englishTexts(plan.warnings)));
    root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(englishTexts(plan.notes)));
    if (!plan.stop.isEmpty())
        root.insert(QStringLiteral("stop"), plan.stop.english());
    write(root);
}

void Report::stepStarted(int index, int total, const PlanStep &step)
{
    if (m_json)
        return;
    m_out << QStringLiteral("[%1/%2] %3 %4 %5 … ")
                 .arg(index + 1)
                 .arg(total)
                 .arg(arrow(step.direction).trimmed(), step.migration.displayVersion(), step.migration.description);
    m_out.flush();
}

void Report::stepFinished(const StepResult &result)
{
    if (m_json)
        return;
    switch (result.outcome) {
    case StepResult::Outcome::Done:
        if (!result.message.isEmpty()) { // a repair that ran nothing says what it did
            m_out << Text::tr("ok: %1").arg(result.message.text());
            break;
        }
        m_out << Text::tr("ok (%1 ms, %2)")
                     .arg(result.durationMs)
                     .arg(pluralText(Text::tr("%n statement(s)", nullptr, result.statementCount), result.statementCount));
        if (!result.note.isEmpty())
            m_out << QStringLiteral("\n  ") << result.note.text();
        break;
    case StepResult::Outcome::Skipped:
        m_out << Text::tr("skipped: %1").arg(result.message.text());
        break;
    case StepResult::Outcome::Failed:
        m_out << Text::tr("FAILED") << u'\n' << result.message.text();
        break;
    case StepResult::Outcome::Cancelled:
        m_out << Text::tr("CANCELLED") << u'\n' << result.message.text();
        break;
    }
    m_out << u'\n';
    m_out.flush();
}

void Report::execution(const Context &context, const Plan &plan, const ExecutionReport &report)
{
    if (!m_json) {
        if (!plan.steps.isEmpty())
            m_out << (report.ok ? Text::tr("Done.") : Text::tr("Stopped: the target is as the steps above say.")) << u'\n';
        if (report.ok && !plan.stop.isEmpty() && !plan.steps.isEmpty())
            m_out << Text::tr("Stopped before: %1").arg(plan.stop.text()) << u'\n';
        m_out.flush();
        return;
    }
    QJsonObject root = contextJson(context);
    root.insert(QStringLiteral("planId"), report.planId);
    QJsonArray steps;
    for (const PlanStep &step : plan.steps)
        steps.append(stepJson(step));
    root.insert(QStringLiteral("plan"), steps);
    QJsonArray results;
    for (const StepResult &r : report.steps) {
        QJsonObject o = stepJson(r.step);
        o.insert(QStringLiteral("outcome"), outcomeId(r.outcome));
        o.insert(QStringLiteral("durationMs"), r.durationMs);
        o.insert(QStringLiteral("statements"), r.statementCount);
        if (!r.message.isEmpty())
            o.insert(QStringLiteral("message"), r.message.english());
        if (!r.note.isEmpty())
            o.insert(QStringLiteral("note"), r.note.english());
        if (r.failedStatement) {
            o.insert(QStringLiteral("failedStatement"), r.failedStatement);
            o.insert(QStringLiteral("location"), r.location.toString());
        }
        results.append(o);
    }
    root.insert(QStringLiteral("results"), results);
    if (!plan.stop.isEmpty())
        root.insert(QStringLiteral("stop"), plan.stop.english());
    root.insert(QStringLiteral("ok"), report.ok && plan.stop.isEmpty());
    write(root);
}

void Report::created(const QStringList &files, const QString &version)
{
    if (m_json) {
        write({{QStringLiteral("version"), version}, {QStringLiteral("files"), QJsonArray::fromStringList(files)}});
        return;
    }
    for (const QString &file : files)
        m_out << Text::tr("created %1").arg(file) << u'\n';
    m_out.flush();
}

void Report::snapshot(const Snapshot &snapshot)
{
    if (m_json) {
        write(snapshot.toJson());
        return;
    }
    m_out << snapshotDdl(snapshot);
    m_out.flush();
}

void Report::schemaDiff(const QString &before, const QString &after, const Snapshot &a, const Snapshot &b,
                        const SchemaDiff &diff, bool unified)
{
    const QString text = unified ? unifiedDiff(snapshotDdl(a), snapshotDdl(b), before, after) : QString();
    if (m_json) {
        QJsonObject root = diff.toJson();
        root.insert(QStringLiteral("from"), before);
        root.insert(QStringLiteral("to"), after);
        root.insert(QStringLiteral("same"), diff.isEmpty());
        if (unified)
            root.insert(QStringLiteral("unifiedDiff"), text);
        write(root);
        return;
    }
    m_out << Text::tr("From %1").arg(before) << u'\n' << Text::tr("To   %1").arg(after) << u'\n';
    writeDiff(m_out, diff);
    if (!text.isEmpty())
        m_out << u'\n' << text;
    m_out.flush();
}

void Report::drift(const Context &context, const DriftReport &report, bool unified, const QList<StatusProblem> &edited)
{
    if (m_json) {
        QJsonObject body = report.toJson(unified);
        body.insert(QStringLiteral("editedScripts"), problemsJson(edited));
        writeWithContext(context, body);
        return;
    }
    m_out << Text::tr("Drift of %1 from the schema its applied history implies").arg(context.target.display()) << u'\n';
    if (!edited.isEmpty()) {
        writeProblems(Text::tr("Applied scripts edited since they ran (the structural differences below may come from "
                               "these edits, not from changes made on the database):"),
                      edited);
        m_out << u'\n';
    }
    writeDiff(m_out, report.drift);
    const QString text = unified && report.expected && report.actual
                             ? unifiedDiff(snapshotDdl(*report.expected), snapshotDdl(*report.actual), Text::tr("history"), Text::tr("target"))
                             : QString();
    if (!text.isEmpty())
        m_out << u'\n' << text;
    for (const Message &n : report.notes)
        m_out << QStringLiteral("  %1\n").arg(n.text());
    m_out.flush();
}

} // namespace godwit::cli
