#include "checklistmodel.h"


using namespace Qt::StringLiterals;

namespace godwit {

namespace {

constexpr quintptr sectionRowId = 0;
constexpr ChecklistSection sections[] = {ChecklistSection::Before, ChecklistSection::During, ChecklistSection::After};

QString sectionTitle(int row)
{
    switch (row) {
    case 0:
        return QObject::tr("Before");
    case 1:
        return QObject::tr("During");
    default:
        return QObject::tr("After");
    }
}

} // namespace

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ChecklistModel::setDeployment(const std::optional<Deployment> &deployment)
{
    beginResetModel();
    m_deployment = deployment;
    for (auto &rows : m_bySection)
        rows.clear();
    if (m_deployment) {
        for (int i = 0; i < m_deployment->items.size(); ++i) {
            for (int s = 0; s < sectionCount; ++s) {
                if (m_deployment->items.at(i).def.section == sections[s])
                    m_bySection[s].append(i);
            }
        }
    }
    endResetModel();
}

QModelIndex ChecklistModel::indexOf(const QString &id) const
{
    for (int s = 0; s < sectionCount; ++s) {
        for (int row = 0; row < m_bySection[s].size(); ++row) {
            if (m_deployment->items.at(m_bySection[s].at(row)).def.id == id)
                return index(row, 0, index(s, 0));
        }
    }
    return {};
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : sectionRowId);
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, sectionRowId);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!m_deployment)
        return 0;
    if (!parent.isValid())
        return sectionCount;
    if (parent.internalId() != sectionRowId || parent.column() != 0)
        return 0;
    return int(m_bySection[parent.row()].size());
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_deployment)
        return {};
    if (index.internalId() == sectionRowId) {
        if (role != Qt::DisplayRole || index.column() != Item)
            return {};
        const QList<int> &rows = m_bySection[index.row()];
        const auto done = std::count_if(rows.cbegin(), rows.cend(),
                                        [this](int i) { return m_deployment->items.at(i).isDone(); });
        return QObject::tr("%1 (%2 of %3 done)").arg(sectionTitle(index.row())).arg(done).arg(rows.size());
    }
    const ChecklistItem &item = m_deployment->items.at(m_bySection[index.internalId() - 1].at(index.row()));
    switch (role) {
    case IdRole:
        return item.def.id;
    case StateRole:
        return int(item.state);
    case CheckRole:
        return int(item.def.check);
    case Qt::ToolTipRole: {
        QString tip = item.def.title.text();
        if (item.def.required)
            tip += QObject::tr(" — required before Apply on production");
        if (item.state == ItemState::Stale)
            tip += u"\n"_s + QObject::tr("Stale: %1").arg(item.staleReason.text());
        if (!item.error.isEmpty())
            tip += u"\n"_s + item.error.text();
        if (!item.summary.isEmpty() && item.summary.text() != item.error.text()) // said once
            tip += u"\n"_s + item.summary.text();
        return tip;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Item:
            return QString(item.def.title.text() + (item.def.required ? u" *"_s : QString()));
        case State:
            return itemStateText(item.state);
        case Evidence:
            if (item.state == ItemState::Stale)
                return QObject::tr("stale: %1").arg(item.staleReason.text());
            return item.summary.isEmpty() ? item.signoff.note : item.summary.text();
        case Signoff:
            return !item.isSignedOff()
                       ? QString()
                       : QObject::tr("%1, %2").arg(item.signoff.by,
                                                   item.signoff.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return QObject::tr("Item (* required)");
    case State:
        return QObject::tr("State");
    case Evidence:
        return QObject::tr("Evidence");
    case Signoff:
        return QObject::tr("Signed off");
    default:
        return {};
    }
}

} // namespace godwit
