#include "statementresultsmodel.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace godwit {

StatementResultsModel::StatementResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StatementResultsModel::setSteps(const QList<StepRun> &steps, Dialect dialect)
{
    beginResetModel();
    m_rows.clear();
    for (const StepRun &step : steps) {
        for (qsizetype i = 0; i < step.statements.size(); ++i) {
            const StatementRun &s = step.statements.at(i);
            Row row{step.step, s, {}, {}, {}};
            for (const Measured &m : measured(dialect, step, i)) {
                row.locks << m.tag;
                row.lockWords << m.words.text();
            }
            m_rows.append(row);
        }
        if (step.statements.isEmpty() && !step.error.isEmpty()) {
            StatementRun none;
            none.outcome = step.cancelled ? StatementRun::Outcome::Cancelled : StatementRun::Outcome::Failed;
            m_rows.append({step.step, none, step.error, {}, {}});
        }
    }
    endResetModel();
}

int StatementResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatementResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    const StatementRun &s = row.statement;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Migration:
            return u"%1 %2 %3"_s.arg(row.step.direction == Direction::Up ? tr("up") : tr("down"),
                                     row.step.migration.displayVersion(), row.step.migration.description);
        case Location:
            return s.location.file.isEmpty() ? QString()
                                             : u"%1:%2:%3"_s.arg(QFileInfo(s.location.file).fileName())
                                                   .arg(s.location.line)
                                                   .arg(s.location.column);
        case Outcome: return statementOutcomeId(s.outcome);
        case Rows: return s.rowsAffected >= 0 ? QVariant(s.rowsAffected) : QVariant();
        case Duration: return s.location.file.isEmpty() ? QString() : tr("%1 ms").arg(s.durationMs, 0, 'f', 2);
        case Locks: return row.locks.join(u"; ");
        case Messages: {
            QStringList parts;
            if (!row.stepError.isEmpty())
                parts << row.stepError;
            if (!s.error.isEmpty())
                parts << s.error;
            if (!s.note.isEmpty())
                parts << s.note;
            parts << s.messages;
            return parts.join(u"; ");
        }
        case Sql: return s.sql.section(u'\n', 0, 0).simplified();
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Sql     ? s.sql
               : index.column() == Locks ? row.lockWords.join(u'\n')
                                         : data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == Rows || index.column() == Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant();
    case OutcomeRole: return int(s.outcome);
    case FileRole: return s.location.file;
    case LineRole: return s.location.line;
    }
    return {};
}

QVariant StatementResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Migration: return tr("Migration");
    case Location: return tr("Location");
    case Outcome: return tr("Outcome");
    case Rows: return tr("Rows");
    case Duration: return tr("Duration");
    case Locks: return tr("Locks");
    case Messages: return tr("Messages");
    case Sql: return tr("Statement");
    }
    return {};
}

} // namespace godwit
