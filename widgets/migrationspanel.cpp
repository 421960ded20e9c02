#include "migrationspanel.h"

#include "migrationfilter.h"
#include "statuscolors.h"

#include "items/migrationtreemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
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
            return readableText(stateColor(MigrationState(state.toInt())));
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
    , m_proxy(new MigrationFilter(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_noMatches(new QLabel(this))
    , m_typing(new QTimer(this))
{
    auto *decoration = new StatusDecoration(this);
    decoration->setSourceModel(model);
    m_proxy->setSourceModel(decoration);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by version, description, status or SQL"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the migrations whose version, description, status or SQL contains the text "
                            "(Ctrl+Shift+F)"));
    // The scripts are read as the filter narrows: once typing pauses, not at every key.
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &MigrationsPanel::applyFilter);
    m_noMatches->setWordWrap(true);
    m_noMatches->setContentsMargins(6, 4, 6, 4);
    m_noMatches->hide();

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
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MigrationsPanel::layoutGroups);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MigrationsPanel::layoutGroups);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    layout->addWidget(m_noMatches);
    layout->addWidget(m_view, 1);
}

void MigrationsPanel::applyFilter()
{
    m_typing->stop();
    m_proxy->setText(m_filter->text());
    layoutGroups();
}

void MigrationsPanel::layoutGroups()
{
    // Group rows ("Applied (7)") span the columns; the groups open.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
    m_view->expandAll();
    for (int column = 0; column < MigrationTreeModel::ColumnCount; ++column) {
        if (column != MigrationTreeModel::Description)
            m_view->resizeColumnToContents(column);
    }
    const bool none = !m_proxy->text().isEmpty() && m_proxy->shownMigrations() == 0;
    m_noMatches->setText(none ? tr("No migration matches “%1” in its version, description, status or SQL.")
                                    .arg(m_proxy->text())
                              : QString());
    m_noMatches->setVisible(none);
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
    menu.setToolTipsVisible(true);
    const auto item = [&menu](const QString &text, const QString &tip, auto slot) {
        QAction *a = menu.addAction(text);
        a->setToolTip(tip);
        QObject::connect(a, &QAction::triggered, &menu, slot);
        return a;
    };
    item(tr("Open"), tr("Open its up and down scripts (Enter)"), [this, key] { Q_EMIT openRequested(key); })
        ->setEnabled(!path.isEmpty());
    menu.addSeparator();
    item(tr("Dry run to here"), tr("Run the plan up to this migration without changing the target"),
         [this, key] { Q_EMIT dryRunToRequested(key); });
    item(tr("Apply to here"), tr("Apply the pending migrations up to this one"), [this, key] { Q_EMIT applyToRequested(key); });
    item(tr("Roll back to here"), tr("Roll back the migrations newer than this one; it stays applied"),
         [this, key] { Q_EMIT rollBackToRequested(key); });
    item(tr("Mark as applied up to here…"),
         tr("Record this migration and the ones before it as applied without running them (a baseline: the "
            "database has them already)"),
         [this, key] { Q_EMIT markAppliedToRequested(key); });
    menu.addSeparator();
    item(tr("Reveal in file manager"), tr("Open the folder that holds its files"), [path] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    })->setEnabled(!path.isEmpty());
    item(tr("Copy version"), tr("Copy %1 to the clipboard").arg(version),
         [version] { QApplication::clipboard()->setText(version); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace godwit
