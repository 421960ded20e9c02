#include "problemsmodel.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
        return std::tuple(a.suppressed, -int(a.severity), a.location.file, a.location.line)
               < std::tuple(b.suppressed, -int(b.severity), b.location.file, b.location.line);
    });
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return f.suppressed ? tr("%1 (suppressed)").arg(severityId(f.severity)) : severityId(f.severity);
        case Rule:
            return f.rule;
        case Message:
            return f.data.isEmpty() ? f.message.text() : QString(f.message.text() + u" — "_s + f.data.text());
        case Location:
            return u"%1:%2:%3"_s.arg(QFileInfo(f.location.file).fileName()).arg(f.location.line).arg(f.location.column);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1\nWhy: %2\nInstead: %3%4")
            .arg(f.location.toString() + u": "_s + f.message.text(), f.why.text(), f.recipe.text(),
                 f.suppressed ? tr("\nSuppressed: %1").arg(f.suppression) : QString());
    case FileRole:
        return f.location.file;
    case LineRole:
        return f.location.line;
    case SeverityRole:
        return int(f.severity);
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Rule:
        return tr("Rule");
    case Message:
        return tr("Problem");
    case Location:
        return tr("Where");
    }
    return {};
}

} // namespace godwit
