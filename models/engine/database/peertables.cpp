#include "peertables.h"

#include "drivers/enginedriver.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(PeerTables)
};

// What each tool's table holds, as the columns of one SELECT (PEER_HISTORY.md).
QString selectFor(const PeerTableSpec &spec, const QString &table, Dialect dialect)
{
    switch (spec.tool) {
    case PeerTool::Flyway:
        return u"SELECT installed_rank, version, description, type, script, checksum, installed_by, installed_on, "
               u"success FROM "_s + table;
    case PeerTool::GolangMigrate: return u"SELECT version, dirty FROM "_s + table;
    case PeerTool::Dbmate: return u"SELECT version FROM "_s + table;
    case PeerTool::Goose: return u"SELECT id, version_id, is_applied, tstamp FROM "_s + table;
    case PeerTool::Diesel: return u"SELECT version, run_on FROM "_s + table;
    case PeerTool::Prisma:
        return u"SELECT migration_name, checksum, finished_at, rolled_back_at, logs, started_at FROM "_s + table;
    case PeerTool::Sqitch: // CHANGE is a reserved word on MySQL
        return u"SELECT "_s + quotedIdentifier(dialect, u"change"_s) + u", committed_at, committer_name, change_id FROM "_s + table;
    case PeerTool::Custom: break;
    }
    QString columns = quotedIdentifier(dialect, spec.column);
    if (!spec.appliedAt.isEmpty())
        columns += u", "_s + quotedIdentifier(dialect, spec.appliedAt);
    return u"SELECT "_s + columns + u" FROM "_s + table;
}

// Timestamps without a zone are taken as UTC, the zone the tools' servers are told to use.
QDateTime timestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime at = value.toDateTime();
    if (!at.isValid())
        at = QDateTime::fromString(value.toString().left(19).replace(u' ', u'T'), Qt::ISODate);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc());
    return at;
}

PeerRow rowOf(const PeerTableSpec &spec, const QSqlQuery &q)
{
    PeerRow r;
    switch (spec.tool) {
    case PeerTool::Flyway:
        r.order = q.value(0).toLongLong();
        r.value = q.value(1).toString();
        r.description = q.value(2).toString();
        r.type = q.value(3).toString();
        r.script = q.value(4).toString();
        r.checksum = q.value(5).isNull() ? QString() : QString::number(q.value(5).toInt());
        r.by = q.value(6).toString();
        r.at = timestamp(q.value(7));
        r.success = peerFlag(q.value(8));
        break;
    case PeerTool::GolangMigrate:
        r.value = q.value(0).toString();
        r.success = !peerFlag(q.value(1));
        break;
    case PeerTool::Dbmate: r.value = q.value(0).toString(); break;
    case PeerTool::Goose:
        r.order = q.value(0).toLongLong();
        r.value = q.value(1).toString();
        r.undone = !peerFlag(q.value(2));
        r.at = timestamp(q.value(3));
        break;
    case PeerTool::Diesel:
        r.value = q.value(0).toString();
        r.at = timestamp(q.value(1));
        break;
    case PeerTool::Prisma:
        r.value = q.value(0).toString();
        r.checksum = q.value(1).toString();
        r.at = timestamp(q.value(2));
        r.undone = !q.value(3).isNull();
        r.success = !q.value(2).isNull() || r.undone;
        r.error = q.value(4).toString();
        r.order = timestamp(q.value(5)).toMSecsSinceEpoch(); // attempts in the order they started
        if (!r.at.isValid())
            r.at = timestamp(q.value(5));
        break;
    case PeerTool::Sqitch:
        r.value = q.value(0).toString();
        r.at = timestamp(q.value(1));
        r.by = q.value(2).toString();
        r.script = q.value(3).toString(); // the change's id
        r.order = r.at.toMSecsSinceEpoch();
        break;
    case PeerTool::Custom:
        r.value = q.value(0).toString();
        if (!spec.appliedAt.isEmpty())
            r.at = timestamp(q.value(1));
        break;
    }
    return r;
}

} // namespace

bool peerFlag(const QVariant &value)
{
    const QString text = value.toString().toLower();
    return text == u"1" || text == u"t" || text == u"true";
}

QString peerQualifier(Connection &connection, const PeerTableSpec &spec)
{
    const EngineDriver &driver = connection.driver();
    return spec.tool == PeerTool::Sqitch ? driver.sqitchRegistry(connection) : driver.sessionQualifier(connection);
}

QString sessionTable(Connection &connection, const QString &qualifier, const QString &name)
{
    return qualifier.isEmpty() ? quotedIdentifier(connection.dialect(), name)
                               : qualifiedIdentifier(connection.dialect(), qualifier, name);
}

// The rows of table (as SQL text names it), read as spec's tool means them.
std::optional<PeerHistory> readPeerRows(Connection &connection, const PeerTableSpec &spec, const QString &table, Message *error)
{
    PeerHistory peer;
    peer.spec = spec;
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    // A registry may hold several sqitch projects: only the folder's rows are its history.
    const bool oneProject = spec.tool == PeerTool::Sqitch && !spec.project.isEmpty();
    const QString select = selectFor(spec, table, connection.dialect());
    bool read = false;
    if (oneProject) {
        read = q.prepare(select + u" WHERE project = ?"_s);
        q.addBindValue(spec.project);
        read = read && q.exec();
    } else {
        read = q.exec(select);
    }
    if (!read) {
        *error = Text::msg("%1: cannot read %2 (%3's history): %4")
                     .arg(connection.spec().display(), spec.table, peerToolId(spec.tool), q.lastError().text());
        return std::nullopt;
    }
    while (q.next())
        peer.rows.append(rowOf(spec, q));
    return peer;
}


std::optional<PeerHistory> readPeerTable(Connection &connection, const PeerTableSpec &spec, Message *error)
{
    const QString qualifier = peerQualifier(connection, spec);
    const QString table = sessionTable(connection, qualifier, spec.table);
    const EngineDriver &driver = connection.driver();
    const auto release = qScopeGuard([&] {
        if (spec.tool == PeerTool::Sqitch)
            driver.releaseSqitchRegistry(connection);
    });
    if ((spec.tool == PeerTool::Sqitch && qualifier.isEmpty()) || !driver.tableExists(connection, qualifier, spec.table, table))
        return PeerHistory{spec, {}};
    // Asked first: SQLite reads a quoted name that is no column as a string, one per row.
    for (const QString &column : {spec.column, spec.appliedAt}) {
        if (spec.tool == PeerTool::Custom && !column.isEmpty()
            && !driver.hasColumn(connection, qualifier, spec.table, table, column)) {
            *error = Text::msg("%1: cannot read %2 (%3's history): it has no column %4")
                         .arg(connection.spec().display(), spec.table, peerToolId(spec.tool), column);
            return std::nullopt;
        }
    }
    return readPeerRows(connection, spec, table, error);
}

QList<PeerHistory> findPeerTables(Connection &connection, const QString &sqitchProject)
{
    QList<PeerHistory> found;
    const EngineDriver &driver = connection.driver();
    for (const PeerTool tool :
         {PeerTool::Flyway, PeerTool::Dbmate, PeerTool::Goose, PeerTool::Diesel, PeerTool::Prisma, PeerTool::Sqitch}) {
        if (tool == PeerTool::Sqitch && sqitchProject.isEmpty())
            continue;
        PeerTableSpec spec = peerTableSpec(tool);
        spec.project = tool == PeerTool::Sqitch ? sqitchProject : QString();
        const QString qualifier = peerQualifier(connection, spec);
        const QString table = sessionTable(connection, qualifier, spec.table);
        const auto release = qScopeGuard([&] {
            if (tool == PeerTool::Sqitch)
                driver.releaseSqitchRegistry(connection);
        });
        if ((tool == PeerTool::Sqitch && qualifier.isEmpty()) || !driver.tableExists(connection, qualifier, spec.table, table))
            continue;
        if (tool == PeerTool::Dbmate && driver.hasColumn(connection, qualifier, spec.table, table, u"dirty"_s))
            spec = peerTableSpec(PeerTool::GolangMigrate);
        Message ignored; // a table of that name that is not the tool's is not reported
        std::optional<PeerHistory> peer = readPeerRows(connection, spec, table, &ignored);
        if (peer && (tool != PeerTool::Sqitch || !peer->rows.isEmpty())) // other projects' registry
            found.append(std::move(*peer));
    }
    return found;
}

} // namespace godwit
