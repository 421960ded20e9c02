// Evidence in words, for people: what the dock's details, the reports and `checklist show`
// print of an item's evidence.
#include "deployment.h"

#include "database/backup.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(EvidenceText)
};

QString changeText(const EvidenceChange &c)
{
    return Text::tr("%1 (%2)").arg(c.change, c.changeClass);
}

void addChanges(QList<EvidenceLine> &lines, const QString &label, const QList<EvidenceChange> &changes)
{
    for (const EvidenceChange &c : changes)
        lines << EvidenceLine{label, changeText(c)};
}

// Records from before restoreCommandLine: the words quoted here the same way; old MySQL
// records spelled the redirection as two words.
QString restoreLine(const BackupEvidence &e)
{
    if (e.restoreCommandLine)
        return *e.restoreCommandLine;
    QStringList command = e.restoreCommand;
    QString input = e.restoreInput.value_or(QString());
    if (command.size() > 2 && command.at(command.size() - 2) == u"<") {
        input = command.takeLast();
        command.removeLast();
    }
    return shellCommandLine(command, input);
}

QList<EvidenceLine> lines(std::monostate)
{
    return {};
}

QList<EvidenceLine> lines(const BackupEvidence &e)
{
    return {{Text::tr("Backup file"), e.file},
            {Text::tr("Size"), Text::tr("%1 (%2 bytes)").arg(QLocale::c().formattedDataSize(e.size)).arg(e.size)},
            {Text::tr("SHA-256"), e.sha256},
            {Text::tr("Taken"), e.toolVersion.isEmpty()
                                    ? Text::tr("in %1 with %2").arg(durationText(e.durationMs), e.tool)
                                    : Text::tr("in %1 with %2 (%3)").arg(durationText(e.durationMs), e.tool, e.toolVersion)},
            {Text::tr("Restore with"), restoreLine(e), true}};
}

QList<EvidenceLine> lines(const StagingEvidence &e)
{
    QList<EvidenceLine> out{{Text::tr("Rehearsed on"), e.profile},
                            {Text::tr("Method"), e.method},
                            {Text::tr("Plan"), e.plan},
                            {Text::tr("Ran"), Text::msg("%n step(s) in %1", nullptr, e.steps).arg(durationMessage(e.durationMs)).text()}};
    addChanges(out, Text::tr("Schema change"), e.changes);
    for (const QString &taken : e.locks)
        out << EvidenceLine{Text::tr("Measured"), taken};
    return out;
}

QList<EvidenceLine> lines(const ReversibilityEvidence &e)
{
    QList<EvidenceLine> out{{Text::tr("Method"), e.method},
                            {Text::tr("Down steps run"), QString::number(e.downSteps)}};
    for (const QString &r : e.residue)
        out << EvidenceLine{Text::tr("Not restored"), r};
    return out;
}

QList<EvidenceLine> lines(const RollbackEvidence &e)
{
    QList<EvidenceLine> out;
    for (const RollbackEvidence::Step &s : e.steps)
        out << EvidenceLine{Text::tr("Rollback of %1").arg(s.version), rollbackWay(s).text()};
    return out;
}

QList<EvidenceLine> lines(const EstimateEvidence &e)
{
    QList<EvidenceLine> out{{Text::tr("Estimated duration"), durationText(e.durationMs)}, {Text::tr("Basis"), e.basis}};
    for (const EstimateEvidence::Step &s : e.steps)
        out << EvidenceLine{Text::tr("Step %1").arg(s.version), durationText(s.durationMs)};
    for (const EstimateEvidence::Table &t : e.tables) {
        const QString rows = t.rows < 0 ? Text::tr("rows unknown")
                                        : Text::msg("%1 row(s)", nullptr, pluralCount(t.rows)).arg(QLocale::c().toString(t.rows)).text();
        out << EvidenceLine{Text::tr("Table %1").arg(t.table),
                            t.source.isEmpty() ? rows : Text::tr("%1, from %2").arg(rows, t.source)};
    }
    for (const QString &l : e.longest)
        out << EvidenceLine{Text::tr("Longest"), l};
    return out;
}

QList<EvidenceLine> lines(const ReviewEvidence &e)
{
    QList<EvidenceLine> out;
    for (const EvidenceChange &c : e.destructive) {
        const auto ack = std::find_if(e.acknowledged.cbegin(), e.acknowledged.cend(),
                                      [&](const Acknowledgement &a) { return a.change == c.change; });
        out << EvidenceLine{Text::tr("Destructive"),
                            Text::tr("%1 — %2").arg(c.change, ack == e.acknowledged.cend() ? Text::tr("not acknowledged")
                                                                                            : acknowledgedText(ack->signoff))};
    }
    addChanges(out, Text::tr("Rewrites a table"), e.rewriting);
    return out;
}

QList<EvidenceLine> lines(const ApplyEvidence &e)
{
    QList<EvidenceLine> out;
    for (const ApplyEvidence::Step &s : e.steps)
        out << EvidenceLine{Text::tr("Step %1").arg(s.version), Text::tr("%1 in %2").arg(s.outcome, durationText(s.durationMs))};
    return out;
}

QList<EvidenceLine> lines(const VerifyEvidence &e)
{
    QList<EvidenceLine> out{{Text::tr("Revision"), e.revision}};
    if (e.drift.isEmpty())
        out << EvidenceLine{Text::tr("Drift"), Text::tr("none")};
    addChanges(out, Text::tr("Drift"), e.drift);
    return out;
}

} // namespace

QList<EvidenceLine> evidenceLines(const Evidence &evidence)
{
    return std::visit([](const auto &e) { return lines(e); }, evidence);
}

QString itemStateText(ItemState state)
{
    switch (state) {
    case ItemState::Open:
        return Text::tr("open");
    case ItemState::Done:
        return Text::tr("done");
    case ItemState::Stale:
        return Text::tr("stale");
    case ItemState::Failed:
        return Text::tr("failed");
    }
    return {};
}

Message rollbackWay(const RollbackEvidence::Step &step)
{
    if (step.way == u"up-again")
        return Text::msg("apply the up script again");
    if (step.way == u"down-script")
        return step.note.isEmpty() ? Text::msg("down script") : Text::msg("down script; written: %1").arg(step.note);
    if (step.way == u"manual")
        return Text::msg("manual: %1").arg(step.note);
    if (step.way == u"none")
        return Text::msg("none");
    return step.rollback;
}

QString acknowledgedText(const Signoff &by)
{
    const QString at = by.at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    return by.note.isEmpty() ? Text::tr("acknowledged by %1 at %2").arg(by.by, at)
                             : Text::tr("acknowledged by %1 at %2: %3").arg(by.by, at, by.note);
}

} // namespace godwit
