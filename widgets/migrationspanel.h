#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace godwit {

class MigrationTreeModel;

/*! The migrations dock's content: a filter box over the tree of MigrationTreeModel, status
    shown by icon and colour, and the context menu of a migration. */
class MigrationsPanel : public QWidget
{
    Q_OBJECT

public:
    MigrationsPanel(MigrationTreeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    /*! The key of the migration at a view index (through the proxies), or empty. */
    QString keyAt(const QModelIndex &viewIndex) const;
    QModelIndex viewIndexOfKey(const QString &key) const;

Q_SIGNALS:
    void openRequested(const QString &key);
    void dryRunToRequested(const QString &key);
    void applyToRequested(const QString &key);
    void rollBackToRequested(const QString &key);
    void markAppliedToRequested(const QString &key);

private:
    void showMenu(const QPoint &pos);

    MigrationTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
};

} // namespace godwit
