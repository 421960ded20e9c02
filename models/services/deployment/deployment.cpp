#include "deployment.h"

#include "plan/plan.h"
#include "migrations/scriptloader.h"
#include "sql/sourcetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Deployment)
};

// Empty values are left out: the record stays short and diffs stay small.
void put(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

// Text for people in a record: its English, and what translates it when it is read again.
void put(QJsonObject &o, const QString &key, const Message &value)
{
    if (!value.isEmpty())
        o.insert(key, value.toJson());
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime timeFrom(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

QJsonObject stepToJson(const DeploymentStep &s)
{
    QJsonObject o;
    put(o, u"key"_s, s.key);
    put(o, u"version"_s, s.version);
    put(o, u"description"_s, s.description);
    put(o, u"direction"_s, s.direction);
    put(o, u"script"_s, s.script);
    put(o, u"checksum"_s, s.checksum);
    put(o, u"inverseChecksum"_s, s.inverseChecksum);
    put(o, u"sql"_s, s.sql);
    o.insert(u"hasDown"_s, s.hasDown);
    put(o, u"rollbackNote"_s, s.rollbackNote);
    return o;
}

DeploymentStep stepFromJson(const QJsonObject &o)
{
    DeploymentStep s;
    s.key = o.value(u"key").toString();
    s.version = o.value(u"version").toString();
    s.description = o.value(u"description").toString();
    s.direction = o.value(u"direction").toString();
    s.script = o.value(u"script").toString();
    s.checksum = o.value(u"checksum").toString();
    s.inverseChecksum = o.value(u"inverseChecksum").toString();
    s.sql = o.value(u"sql").toString();
    s.hasDown = o.value(u"hasDown").toBool();
    s.rollbackNote = o.value(u"rollbackNote").toString();
    return s;
}

QJsonObject itemToJson(const ChecklistItem &i)
{
    QJsonObject o;
    o.insert(u"id"_s, i.def.id);
    o.insert(u"section"_s, sectionId(i.def.section));
    o.insert(u"check"_s, checkId(i.def.check));
    o.insert(u"title"_s, i.def.title.english());
    o.insert(u"required"_s, i.def.required);
    o.insert(u"state"_s, itemStateId(i.state));
    if (!i.signoff.isEmpty())
        o.insert(u"signoff"_s, i.signoff.toJson());
    put(o, u"summary"_s, i.summary);
    if (hasEvidence(i.evidence))
        o.insert(u"evidence"_s, evidenceToJson(i.evidence));
    put(o, u"plan"_s, i.plan);
    put(o, u"fromRevision"_s, i.fromRevision);
    put(o, u"staleReason"_s, i.staleReason);
    put(o, u"error"_s, i.error);
    return o;
}

std::optional<ChecklistItem> itemFromJson(const QJsonObject &o)
{
    ChecklistItem i;
    i.def.id = o.value(u"id").toString();
    i.def.title = checklistTitle(o.value(u"title").toString());
    i.def.required = o.value(u"required").toBool();
    const auto section = sectionFromId(o.value(u"section").toString());
    const auto check = checkFromId(o.value(u"check").toString());
    if (i.def.id.isEmpty() || !section || !check)
        return std::nullopt;
    i.def.section = *section;
    i.def.check = *check;
    const QString state = o.value(u"state").toString();
    for (ItemState s : {ItemState::Open, ItemState::Done, ItemState::Stale, ItemState::Failed}) {
        if (itemStateId(s) == state)
            i.state = s;
    }
    i.signoff = Signoff::fromJson(o.value(u"signoff").toObject());
    i.summary = Message::fromJson(o.value(u"summary"));
    i.evidence = evidenceFromJson(i.def.check, o.value(u"evidence").toObject());
    i.plan = o.value(u"plan").toString();
    i.fromRevision = o.value(u"fromRevision").toString();
    i.staleReason = Message::fromJson(o.value(u"staleReason"));
    i.error = Message::fromJson(o.value(u"error"));
    return i;
}

// Why the plan moved, in words: which scripts changed, which steps joined or left.
QList<Message> planChanges(const QList<DeploymentStep> &before, const QList<DeploymentStep> &after)
{
    QList<Message> reasons;
    for (const DeploymentStep &b : before) {
        const auto it = std::find_if(after.cbegin(), after.cend(), [&](const DeploymentStep &a) {
            return a.key == b.key && a.direction == b.direction;
        });
        if (it == after.cend())
            reasons << Text::msg("%1 %2 left the plan").arg(b.version, b.description);
        else if (it->checksum != b.checksum)
            reasons << Text::msg("the %1 script of %2 %3 was edited").arg(b.direction, b.version, b.description);
        else if (!b.inverseChecksum.isEmpty() && it->inverseChecksum != b.inverseChecksum)
            reasons << Text::msg("the %1 script of %2 %3 was edited")
                           .arg(b.direction == u"up" ? u"down"_s : u"up"_s, b.version, b.description);
    }
    for (const DeploymentStep &a : after) {
        const bool known = std::any_of(before.cbegin(), before.cend(), [&](const DeploymentStep &b) {
            return a.key == b.key && a.direction == b.direction;
        });
        if (!known)
            reasons << Text::msg("%1 %2 joined the plan").arg(a.version, a.description);
    }
    return reasons;
}

bool boundToRevisionOnly(const ChecklistItem &item)
{
    // A backup is of the database as it is: scripts do not change what it holds.
    return item.def.check == CheckKind::Backup;
}

} // namespace

QString itemStateId(ItemState state)
{
    switch (state) {
    case ItemState::Open:
        return u"open"_s;
    case ItemState::Done:
        return u"done"_s;
    case ItemState::Stale:
        return u"stale"_s;
    case ItemState::Failed:
        return u"failed"_s;
    }
    return {};
}

QJsonObject Signoff::toJson() const
{
    QJsonObject o;
    put(o, u"by"_s, by);
    put(o, u"at"_s, timeText(at));
    put(o, u"note"_s, note);
    return o;
}

Signoff Signoff::fromJson(const QJsonObject &o)
{
    return {o.value(u"by").toString(), timeFrom(o.value(u"at")), o.value(u"note").toString()};
}

QString Deployment::targetVersion() const
{
    if (!to.isEmpty() || steps.isEmpty())
        return to;
    return steps.constLast().version;
}

ChecklistItem *Deployment::item(const QString &id)
{
    for (ChecklistItem &i : items) {
        if (i.def.id == id)
            return &i;
    }
    return nullptr;
}

const ChecklistItem *Deployment::item(const QString &id) const
{
    return const_cast<Deployment *>(this)->item(id);
}

ChecklistItem *Deployment::itemOf(CheckKind check)
{
    for (ChecklistItem &i : items) {
        if (i.def.check == check)
            return &i;
    }
    return nullptr;
}

const ChecklistItem *Deployment::itemOf(CheckKind check) const
{
    return const_cast<Deployment *>(this)->itemOf(check);
}

QStringList Deployment::missingForApply() const
{
    QStringList missing;
    for (const ChecklistItem &i : items) {
        if (i.def.required && i.def.section == ChecklistSection::Before && !i.isDone())
            missing << i.def.id;
    }
    return missing;
}

bool Deployment::applyAllowed() const
{
    if (isClosed() || outcome)
        return false;
    return !isProduction() || missingForApply().isEmpty() || (gateOverride && gateOverride->plan == plan);
}

QJsonObject Deployment::toJson() const
{
    QJsonObject o;
    o.insert(u"format"_s, u"godwit-deployment-1"_s);
    o.insert(u"id"_s, id);
    o.insert(u"profile"_s, profile);
    o.insert(u"environment"_s, environmentId(environment));
    o.insert(u"target"_s, target);
    o.insert(u"dialect"_s, dialect);
    o.insert(u"from"_s, from);
    o.insert(u"to"_s, to);
    o.insert(u"plan"_s, plan);
    o.insert(u"created"_s, created.toJson());
    QJsonArray stepList;
    for (const DeploymentStep &s : steps)
        stepList.append(stepToJson(s));
    o.insert(u"steps"_s, stepList);
    QJsonArray itemList;
    for (const ChecklistItem &i : items)
        itemList.append(itemToJson(i));
    o.insert(u"checklist"_s, itemList);
    if (gateOverride) {
        QJsonObject g = gateOverride->signoff.toJson();
        g.insert(u"plan"_s, gateOverride->plan);
        g.insert(u"missing"_s, QJsonArray::fromStringList(gateOverride->missing));
        o.insert(u"override"_s, g);
    }
    if (outcome) {
        QJsonObject r;
        put(r, u"started"_s, timeText(outcome->started));
        put(r, u"finished"_s, timeText(outcome->finished));
        r.insert(u"ok"_s, outcome->ok);
        put(r, u"error"_s, outcome->error);
        QJsonArray runSteps;
        for (const StepOutcome &s : outcome->steps) {
            QJsonObject so;
            put(so, u"version"_s, s.version);
            put(so, u"direction"_s, s.direction);
            put(so, u"outcome"_s, s.outcome);
            so.insert(u"durationMs"_s, double(s.durationMs));
            put(so, u"message"_s, s.message);
            put(so, u"location"_s, s.location);
            runSteps.append(so);
        }
        r.insert(u"steps"_s, runSteps);
        o.insert(u"outcome"_s, r);
    }
    if (!closed.isEmpty())
        o.insert(u"closed"_s, closed.toJson());
    return o;
}

std::optional<Deployment> Deployment::fromJson(const QJsonObject &o, QString *error)
{
    if (o.value(u"format").toString() != u"godwit-deployment-1") {
        *error = Text::tr("not a Godwit deployment record (\"format\" is not godwit-deployment-1)");
        return std::nullopt;
    }
    Deployment d;
    d.id = o.value(u"id").toString();
    d.profile = o.value(u"profile").toString();
    // A record whose environment cannot be read is held like production.
    d.environment = environmentFromId(o.value(u"environment").toString()).value_or(Environment::Production);
    d.target = o.value(u"target").toString();
    d.dialect = o.value(u"dialect").toString();
    d.from = o.value(u"from").toString();
    d.to = o.value(u"to").toString();
    d.plan = o.value(u"plan").toString();
    d.created = Signoff::fromJson(o.value(u"created").toObject());
    for (const QJsonValue &v : o.value(u"steps").toArray())
        d.steps << stepFromJson(v.toObject());
    const QJsonArray items = o.value(u"checklist").toArray();
    for (qsizetype n = 0; n < items.size(); ++n) {
        const auto item = itemFromJson(items.at(n).toObject());
        if (!item) {
            *error = Text::tr("checklist[%1]: an item needs an id, a known section and a known check").arg(n);
            return std::nullopt;
        }
        d.items << *item;
    }
    if (o.contains(u"override")) {
        const QJsonObject g = o.value(u"override").toObject();
        GateOverride go;
        go.signoff = Signoff::fromJson(g);
        go.plan = g.value(u"plan").toString();
        for (const QJsonValue &v : g.value(u"missing").toArray())
            go.missing << v.toString();
        d.gateOverride = go;
    }
    if (o.contains(u"outcome")) {
        const QJsonObject r = o.value(u"outcome").toObject();
        DeploymentOutcome out;
        out.started = timeFrom(r.value(u"started"));
        out.finished = timeFrom(r.value(u"finished"));
        out.ok = r.value(u"ok").toBool();
        out.error = r.value(u"error").toString();
        for (const QJsonValue &v : r.value(u"steps").toArray()) {
            const QJsonObject so = v.toObject();
            out.steps << StepOutcome{so.value(u"version").toString(), so.value(u"direction").toString(),
                                     so.value(u"outcome").toString(), qint64(so.value(u"durationMs").toDouble()),
                                     so.value(u"message").toString(), so.value(u"location").toString()};
        }
        d.outcome = out;
    }
    d.closed = Signoff::fromJson(o.value(u"closed").toObject());
    return d;
}

QByteArray Deployment::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Deployment startDeployment(const QString &projectDir, const ChecklistTemplate &checklist, const Profile &profile, const QString &targetDisplay,
                           const QString &dialect, const QString &from, const QString &to,
                           const QList<DeploymentStep> &steps, const QString &plan, const Signoff &created)
{
    Deployment d;
    const QString base = created.at.toUTC().toString(u"yyyyMMdd-HHmmss"_s) + u'-' + profile.name;
    const QDir dir(deploymentsDirectory(projectDir));
    d.id = base;
    for (int n = 2; dir.exists(d.id + u".json"_s); ++n)
        d.id = base + u'-' + QString::number(n);
    d.profile = profile.name;
    d.environment = profile.environment;
    d.target = targetDisplay;
    d.dialect = dialect;
    d.from = from;
    d.to = to;
    d.steps = steps;
    d.plan = plan;
    d.created = created;
    for (const ChecklistItemTemplate &t : checklist.items)
        d.items << ChecklistItem{t, ItemState::Open, {}, {}, {}, {}, {}, {}, {}};
    return d;
}

QList<DeploymentStep> deploymentSteps(const Plan &plan, const QString &projectDir)
{
    QList<DeploymentStep> steps;
    const QDir dir(projectDir);
    for (const PlanStep &p : plan.steps) {
        const bool up = p.direction == Direction::Up;
        const std::optional<Script> &script = up ? p.migration.up : p.migration.down;
        const std::optional<Script> &inverse = up ? p.migration.down : p.migration.up;
        DeploymentStep s;
        s.key = p.migration.key();
        s.version = p.migration.displayVersion();
        s.description = p.migration.description;
        s.direction = up ? u"up"_s : u"down"_s;
        s.hasDown = p.migration.down.has_value() && !p.migration.down->empty;
        if (script) {
            s.script = dir.relativeFilePath(script->path);
            s.checksum = script->checksum;
            s.sql = scriptSource(*script);
        }
        if (inverse)
            s.inverseChecksum = inverse->checksum;
        steps << s;
    }
    return steps;
}

Message rebind(Deployment &deployment, const QString &from, const QString &to, const QList<DeploymentStep> &steps,
               const QString &plan)
{
    if (deployment.outcome || deployment.isClosed())
        return {};
    QList<Message> reasons;
    const auto version = [](const QString &v) { return v.isEmpty() ? Text::msg("everything pending") : Message(v); };
    const auto revision = [](const QString &r) { return r.isEmpty() ? Text::msg("none") : Message(r); };
    if (deployment.to != to)
        reasons << Text::msg("the target version changed: %1 → %2").arg(version(deployment.to), version(to));
    if (deployment.from != from)
        reasons << Text::msg("the target's revision changed: %1 → %2").arg(revision(deployment.from), revision(from));
    reasons << planChanges(deployment.steps, steps);
    QList<DeploymentStep> bound = steps;
    for (DeploymentStep &s : bound) {
        for (const DeploymentStep &old : std::as_const(deployment.steps)) {
            if (old.key == s.key && s.rollbackNote.isEmpty())
                s.rollbackNote = old.rollbackNote;
        }
    }
    const bool changed = deployment.plan != plan || deployment.from != from || deployment.to != to;
    const Message reason = Message::join(reasons, u"; "_s);
    deployment.from = from;
    deployment.to = to;
    deployment.plan = plan;
    deployment.steps = bound;
    for (ChecklistItem &i : deployment.items) {
        if (i.state != ItemState::Done && i.state != ItemState::Stale)
            continue;
        const bool current = boundToRevisionOnly(i) ? i.fromRevision == from : i.plan == plan;
        if (current) {
            i.state = ItemState::Done;
            i.staleReason = {};
        } else if (i.state == ItemState::Done) {
            i.state = ItemState::Stale;
            i.staleReason = reason;
        }
    }
    return changed ? (reason.isEmpty() ? Text::msg("the plan changed") : reason) : Message();
}

void recordItem(Deployment &deployment, const QString &id, bool ok, const Message &summary,
                const Evidence &evidence, const Signoff &by, const Message &error)
{
    ChecklistItem *item = deployment.item(id);
    if (!item)
        return;
    item->state = ok ? ItemState::Done : ItemState::Failed;
    item->summary = summary;
    item->evidence = evidence;
    item->signoff = by;
    item->plan = deployment.plan;
    item->fromRevision = deployment.from;
    item->staleReason = {};
    item->error = error;
}

QString signerName(const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    for (const char *name : {"GODWIT_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const passwd *user = getpwuid(geteuid()); user && user->pw_name)
        return QString::fromLocal8Bit(user->pw_name);
#endif
    return Text::tr("unknown");
}

Signoff signNow(const QString &by, const QString &note)
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return {by, now, note};
}

QString deploymentsDirectory(const QString &projectDir)
{
    return QDir(projectDir).filePath(u".godwit/deployments"_s);
}

QString backupsDirectory(const QString &projectDir)
{
    return QDir(projectDir).filePath(u".godwit/backups"_s);
}

QString saveDeployment(const QString &projectDir, const Deployment &deployment)
{
    const QString dir = deploymentsDirectory(projectDir);
    if (!QDir().mkpath(dir))
        return Text::tr("%1: cannot create the folder").arg(dir);
    // Backups are large and hold data: they stay out of git, the records go in.
    const QString ignore = QDir(projectDir).filePath(u".godwit/.gitignore"_s);
    if (!QFile::exists(ignore)) {
        QFile file(ignore);
        if (file.open(QIODevice::WriteOnly))
            file.write("backups/\n");
    }
    const QString path = QDir(dir).filePath(deployment.id + u".json"_s);
    const QByteArray bytes = deployment.toBytes();
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
        return {};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 || !out.commit())
        return Text::tr("%1: %2").arg(path, out.errorString());
    return {};
}

DeploymentLoad loadDeployment(const QString &path)
{
    DeploymentLoad load;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        load.error = Text::tr("%1: %2").arg(path, file.errorString());
        return load;
    }
    const std::optional<QJsonObject> document = SourceText(path, file.readAll()).jsonObject(&load.error);
    if (!document)
        return load;
    QString error;
    load.deployment = Deployment::fromJson(*document, &error);
    if (!load.deployment)
        load.error = Text::tr("%1: %2").arg(path, error);
    return load;
}

QList<Deployment> listDeployments(const QString &projectDir, QStringList *errors)
{
    QList<Deployment> list;
    const QDir dir(deploymentsDirectory(projectDir));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
    for (const QString &name : files) {
        DeploymentLoad load = loadDeployment(dir.filePath(name));
        if (load.deployment)
            list << *load.deployment;
        else if (errors)
            *errors << load.error;
    }
    // Ids start with the time; "…-local-2" came after "…-local".
    std::sort(list.begin(), list.end(), [](const Deployment &a, const Deployment &b) { return a.id > b.id; });
    return list;
}

std::optional<Deployment> currentDeployment(const QString &projectDir, const QString &profile)
{
    for (const Deployment &d : listDeployments(projectDir)) {
        if (d.profile == profile)
            return d.isClosed() ? std::nullopt : std::optional<Deployment>(d);
    }
    return std::nullopt;
}

} // namespace godwit
