#pragma once

#include "plan/status.h"
#include "lint/finding.h"

#include <QAbstractItemModel>
#include <QHash>

#include <array>

namespace godwit {

/*! A target's migrations as a tree for the migrations dock: four groups — Applied, Pending,
    Problems (modified, missing, failed, out of order) and Repeatable — each holding its
    migrations with version, description, status, applied at, duration and checksum. QtCore
    only: icons and colours are the view's business, read from StateRole. */
class MigrationTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Version, Description, Status, Findings, AppliedAt, Duration, Checksum, ColumnCount };
    enum Group { Applied, Pending, Problems, Repeatable, GroupCount };
    enum Role {
        StateRole = Qt::UserRole + 1, ///< MigrationState as int; invalid on group rows
        KeyRole,                      ///< the history key (canonical version)
        UpPathRole,
        DownPathRole,
        GroupRole,                    ///< Group as int, on group and migration rows
        FailedStatementRole,          ///< 1-based statement a failed migration stopped at, or 0
        FindingSeverityRole,          ///< the worst unsuppressed finding's Severity as int, or -1
        GroupNameRole,                ///< on group rows: the group's name, without its count
    };

    explicit MigrationTreeModel(QObject *parent = nullptr);

    /*! Replaces everything with a new status (one reset: the status is read as a whole). */
    void setStatus(const QList<StatusEntry> &status);
    const StatusEntry *entry(const QModelIndex &index) const;
    /*! The lint findings, shown per migration (by its up script) in the Findings column. */
    void setFindings(const QList<Finding> &findings);
    /*! The row of the migration with this key, or an invalid index. */
    QModelIndex indexOfKey(const QString &key) const;
    int count(Group group) const { return int(m_groups.at(group).size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Group groupOf(const StatusEntry &entry);
    /*! "applied", "failed — stopped at statement 3 of 7", … */
    static QString statusText(const StatusEntry &entry);

private:
    std::array<QList<StatusEntry>, GroupCount> m_groups;
    QHash<QString, QList<Finding>> m_findings; ///< by file, unsuppressed only
    QHash<QString, QString> m_lanes;           ///< by key: a graph format's lane drawing (laneDrawing())
};

} // namespace godwit
