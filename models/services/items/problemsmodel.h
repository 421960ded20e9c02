#pragma once

#include "lint/finding.h"

#include <QAbstractTableModel>

namespace godwit {

/*! Lint findings as a table for the Problems dock: severity, rule, message, where; errors
    first, then by file and line. Suppressed findings are listed last, marked. QtCore only. */
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Rule, Message, Location, ColumnCount };
    enum Role { FileRole = Qt::UserRole + 1, LineRole, SeverityRole };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

} // namespace godwit
