#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace godwit {

class MigrationFilter;
class MigrationTreeModel;

/*! The migrations dock's content: a filter box over the tree of MigrationTreeModel (see
    MigrationFilter), status shown by icon and colour, and the context menu of a migration. */
class MigrationsPanel : public QWidget
{
    Q_OBJECT

public:
    MigrationsPanel(MigrationTreeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    MigrationFilter *filterModel() const { return m_proxy; }
    /*! "No migration matches …", shown when the filter lets none through. */
    QLabel *noMatches() const { return m_noMatches; }
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
    void applyFilter();
    /*! Group rows span the columns and are open; the columns fit what is shown. */
    void layoutGroups();

    MigrationTreeModel *m_model;
    MigrationFilter *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QLabel *m_noMatches;
    QTimer *m_typing;
};

} // namespace godwit
