#pragma once

#include "migrations/projectfile.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace godwit {

class SecretStore;

/*! Add, edit and remove a project's connection profiles: driver, file or host and port,
    database, user, driver options (TLS), environment. The password goes to the keychain
    (SecretStore), never into godwit.json. "Test connection" opens the profile off the GUI
    thread and reports the server's version or its error. */
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    ProfilesDialog(const Project &project, SecretStore *secrets, QWidget *parent = nullptr);

    /*! Writes godwit.json (profiles and default) and the passwords typed; false with the
        reason shown when the file cannot be written. */
    bool save();
    void accept() override;
    void testConnection();

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *driverBox() const { return m_driver; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *optionsEdit() const { return m_options; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *testResult() const { return m_result; }
    QPushButton *browseButton() const { return m_browse; }
    QString defaultProfile() const { return m_default; }

Q_SIGNALS:
    void tested(bool ok, const QString &message);

public Q_SLOTS:
    void addProfile();

private:
    void removeProfile();
    void showProfile(const QString &name);
    void storeForm();
    void updateDriverFields();
    Profile formProfile() const;

    Project m_project;
    SecretStore *m_secrets;
    QMap<QString, Profile> m_profiles;
    QHash<QString, QString> m_passwords; ///< typed in this dialog, per profile, until saved
    QString m_current;
    QString m_default;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_driver;
    QLineEdit *m_path;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_options;
    QComboBox *m_environment;
    QLabel *m_result;
    QPushButton *m_browse;
    QFutureWatcher<QString> m_test;
};

} // namespace godwit
