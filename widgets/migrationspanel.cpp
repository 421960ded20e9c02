#include "migrationspanel.h"

#include "statuscolors.h"

#include "items/migrationtreemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// Icons and colours for the states: the model says what, the widgets say how it looks.
class StatusDecoration : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant state = QIdentityProxyModel::data(index, MigrationTreeModel::StateRole);
        if (role == Qt::DecorationRole && index.column() == 0) {
            if (!state.isValid())
                return groupIcon(QIdentityProxyModel::data(index, MigrationTreeModel::GroupRole).toInt());
            return stateIcon(MigrationState(state.toInt()));
        }
        if (role == Qt::ForegroundRole && state.isValid() && index.column() == MigrationTreeModel::Status)
            return stateColor(MigrationState(state.toInt()));
        if (role == Qt::FontRole && !state.isValid()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

MigrationsPanel::MigrationsPanel(MigrationTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
{
    auto *decoration = new StatusDecoration(this);
    decoration->setSourceModel(model);
    m_proxy->setSourceModel(decoration);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_filter->setPlaceholderText(tr("Filter by version, description or status"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the migrations whose version, description or status contains the text (Ctrl+Shift+F)"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    for (int column = 0; column < MigrationTreeModel::ColumnCount; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(MigrationTreeModel::Description, QHeaderView::Stretch);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &MigrationsPanel::showMenu);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const QString key = keyAt(index); !key.isEmpty())
            Q_EMIT openRequested(key);
    });
    // Group rows ("Applied (7)") span the columns; the groups open.
    const auto layoutGroups = [this] {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, {}, true);
        m_view->expandAll();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, layoutGroups);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, layoutGroups);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

QString MigrationsPanel::keyAt(const QModelIndex &viewIndex) const
{
    return viewIndex.data(MigrationTreeModel::StateRole).isValid() ? viewIndex.data(MigrationTreeModel::KeyRole).toString()
                                                                   : QString();
}

QModelIndex MigrationsPanel::viewIndexOfKey(const QString &key) const
{
    const QModelIndexList hits = m_proxy->match(m_proxy->index(0, 0), MigrationTreeModel::KeyRole, key, 1,
                                                Qt::MatchExactly | Qt::MatchRecursive);
    return hits.value(0);
}

void MigrationsPanel::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const QString key = keyAt(index);
    if (key.isEmpty())
        return;
    const QString path = index.data(MigrationTreeModel::UpPathRole).toString();
    const QString version = index.siblingAtColumn(MigrationTreeModel::Version).data().toString();
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, key] { Q_EMIT openRequested(key); })->setEnabled(!path.isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Dry run to here"), this, [this, key] { Q_EMIT dryRunToRequested(key); });
    menu.addAction(tr("Apply to here"), this, [this, key] { Q_EMIT applyToRequested(key); });
    menu.addAction(tr("Roll back to here"), this, [this, key] { Q_EMIT rollBackToRequested(key); });
    menu.addSeparator();
    menu.addAction(tr("Reveal in file manager"), this, [path] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    })->setEnabled(!path.isEmpty());
    menu.addAction(tr("Copy version"), this, [version] { QApplication::clipboard()->setText(version); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace godwit
