#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace godwit {

/*! The migrations tree narrowed to a text: a migration stays when its version, description
    or status contains it, or the SQL of its up or down script does (case-insensitive). A
    script is read the first time a filter needs it, and again once the tree is read again
    (each save and each change on disk reads it again). Group rows count what is shown of
    them: "Applied (2 of 7)". */
class MigrationFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MigrationFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    const QString &text() const { return m_text; }
    /*! How many migrations the filter lets through. */
    int shownMigrations() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool scriptContains(const QString &path) const;

    QString m_text;
    mutable QHash<QString, QString> m_scripts; ///< path → text, since the tree was last read
};

} // namespace godwit
