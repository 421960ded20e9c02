#include "migrationtreemodel.h"

#include "plan/graphlanes.h"

#include <QMap>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// Group rows carry internalId 0; a migration row carries its group + 1.
constexpr quintptr groupRowId = 0;

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MigrationTreeModel)
};

QString groupName(int group)
{
    switch (group) {
    case MigrationTreeModel::Applied: return Text::tr("Applied");
    case MigrationTreeModel::Pending: return Text::tr("Pending");
    case MigrationTreeModel::Problems: return Text::tr("Problems");
    case MigrationTreeModel::Repeatable: return Text::tr("Repeatable");
    }
    return {};
}

} // namespace

MigrationTreeModel::MigrationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

MigrationTreeModel::Group MigrationTreeModel::groupOf(const StatusEntry &entry)
{
    switch (entry.state) {
    case MigrationState::Modified:
    case MigrationState::Missing:
    case MigrationState::Failed:
    case MigrationState::OutOfOrder:
        return Problems;
    case MigrationState::Applied:
        return entry.kind() == MigrationKind::Repeatable ? Repeatable : Applied;
    case MigrationState::Pending:
        return entry.kind() == MigrationKind::Repeatable ? Repeatable : Pending;
    }
    return Pending;
}

QString MigrationTreeModel::statusText(const StatusEntry &entry)
{
    if (entry.state == MigrationState::Failed && entry.history && entry.history->failedStatement > 0) {
        return Text::tr("failed — stopped at statement %1 of %2")
            .arg(entry.history->failedStatement)
            .arg(entry.history->statementCount);
    }
    if (entry.kind() == MigrationKind::Code && entry.migration && entry.migration->codePath.endsWith(u".py"))
        return entry.state == MigrationState::Applied ? Text::tr("applied — Alembic revision")
                                                      : Text::tr("pending — Alembic revision, applied with Alembic");
    if (entry.kind() == MigrationKind::Baseline)
        return entry.state == MigrationState::Applied ? Text::tr("applied — baseline")
                                                      : Text::tr("baseline — runs only on a database with no history");
    if (const Message covered = baselineCoverage(entry); !covered.isEmpty())
        return covered.text();
    if (entry.kind() == MigrationKind::Code)
        return entry.state == MigrationState::Applied ? Text::tr("applied — code migration")
                                                      : Text::tr("pending — code migration, run by the application");
    switch (entry.state) {
    case MigrationState::Applied: return Text::tr("applied");
    case MigrationState::Pending: return Text::tr("pending");
    case MigrationState::Modified: return Text::tr("modified since applied");
    case MigrationState::Missing: return Text::tr("applied, file missing");
    case MigrationState::Failed: return Text::tr("failed");
    case MigrationState::OutOfOrder: return Text::tr("pending, out of order");
    }
    return {};
}

void MigrationTreeModel::setStatus(const QList<StatusEntry> &status)
{
    beginResetModel();
    for (auto &group : m_groups)
        group.clear();
    QList<GraphNode> nodes;
    for (const StatusEntry &e : status) {
        m_groups[groupOf(e)].append(e);
        nodes.append({e.key(), e.migration ? e.migration->parents : QStringList()});
    }
    m_lanes.clear();
    const QStringList lanes = laneDrawing(nodes);
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (!lanes.at(i).isEmpty())
            m_lanes.insert(nodes.at(i).key, lanes.at(i));
    }
    endResetModel();
}

const StatusEntry *MigrationTreeModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == groupRowId)
        return nullptr;
    return &m_groups.at(index.internalId() - 1).at(index.row());
}

QModelIndex MigrationTreeModel::indexOfKey(const QString &key) const
{
    for (int g = 0; g < GroupCount; ++g) {
        for (int row = 0; row < m_groups.at(g).size(); ++row) {
            if (m_groups.at(g).at(row).key() == key)
                return createIndex(row, 0, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex MigrationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex MigrationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupRowId);
}

int MigrationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() != groupRowId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).size());
}

int MigrationTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

void MigrationTreeModel::setFindings(const QList<Finding> &findings)
{
    m_findings.clear();
    for (const Finding &f : findings) {
        if (!f.suppressed)
            m_findings[f.location.file] << f;
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int g = 0; g < GroupCount; ++g) {
        const QModelIndex group = index(g, 0);
        if (rowCount(group) > 0)
            Q_EMIT dataChanged(index(0, Findings, group), index(rowCount(group) - 1, Findings, group));
    }
}

QVariant MigrationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupRowId) {
        if (role == GroupRole)
            return index.row();
        if (role == GroupNameRole)
            return groupName(index.row());
        if (role == Qt::DisplayRole && index.column() == Version)
            return u"%1 (%2)"_s.arg(groupName(index.row())).arg(m_groups.at(index.row()).size());
        return {};
    }
    const StatusEntry &e = *entry(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Version: {
            const QString lane = m_lanes.value(e.key());
            return lane.isEmpty() ? e.version() : lane + u"  "_s + e.version();
        }
        case Description:
            if (e.migration && !e.migration->hooks.isEmpty())
                return Text::tr("%1 (+ %n hook(s), run by the application)", nullptr, int(e.migration->hooks.size()))
                    .arg(e.description());
            return e.description();
        case Status: return statusText(e);
        case AppliedAt:
            return e.history ? e.history->appliedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
        case Duration: // another tool's row does not say how long it took
            return e.history && e.history->origin.isEmpty() ? Text::tr("%1 ms").arg(e.history->durationMs) : QString();
        case Checksum: {
            const QString sum = e.migration ? e.migration->checksum() : e.history->checksum;
            return sum.left(12);
        }
        case Findings: {
            QMap<Severity, int> counts;
            for (const Finding &f : m_findings.value(e.migration && e.migration->up ? e.migration->up->path : QString()))
                ++counts[f.severity];
            QStringList parts;
            const int errors = counts.value(Severity::Error);
            const int warnings = counts.value(Severity::Warning);
            if (errors)
                parts << (errors == 1 ? Text::tr("1 error") : Text::tr("%1 errors").arg(errors));
            if (warnings)
                parts << (warnings == 1 ? Text::tr("1 warning") : Text::tr("%1 warnings").arg(warnings));
            if (counts.value(Severity::Info))
                parts << Text::tr("%1 info").arg(counts.value(Severity::Info));
            return parts.join(u", "_s);
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (e.history && !e.history->error.isEmpty())
            return QString(statusText(e) + u"\n"_s + e.history->error);
        if (index.column() == Checksum)
            return e.migration ? e.migration->checksum() : e.history->checksum;
        if (index.column() == Findings) {
            QStringList lines;
            for (const Finding &f : m_findings.value(e.migration && e.migration->up ? e.migration->up->path : QString()))
                lines << u"%1:%2 %3 [%4] %5"_s.arg(f.location.line).arg(f.location.column).arg(severityId(f.severity), f.rule,
                                                                                               f.message.text());
            return lines.join(u'\n');
        }
        if (e.migration) {
            QStringList lines{e.migration->file()};
            if (!e.migration->parents.isEmpty())
                lines << Text::tr("after: %1").arg(e.migration->parents.join(u", "_s));
            for (const QString &hook : e.migration->hooks)
                lines << Text::tr("hook, run by the application: %1").arg(hook);
            return lines.join(u'\n');
        }
        return QString();
    case StateRole: return int(e.state);
    case KeyRole: return e.key();
    case UpPathRole: return e.migration && e.migration->up ? e.migration->up->path : QString();
    case DownPathRole: return e.migration && e.migration->down ? e.migration->down->path : QString();
    case GroupRole: return int(index.internalId() - 1);
    case FailedStatementRole: return e.history ? e.history->failedStatement : 0;
    case FindingSeverityRole: {
        int worst = -1;
        for (const Finding &f : m_findings.value(e.migration && e.migration->up ? e.migration->up->path : QString()))
            worst = std::max(worst, int(f.severity));
        return worst;
    }
    }
    return {};
}

QVariant MigrationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Version: return Text::tr("Version");
    case Description: return Text::tr("Description");
    case Status: return Text::tr("Status");
    case AppliedAt: return Text::tr("Applied at");
    case Duration: return Text::tr("Duration");
    case Findings: return Text::tr("Findings");
    case Checksum: return Text::tr("Checksum");
    }
    return {};
}

} // namespace godwit
