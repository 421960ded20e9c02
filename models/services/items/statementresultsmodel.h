#pragma once

#include "database/scriptrunner.h"

#include <QAbstractTableModel>

namespace godwit {

/*! What each statement of a dry run did, one row per statement: migration, location,
    outcome, rows, duration, and the server's messages, note or error. QtCore only. */
class StatementResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Migration, Location, Outcome, Rows, Duration, Locks, Messages, Sql, ColumnCount };
    enum Role { OutcomeRole = Qt::UserRole + 1, FileRole, LineRole };

    explicit StatementResultsModel(QObject *parent = nullptr);

    /*! The statements of steps, run on dialect (which names their locks). */
    void setSteps(const QList<StepRun> &steps, Dialect dialect = Dialect::SQLite);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        PlanStep step;
        StatementRun statement;
        QString stepError; ///< a step that stopped before any statement (split error, no down)
        QStringList locks;      ///< "AccessExclusiveLock orders", "rewrites orders": the column
        QStringList lockWords;  ///< each lock and rewrite in a sentence: the tooltip
    };
    QList<Row> m_rows;
};

} // namespace godwit
