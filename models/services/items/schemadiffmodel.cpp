#include "schemadiffmodel.h"


using namespace Qt::StringLiterals;

namespace godwit {

namespace {

constexpr quintptr groupRowId = 0;
// Rows in the order a reviewer reads them: what destroys first.
constexpr SchemaChange::Class rowClasses[] = {SchemaChange::Class::Destructive, SchemaChange::Class::Rewriting,
                                              SchemaChange::Class::Additive};


} // namespace

SchemaDiffModel::SchemaDiffModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SchemaDiffModel::setDiff(const SchemaDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    for (auto &rows : m_byClass)
        rows.clear();
    for (int i = 0; i < m_diff.changes.size(); ++i) {
        for (int g = 0; g < classCount; ++g) {
            if (m_diff.changes.at(i).changeClass == rowClasses[g])
                m_byClass[g].append(i);
        }
    }
    endResetModel();
}

QModelIndex SchemaDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : groupRowId);
}

QModelIndex SchemaDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupRowId);
}

int SchemaDiffModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return classCount;
    if (parent.internalId() != groupRowId || parent.column() != 0)
        return 0;
    return int(m_byClass[parent.row()].size());
}

int SchemaDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupRowId) {
        const SchemaChange::Class c = rowClasses[index.row()];
        if (role == ClassRole)
            return int(c);
        if (role == Qt::DisplayRole && index.column() == Change)
            return u"%1 (%2)"_s.arg(changeClassText(c)).arg(m_byClass[index.row()].size());
        return {};
    }
    const SchemaChange &c = m_diff.changes.at(m_byClass[index.internalId() - 1].at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Change: return c.description().text();
        case Kind: return objectKindText(c.objectKind);
        case Table: return c.table;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip;
        if (!c.before.isEmpty())
            tip += tr("Before:\n%1").arg(c.before);
        if (!c.after.isEmpty())
            tip += (tip.isEmpty() ? QString() : u"\n\n"_s) + tr("After:\n%1").arg(c.after);
        return tip;
    }
    case ClassRole: return int(c.changeClass);
    case BeforeRole: return c.before;
    case AfterRole: return c.after;
    }
    return {};
}

QVariant SchemaDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Change: return tr("Change");
    case Kind: return tr("Kind");
    case Table: return tr("Table");
    }
    return {};
}

} // namespace godwit
