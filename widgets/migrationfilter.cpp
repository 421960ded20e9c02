#include "migrationfilter.h"

#include "items/migrationtreemodel.h"

#include <QFile>

namespace godwit {

MigrationFilter::MigrationFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Before the proxy filters the new rows: the scripts are read again with the tree.
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        connect(sourceModel(), &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_scripts.clear(); });
    });
}

void MigrationFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

int MigrationFilter::shownMigrations() const
{
    int shown = 0;
    for (int group = 0; group < rowCount(); ++group)
        shown += rowCount(index(group, 0));
    return shown;
}

QVariant MigrationFilter::data(const QModelIndex &index, int role) const
{
    const bool groupRow = !index.parent().isValid();
    if (groupRow && role == Qt::DisplayRole && index.column() == MigrationTreeModel::Version && !m_text.isEmpty()) {
        const QModelIndex source = mapToSource(index);
        return tr("%1 (%2 of %3)")
            .arg(source.data(MigrationTreeModel::GroupNameRole).toString())
            .arg(rowCount(index))
            .arg(sourceModel()->rowCount(source));
    }
    return QSortFilterProxyModel::data(index, role);
}

bool MigrationFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    if (!sourceParent.isValid())
        return false; // a group row stays when one of its migrations does (recursive filtering)
    const QAbstractItemModel *model = sourceModel();
    for (int column : {MigrationTreeModel::Version, MigrationTreeModel::Description, MigrationTreeModel::Status}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    const QModelIndex row = model->index(sourceRow, 0, sourceParent);
    return scriptContains(row.data(MigrationTreeModel::UpPathRole).toString())
           || scriptContains(row.data(MigrationTreeModel::DownPathRole).toString());
}

bool MigrationFilter::scriptContains(const QString &path) const
{
    if (path.isEmpty())
        return false;
    auto it = m_scripts.find(path);
    if (it == m_scripts.end()) {
        QFile file(path);
        it = m_scripts.insert(path, file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.read(4 * 1024 * 1024))
                                                                   : QString());
    }
    return it->contains(m_text, Qt::CaseInsensitive);
}

} // namespace godwit
