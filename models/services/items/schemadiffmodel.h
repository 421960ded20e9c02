#pragma once

#include "schema/schemadiff.h"

#include <QAbstractItemModel>

namespace godwit {

/*! A structural diff as a tree for the preview: the three classes (destructive first), each
    with its changes — description, object kind, table, and the DDL before and after as
    tooltips. QtCore only. */
class SchemaDiffModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Change, Kind, Table, ColumnCount };
    enum Role { ClassRole = Qt::UserRole + 1, BeforeRole, AfterRole };

    explicit SchemaDiffModel(QObject *parent = nullptr);

    void setDiff(const SchemaDiff &diff);
    int changeCount() const { return int(m_diff.changes.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr int classCount = 3;
    SchemaDiff m_diff;
    QList<int> m_byClass[classCount]; ///< indexes into m_diff.changes, per row group
};

} // namespace godwit
