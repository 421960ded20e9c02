// Evidence as a record keeps it: each check's struct to and from the "evidence" object.
#include "evidence.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

QJsonArray changesToJson(const QList<EvidenceChange> &changes)
{
    QJsonArray list;
    for (const EvidenceChange &c : changes)
        list.append(QJsonObject{{u"class"_s, c.changeClass}, {u"change"_s, c.change}});
    return list;
}

QList<EvidenceChange> changesFromJson(const QJsonValue &v)
{
    QList<EvidenceChange> changes;
    for (const QJsonValue &c : v.toArray())
        changes << EvidenceChange{c.toObject().value(u"class").toString(), c.toObject().value(u"change").toString()};
    return changes;
}

QStringList stringsFromJson(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &s : v.toArray())
        list << s.toString();
    return list;
}

qint64 integer(const QJsonObject &o, QStringView key, qint64 otherwise = 0)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? qint64(v.toDouble()) : otherwise;
}

// One overload per check: the keys its records have always had.
QJsonObject toJson(std::monostate)
{
    return {};
}

QJsonObject toJson(const BackupEvidence &e)
{
    QJsonObject o{{u"file"_s, e.file},
                  {u"size"_s, double(e.size)},
                  {u"sha256"_s, e.sha256},
                  {u"durationMs"_s, double(e.durationMs)},
                  {u"tool"_s, e.tool},
                  {u"toolVersion"_s, e.toolVersion},
                  {u"restoreCommand"_s, QJsonArray::fromStringList(e.restoreCommand)}};
    if (e.restoreInput)
        o.insert(u"restoreInput"_s, *e.restoreInput);
    if (e.restoreCommandLine)
        o.insert(u"restoreCommandLine"_s, *e.restoreCommandLine);
    return o;
}

QJsonObject toJson(const StagingEvidence &e)
{
    QJsonObject o{{u"profile"_s, e.profile},     {u"plan"_s, e.plan},
                  {u"method"_s, e.method},       {u"steps"_s, e.steps},
                  {u"durationMs"_s, double(e.durationMs)}, {u"changes"_s, changesToJson(e.changes)}};
    // Recorded since the dry run measures locks; older records have none.
    if (!e.locks.isEmpty())
        o.insert(u"locks"_s, QJsonArray::fromStringList(e.locks));
    return o;
}

QJsonObject toJson(const ReversibilityEvidence &e)
{
    return {{u"method"_s, e.method}, {u"residue"_s, QJsonArray::fromStringList(e.residue)}, {u"downSteps"_s, e.downSteps}};
}

QJsonObject toJson(const RollbackEvidence &e)
{
    QJsonArray steps;
    for (const RollbackEvidence::Step &s : e.steps) {
        QJsonObject step{{u"version"_s, s.version}, {u"rollback"_s, s.rollback}};
        if (!s.way.isEmpty())
            step.insert(u"way"_s, s.way);
        if (!s.note.isEmpty())
            step.insert(u"note"_s, s.note);
        steps.append(step);
    }
    return {{u"steps"_s, steps}};
}

QJsonObject toJson(const EstimateEvidence &e)
{
    QJsonArray steps;
    for (const EstimateEvidence::Step &s : e.steps)
        steps.append(QJsonObject{{u"version"_s, s.version}, {u"durationMs"_s, double(s.durationMs)}});
    QJsonArray tables;
    for (const EstimateEvidence::Table &t : e.tables)
        tables.append(QJsonObject{{u"table"_s, t.table}, {u"rows"_s, double(t.rows)}, {u"source"_s, t.source}});
    QJsonObject o{{u"durationMs"_s, double(e.durationMs)}, {u"basis"_s, e.basis}, {u"steps"_s, steps}, {u"tables"_s, tables}};
    if (!e.longest.isEmpty())
        o.insert(u"longest"_s, QJsonArray::fromStringList(e.longest));
    return o;
}

QJsonObject toJson(const ReviewEvidence &e)
{
    QJsonArray acks;
    for (const Acknowledgement &a : e.acknowledged) {
        QJsonObject ack = a.signoff.toJson();
        ack.insert(u"change"_s, a.change);
        acks.append(ack);
    }
    return {{u"destructive"_s, changesToJson(e.destructive)},
            {u"rewriting"_s, changesToJson(e.rewriting)},
            {u"acknowledged"_s, acks}};
}

QJsonObject toJson(const ApplyEvidence &e)
{
    QJsonArray steps;
    for (const ApplyEvidence::Step &s : e.steps)
        steps.append(QJsonObject{{u"version"_s, s.version}, {u"outcome"_s, s.outcome}, {u"durationMs"_s, double(s.durationMs)}});
    return {{u"steps"_s, steps}};
}

QJsonObject toJson(const VerifyEvidence &e)
{
    return {{u"drift"_s, changesToJson(e.drift)}, {u"revision"_s, e.revision}};
}

BackupEvidence backupFromJson(const QJsonObject &o)
{
    BackupEvidence e{o.value(u"file").toString(), integer(o, u"size"), o.value(u"sha256").toString(),
                     integer(o, u"durationMs"), o.value(u"tool").toString(), o.value(u"toolVersion").toString(),
                     stringsFromJson(o.value(u"restoreCommand")), std::nullopt, std::nullopt};
    if (o.contains(u"restoreInput"))
        e.restoreInput = o.value(u"restoreInput").toString();
    if (o.contains(u"restoreCommandLine"))
        e.restoreCommandLine = o.value(u"restoreCommandLine").toString();
    return e;
}

EstimateEvidence estimateFromJson(const QJsonObject &o)
{
    EstimateEvidence e{integer(o, u"durationMs"), o.value(u"basis").toString(), {}, {}, {}};
    for (const QJsonValue &v : o.value(u"longest").toArray())
        e.longest << v.toString();
    for (const QJsonValue &v : o.value(u"steps").toArray())
        e.steps << EstimateEvidence::Step{v.toObject().value(u"version").toString(), integer(v.toObject(), u"durationMs")};
    for (const QJsonValue &v : o.value(u"tables").toArray()) {
        const QJsonObject t = v.toObject();
        e.tables << EstimateEvidence::Table{t.value(u"table").toString(), integer(t, u"rows", -1),
                                            t.value(u"source").toString()};
    }
    return e;
}

ReviewEvidence reviewFromJson(const QJsonObject &o)
{
    ReviewEvidence e{changesFromJson(o.value(u"destructive")), changesFromJson(o.value(u"rewriting")), {}};
    for (const QJsonValue &v : o.value(u"acknowledged").toArray())
        e.acknowledged << Acknowledgement{v.toObject().value(u"change").toString(), Signoff::fromJson(v.toObject())};
    return e;
}

} // namespace

QStringList ReviewEvidence::destructiveNames() const
{
    QStringList names;
    for (const EvidenceChange &c : destructive)
        names << c.change;
    return names;
}

QStringList ReviewEvidence::acknowledgedNames() const
{
    QStringList names;
    for (const Acknowledgement &a : acknowledged)
        names << a.change;
    return names;
}

QJsonObject evidenceToJson(const Evidence &evidence)
{
    return std::visit([](const auto &e) { return toJson(e); }, evidence);
}

Evidence evidenceFromJson(CheckKind check, const QJsonObject &o)
{
    if (o.isEmpty())
        return {};
    switch (check) {
    case CheckKind::Manual:
        return {};
    case CheckKind::Backup:
        return backupFromJson(o);
    case CheckKind::StagingDryRun:
        return StagingEvidence{o.value(u"profile").toString(), o.value(u"plan").toString(), o.value(u"method").toString(),
                               int(integer(o, u"steps")), integer(o, u"durationMs"), changesFromJson(o.value(u"changes")),
                               stringsFromJson(o.value(u"locks"))};
    case CheckKind::Reversibility:
        return ReversibilityEvidence{o.value(u"method").toString(), stringsFromJson(o.value(u"residue")),
                                     int(integer(o, u"downSteps"))};
    case CheckKind::Rollback: {
        RollbackEvidence e;
        for (const QJsonValue &v : o.value(u"steps").toArray()) {
            const QJsonObject step = v.toObject();
            e.steps << RollbackEvidence::Step{step.value(u"version").toString(), step.value(u"way").toString(),
                                              step.value(u"note").toString(), step.value(u"rollback").toString()};
        }
        return e;
    }
    case CheckKind::Estimate:
        return estimateFromJson(o);
    case CheckKind::DestructiveReview:
        return reviewFromJson(o);
    case CheckKind::Apply: {
        ApplyEvidence e;
        for (const QJsonValue &v : o.value(u"steps").toArray()) {
            const QJsonObject s = v.toObject();
            e.steps << ApplyEvidence::Step{s.value(u"version").toString(), s.value(u"outcome").toString(),
                                           integer(s, u"durationMs")};
        }
        return e;
    }
    case CheckKind::Verify:
        return VerifyEvidence{changesFromJson(o.value(u"drift")), o.value(u"revision").toString()};
    }
    return {};
}

} // namespace godwit
