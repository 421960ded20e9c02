#pragma once

#include "migrations/discovery.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace godwit {

/*! New migration: a name, the file names the folder's format gives it (shown as it is
    typed), and on OK the up and down files, never overwriting one. */
class NewMigrationDialog : public QDialog
{
    Q_OBJECT

public:
    NewMigrationDialog(MigrationSource source, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLabel *preview() const { return m_preview; }
    /*! After accept(): the version created, and its files. */
    QString version() const { return m_version; }
    QStringList files() const { return m_files; }

    void accept() override;

private:
    void updatePreview();

    MigrationSource m_source;
    QLineEdit *m_name;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    QString m_version;
    QStringList m_files;
};

} // namespace godwit
