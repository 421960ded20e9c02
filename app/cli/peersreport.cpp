// What status says of other tools' history tables: the one the project adopts, or those
// found on the target with the command that adopts each.
#include "report.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace godwit::cli {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonObject foundJson(const PeerTableFound &found)
{
    QJsonObject o{{QStringLiteral("tool"), peerToolId(found.spec.tool)},
                  {QStringLiteral("table"), found.spec.table},
                  {QStringLiteral("applied"), found.applied},
                  {QStringLiteral("failed"), found.failed},
                  {QStringLiteral("last"), found.last.isEmpty() ? QJsonValue() : QJsonValue(found.last)},
                  {QStringLiteral("lastAppliedAt"),
                   found.lastAt.isValid() ? QJsonValue(found.lastAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
                  {QStringLiteral("summary"), describeFound(found).english()}};
    if (found.spec.tool == PeerTool::Custom) {
        o.insert(QStringLiteral("column"), found.spec.column);
        o.insert(QStringLiteral("value"), peerValueId(found.spec.value));
    }
    return o;
}

} // namespace

QString adoptCommand(const PeerTableFound &found)
{
    QString command = QStringLiteral("godwit-cli adopt ") + peerToolId(found.spec.tool);
    if (found.spec.tool == PeerTool::Custom)
        command += QStringLiteral(" --table %1 --column %2 --value %3")
                       .arg(found.spec.table, found.spec.column, peerValueId(found.spec.value));
    return command;
}

void Report::peerTables(const PeerTablesSeen &peers, QJsonObject *json)
{
    if (json) {
        if (peers.adopted) {
            QJsonObject adopted = foundJson(*peers.adopted);
            adopted.insert(QStringLiteral("mode"), peers.adopted->spec.interop ? QStringLiteral("interop") : QStringLiteral("adopt"));
            json->insert(QStringLiteral("adopted"), adopted);
        }
        QJsonArray found;
        for (const PeerTableFound &f : peers.found) {
            QJsonObject o = foundJson(f);
            o.insert(QStringLiteral("adopt"), adoptCommand(f));
            found.append(o);
        }
        json->insert(QStringLiteral("found"), found);
        return;
    }
    if (peers.adopted && peers.adopted->spec.interop)
        m_out << Text::tr("Adopted    %1; interop: what Godwit applies is written there too, as %2 would")
                     .arg(describeFound(*peers.adopted).text(), peerToolId(peers.adopted->spec.tool))
              << u'\n';
    else if (peers.adopted)
        m_out << Text::tr("Adopted    %1; what Godwit applies is recorded in its own history")
                     .arg(describeFound(*peers.adopted).text())
              << u'\n';
    for (const PeerTableFound &f : peers.found)
        m_out << Text::tr("Found      %1 — adopt it: %2").arg(describeFound(f).text(), adoptCommand(f)) << u'\n';
}

void Report::adopted(const Context &context, const QList<StatusEntry> &status, const PeerTablesSeen &peers)
{
    int applied = 0;
    int pending = 0;
    for (const StatusEntry &e : status) {
        applied += e.state == MigrationState::Applied ? 1 : 0;
        pending += e.state == MigrationState::Pending || e.state == MigrationState::OutOfOrder ? 1 : 0;
    }
    if (m_json) {
        QJsonObject root = contextJson(context);
        peerTables(peers, &root);
        root.insert(QStringLiteral("appliedMigrations"), applied);
        root.insert(QStringLiteral("pending"), pending);
        write(root);
        return;
    }
    peerTables(peers, nullptr);
    m_out << Text::msg("Status now: %1 applied, %2 pending").arg(applied).arg(pending).text() << u'\n';
    m_out.flush();
}

void Report::baselinePlan(const Context &context, const BaselinePlan &baseline, const QString &to)
{
    if (m_json)
        return;
    if (baseline.migrations.isEmpty()) {
        m_out << Text::tr("Nothing to record: every migration up to %1 is applied on %2").arg(to, context.target.display())
              << u'\n';
        return;
    }
    m_out << Text::tr("Baseline on %1: recorded as applied without running them:")
                 .arg(context.target.display())
          << u'\n';
    for (const Migration &m : baseline.migrations)
        m_out << QStringLiteral("  %1  %2\n").arg(m.displayVersion(), -16).arg(m.description);
    m_out.flush();
}

void Report::theirRowsPlan(const Context &context, const PeerTableSpec &spec, const QList<Migration> &migrations)
{
    if (m_json)
        return;
    m_out << Text::tr("%1 on %2 lacks what Godwit applied; in interop that table says what is applied, so these are "
                      "written there first, as %3 would:")
                 .arg(peerTableTitle(spec), context.target.display(), peerToolId(spec.tool))
          << u'\n';
    for (const Migration &m : migrations)
        m_out << QStringLiteral("  %1  %2\n").arg(m.displayVersion(), -16).arg(m.description);
    m_out.flush();
}

void Report::baselineDone(const QList<StepResult> &results, int planned)
{
    int recorded = 0;
    QJsonArray versions;
    for (const StepResult &r : results) {
        if (r.outcome != StepResult::Outcome::Done)
            continue;
        ++recorded;
        versions.append(r.step.migration.displayVersion());
    }
    if (m_json) {
        QJsonObject root{{QStringLiteral("recorded"), versions},
                         {QStringLiteral("planned"), planned},
                         {QStringLiteral("ok"), recorded == planned}};
        if (recorded < planned && !results.isEmpty() && results.constLast().outcome != StepResult::Outcome::Done)
            root.insert(QStringLiteral("error"), results.constLast().message.english());
        write(root);
        return;
    }
    if (recorded < planned && !results.isEmpty() && results.constLast().outcome != StepResult::Outcome::Done)
        m_out << Text::tr("FAILED at %1: %2")
                     .arg(results.constLast().step.migration.displayVersion(), results.constLast().message.text())
              << u'\n';
    if (planned > 0)
        m_out << Text::msg("Recorded %1 of %n migration(s) as applied.", nullptr, planned).arg(recorded).text() << u'\n';
    m_out.flush();
}

} // namespace godwit::cli
