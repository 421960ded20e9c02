#pragma once

#include "deployment/deployment.h"

#include <QAbstractItemModel>

namespace godwit {

/*! A deployment's checklist as a tree: the three sections, each with its items — title,
    state, the evidence in a line and who signed off — and the full evidence, stale reason
    and error as tooltips. QtCore only. */
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Item, State, Evidence, Signoff, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, CheckRole };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setDeployment(const std::optional<Deployment> &deployment);
    const std::optional<Deployment> &deployment() const { return m_deployment; }
    /*! The index of an item by id (column 0), invalid when there is none. */
    QModelIndex indexOf(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr int sectionCount = 3;
    std::optional<Deployment> m_deployment;
    QList<int> m_bySection[sectionCount]; ///< indexes into the items, per section
};

} // namespace godwit
