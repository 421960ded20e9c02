#pragma once

#include <QDateTime>
#include <QHash>
#include <QSortFilterProxyModel>

namespace godwit {

/*! The migrations tree narrowed to a text: a migration stays when its version, description
    or status contains it, or the SQL of its up or down script does (case-insensitive). The
    scripts are read once per change of their file. Group rows count what is shown of them:
    "Applied (2 of 7)". */
class MigrationFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text);
    const QString &text() const { return m_text; }
    /*! How many migrations the filter lets through. */
    int shownMigrations() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Script
    {
        QDateTime modified;
        QString text;
    };
    bool scriptContains(const QString &path) const;

    QString m_text;
    mutable QHash<QString, Script> m_scripts;
};

} // namespace godwit
