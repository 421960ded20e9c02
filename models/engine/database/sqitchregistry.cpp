#include "sqitchregistry.h"

#include "drivers/enginedriver.h"
#include "migrations/sqitchids.h"
#include "sql/dialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// sqitch binds '' for a change or tag without a note; Qt binds a null QString as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

} // namespace

SqitchRegistryWriter::SqitchRegistryWriter(Connection &connection, const MigrationSource &source)
    : m_connection(connection)
    , m_source(source)
{
}

QString SqitchRegistryWriter::table(const QString &name) const
{
    return qualifiedIdentifier(m_connection.dialect(), m_qualifier, name);
}

QString SqitchRegistryWriter::change() const
{
    return quotedIdentifier(m_connection.dialect(), u"change"_s); // a reserved word on MySQL
}

bool SqitchRegistryWriter::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_connection.database());
    if (q.prepare(sql)) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
    }
    m_error = u"sqitch's registry (%1): %2"_s.arg(m_qualifier, q.lastError().text());
    return false;
}

std::optional<QStringList> SqitchRegistryWriter::column(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (q.prepare(sql)) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec()) {
            QStringList out;
            while (q.next())
                out.append(q.value(0).toString());
            return out;
        }
    }
    m_error = u"sqitch's registry (%1): %2"_s.arg(m_qualifier, q.lastError().text());
    return std::nullopt;
}

bool SqitchRegistryWriter::ready()
{
    // Again at each run: SQLite's registry file is detached once a status has read it.
    const EngineDriver &driver = m_connection.driver();
    m_qualifier = driver.sqitchRegistry(m_connection);
    if (m_project && !m_qualifier.isEmpty())
        return true;
    if (m_qualifier.isEmpty()
        || !driver.tableExists(m_connection, m_qualifier, u"changes"_s, table(u"changes"_s))) {
        m_error = u"sqitch's registry is not on %1, and Godwit does not create one: sqitch does when it first deploys "
                  u"(sqitch deploy --log-only --to CHANGE records what the database already has without running it)"_s
                      .arg(m_connection.spec().display());
        return false;
    }
    std::optional<SqitchProject> project = readSqitchProject(m_source.folder);
    if (!project || project->project.isEmpty()) {
        m_error = u"%1 has no sqitch.plan: the registry's rows are keyed on the ids of the plan's changes"_s.arg(
            m_source.folder);
        return false;
    }
    if (!project->registry.isEmpty() && project->registry != u"sqitch") {
        m_error = u"sqitch.conf names the registry %1; Godwit reads and writes the one named sqitch"_s.arg(project->registry);
        return false;
    }
    const SqitchUser user = sqitchUser(*project);
    m_user = user.name;
    m_email = user.email;
    // register_project: the project's row, with its URI, unless it is there.
    const std::optional<QStringList> uri =
        column(u"SELECT uri FROM %1 WHERE project = ?"_s.arg(table(u"projects"_s)), {project->project});
    if (!uri)
        return false;
    if (!uri->isEmpty() && uri->first() != project->uri) {
        m_error = u"sqitch's registry has the project %1 with the URI %2, the plan says %3"_s.arg(
            project->project, uri->first().isEmpty() ? u"(none)"_s : uri->first(),
            project->uri.isEmpty() ? u"(none)"_s : project->uri);
        return false;
    }
    if (uri->isEmpty()
        && !run(u"INSERT INTO %1 (project, uri, created_at, creator_name, creator_email) VALUES (?, ?, %2, ?, ?)"_s.arg(
                    table(u"projects"_s), driver.sqitchNow()),
                {project->project, project->uri.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : project->uri,
                 m_user, m_email}))
        return false;
    m_ids = sqitchChangeIds(*project);
    m_project = std::move(project);
    return true;
}

std::optional<SqitchRegistryWriter::Planned> SqitchRegistryWriter::planned(const Migration &m) const
{
    if (!m_project)
        return std::nullopt;
    // As the folder's migrations are keyed (graphformats.cpp): name, then name#2 for the
    // second instance of a reworked change.
    QHash<QString, int> instances;
    for (qsizetype i = 0; i < m_project->changes.size(); ++i) {
        const SqitchChange &c = m_project->changes.at(i);
        if (!c.deploy)
            continue;
        const int n = ++instances[c.name];
        if ((n == 1 ? c.name : c.name + u'#' + QString::number(n)) == m.key())
            return Planned{&c, m_ids.at(i), n - 1};
    }
    return std::nullopt;
}

std::optional<SqitchRegistryWriter::Planned> SqitchRegistryWriter::found(const Migration &m)
{
    std::optional<Planned> p = planned(m);
    if (!p)
        m_error = cannotRecord(m);
    return p;
}

QString SqitchRegistryWriter::cannotRecord(const Migration &m) const
{
    if (planned(m))
        return {};
    return u"%1 is no change of the sqitch plan %2"_s.arg(m.key(), m_project ? m_project->planPath : m_source.folder);
}

// change_id_for(first => 1): the deployed change a requirement names.
std::optional<QString> SqitchRegistryWriter::resolved(const SqitchDependency &dep)
{
    const QString project = dep.project.isEmpty() ? m_project->project : dep.project;
    const QString changes = table(u"changes"_s);
    std::optional<QStringList> ids;
    if (!dep.id.isEmpty()) {
        ids = column(u"SELECT change_id FROM %1 WHERE change_id = ?"_s.arg(changes), {dep.id});
    } else if (!dep.change.isEmpty() && dep.tag == u"HEAD") {
        ids = column(u"SELECT change_id FROM %1 WHERE project = ? AND %2 = ? ORDER BY committed_at DESC"_s.arg(changes, change()),
                     {project, dep.change});
    } else if (!dep.change.isEmpty() && !dep.tag.isEmpty()) {
        if (dep.tag == u"ROOT")
            return QString();
        ids = column(u"SELECT c.change_id FROM %1 c JOIN %2 t ON c.committed_at <= t.committed_at AND c.project = "
                     u"t.project WHERE c.project = ? AND c.%3 = ? AND t.tag = ? ORDER BY c.committed_at DESC"_s.arg(
                         changes, table(u"tags"_s), change()),
                     {project, dep.change, QString(u'@' + dep.tag)});
    } else if (!dep.change.isEmpty()) {
        ids = column(u"SELECT change_id FROM %1 WHERE project = ? AND %2 = ? ORDER BY committed_at"_s.arg(changes, change()),
                     {project, dep.change});
    } else if (dep.tag == u"HEAD" || dep.tag == u"ROOT") {
        ids = column(u"SELECT change_id FROM %1 WHERE project = ? ORDER BY committed_at %2"_s.arg(
                         changes, dep.tag == u"HEAD" ? u"DESC"_s : u"ASC"_s),
                     {project});
    } else {
        ids = column(u"SELECT change_id FROM %1 WHERE project = ? AND tag = ?"_s.arg(table(u"tags"_s)),
                     {project, QString(u'@' + dep.tag)});
    }
    if (!ids)
        return std::nullopt;
    return ids->isEmpty() ? QString() : ids->first();
}

bool SqitchRegistryWriter::logEvent(const QString &event, const QString &changeId, const QString &name,
                                    const QVariantList &details, const QStringList &tags, const QString &tagSeparator,
                                    const QStringList &required, const QStringList &conflicts)
{
    const EngineDriver &driver = m_connection.driver();
    QVariantList values{event, changeId, name, m_project->project, text(details.value(0).toString())};
    const QString tagList = driver.sqitchList(tags, tagSeparator, values);
    const QString requiredList = driver.sqitchList(required, u","_s, values);
    const QString conflictList = driver.sqitchList(conflicts, u","_s, values);
    values << m_user << m_email << details.value(1) << details.value(2) << details.value(3);
    return run(u"INSERT INTO %1 (event, change_id, %2, project, note, tags, requires, conflicts, committer_name, "
               u"committer_email, planned_at, planner_name, planner_email, committed_at) VALUES (?, ?, ?, ?, ?, %3, %4, "
               u"%5, ?, ?, ?, ?, ?, %6)"_s.arg(table(u"events"_s), change(), tagList, requiredList, conflictList,
                                               driver.sqitchNow()),
               values);
}

bool SqitchRegistryWriter::canDeploy(const Migration &m)
{
    const std::optional<Planned> p = found(m);
    return p && requirementIds(*p->change).has_value();
}

// check_deploy_dependencies: each requirement's deployed change, before anything is written.
std::optional<QStringList> SqitchRegistryWriter::requirementIds(const SqitchChange &c)
{
    QStringList ids;
    for (const SqitchDependency &dep : c.requirements) {
        const std::optional<QString> id = resolved(dep);
        if (!id)
            return std::nullopt;
        if (id->isEmpty()) {
            m_error = u"sqitch's registry has no deployed %1, which %2 requires"_s.arg(
                sqitchDependencyName(dep, m_project->project), c.name);
            return std::nullopt;
        }
        ids.append(*id);
    }
    return ids;
}

// check_revert_dependencies: no deployed change, of any project, may require the one going.
std::optional<QString> SqitchRegistryWriter::deployedId(const Migration &m)
{
    const std::optional<Planned> p = found(m);
    if (!p)
        return std::nullopt;
    // The row the registry has for this instance: the n-th of its name, as it was read.
    const std::optional<QStringList> ids =
        column(u"SELECT change_id FROM %1 WHERE project = ? AND %2 = ? ORDER BY committed_at"_s.arg(table(u"changes"_s), change()),
               {m_project->project, p->change->name});
    if (!ids)
        return std::nullopt;
    if (ids->size() <= p->instance)
        return QString(); // the registry does not have it
    const QString id = ids->at(p->instance);
    const std::optional<QStringList> by = column(
        u"SELECT c.project, c.%1 FROM %2 d JOIN %3 c ON c.change_id = d.change_id WHERE d.dependency_id = ?"_s.arg(
            change(), table(u"dependencies"_s), table(u"changes"_s)),
        {id});
    if (!by)
        return std::nullopt;
    if (!by->isEmpty()) {
        m_error = u"sqitch's registry says %1 requires %2: revert that first"_s.arg(by->join(u", "_s), p->change->name);
        return std::nullopt;
    }
    return id;
}

bool SqitchRegistryWriter::canRevert(const Migration &m)
{
    return deployedId(m).has_value();
}

// _prepare_to_log, for every engine: a row is committed after every earlier one of the
// project, so that sqitch's order by committed_at is the order Godwit wrote in.
bool SqitchRegistryWriter::afterLastRow()
{
    const QString sql = u"SELECT count(*) FROM %1 WHERE project = ? AND committed_at >= %2"_s.arg(
        table(u"events"_s), m_connection.driver().sqitchNow());
    for (int tries = 0; tries < 2000; ++tries) {
        const std::optional<QStringList> later = column(sql, {m_project->project});
        if (!later)
            return false;
        if (later->value(0) == u"0")
            return true;
        QThread::msleep(1);
    }
    m_error = u"sqitch's registry has events committed in the future (%1): check the server's clock"_s.arg(m_qualifier);
    return false;
}

bool SqitchRegistryWriter::deployed(const Migration &m)
{
    const std::optional<Planned> p = found(m);
    if (!p)
        return false;
    const SqitchChange &c = *p->change;
    const std::optional<QStringList> requirements = requirementIds(c);
    if (!requirements || !afterLastRow())
        return false;
    const EngineDriver &driver = m_connection.driver();
    const QString now = driver.sqitchNow();
    const QVariant plannedAt = driver.sqitchTime(c.planned);
    const QString hash = sqitchScriptHash(c.deployPath);
    // A row of this change left behind (the registry edited by hand) is replaced, not doubled.
    for (const QString &t : {u"tags"_s, u"dependencies"_s, u"changes"_s}) {
        if (!run(u"DELETE FROM %1 WHERE change_id = ?"_s.arg(table(t)), {p->id}))
            return false;
    }
    if (!run(u"INSERT INTO %1 (change_id, script_hash, %2, project, note, committer_name, committer_email, planned_at, "
             u"planner_name, planner_email, committed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %3)"_s.arg(
                 table(u"changes"_s), change(), now),
             {p->id, hash.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(hash), c.name,
              m_project->project, text(c.note), m_user, m_email, plannedAt, c.plannerName, c.plannerEmail}))
        return false;
    for (qsizetype i = 0; i < c.requirements.size(); ++i) {
        if (!run(u"INSERT INTO %1 (change_id, type, dependency, dependency_id) VALUES (?, ?, ?, ?)"_s.arg(
                     table(u"dependencies"_s)),
                 {p->id, u"require"_s, sqitchDependencyName(c.requirements.at(i), m_project->project),
                  requirements->at(i)}))
            return false;
    }
    for (const SqitchDependency &dep : c.conflicts) {
        const QString name = sqitchDependencyName(dep, m_project->project);
        if (!run(u"INSERT INTO %1 (change_id, type, dependency, dependency_id) VALUES (?, ?, ?, ?)"_s.arg(
                     table(u"dependencies"_s)),
                 {p->id, u"conflict"_s, name, QVariant(QMetaType(QMetaType::QString))}))
            return false;
    }
    for (const SqitchTag &tag : c.tags) {
        if (!run(u"INSERT INTO %1 (tag_id, tag, project, change_id, note, committer_name, committer_email, planned_at, "
                 u"planner_name, planner_email, committed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %2)"_s.arg(
                     table(u"tags"_s), now),
                 {sqitchTagId(*m_project, tag, p->id), QString(u'@' + tag.name), m_project->project, p->id, text(tag.note),
                  m_user, m_email, driver.sqitchTime(tag.planned), tag.plannerName, tag.plannerEmail}))
            return false;
    }
    return logPlanned(u"deploy"_s, *p);
}

bool SqitchRegistryWriter::failed(const Migration &m)
{
    const std::optional<Planned> p = found(m);
    return p && afterLastRow() && logPlanned(u"fail"_s, *p);
}

// An event of a change as the plan has it (log_deploy_change, log_fail_change).
bool SqitchRegistryWriter::logPlanned(const QString &event, const Planned &p)
{
    const SqitchChange &c = *p.change;
    QStringList required, conflicts, tags;
    for (const SqitchDependency &dep : c.requirements)
        required.append(sqitchDependencyName(dep, m_project->project));
    for (const SqitchDependency &dep : c.conflicts)
        conflicts.append(sqitchDependencyName(dep, m_project->project));
    for (const SqitchTag &tag : c.tags)
        tags.append(u'@' + tag.name);
    return logEvent(event, p.id, c.name, {c.note, m_connection.driver().sqitchTime(c.planned), c.plannerName, c.plannerEmail},
                    tags, u" "_s, required, conflicts);
}

bool SqitchRegistryWriter::reverted(const Migration &m)
{
    const std::optional<QString> id = deployedId(m);
    if (!id)
        return false;
    if (id->isEmpty())
        return true; // the registry does not have it: nothing to take out
    QSqlQuery q(m_connection.database());
    q.prepare(u"SELECT %1, note, planned_at, planner_name, planner_email FROM %2 WHERE change_id = ?"_s.arg(
        change(), table(u"changes"_s)));
    q.addBindValue(*id);
    if (!q.exec() || !q.next()) {
        m_error = u"sqitch's registry (%1): %2"_s.arg(m_qualifier, q.lastError().text());
        return false;
    }
    const QString name = q.value(0).toString();
    const QVariantList details{q.value(1), q.value(2), q.value(3), q.value(4)};
    q.finish();
    const std::optional<QStringList> tags = column(u"SELECT tag FROM %1 WHERE change_id = ?"_s.arg(table(u"tags"_s)), {*id});
    const QString byType = u"SELECT dependency FROM %1 WHERE change_id = ? AND type = ?"_s.arg(table(u"dependencies"_s));
    const std::optional<QStringList> required = column(byType, {*id, u"require"_s});
    const std::optional<QStringList> conflicts = column(byType, {*id, u"conflict"_s});
    if (!tags || !required || !conflicts || !afterLastRow())
        return false;
    for (const QString &t : {u"tags"_s, u"dependencies"_s, u"changes"_s}) {
        if (!run(u"DELETE FROM %1 WHERE change_id = ?"_s.arg(table(t)), {*id}))
            return false;
    }
    return logEvent(u"revert"_s, *id, name, details, *tags, u","_s, *required, *conflicts);
}

} // namespace godwit
