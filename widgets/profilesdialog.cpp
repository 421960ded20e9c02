#include "profilesdialog.h"

#include "secretstore.h"
#include "statuscolors.h"

#include "database/connection.h"
#include "i18n/message.h"

#include <QComboBox>
#include <QMessageBox>
#include <QFileInfo>
#include <QDir>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

QString optionsText(const QMap<QString, QString> &options)
{
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(u"; ");
}

QMap<QString, QString> parseOptions(const QString &text)
{
    QMap<QString, QString> options;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            options.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return options;
}

// Opens the profile on the worker thread and asks for the server's version.
QString probe(const Profile &profile, const QString &projectDir, const QString &password)
{
    const ConnectionSpecParse spec = connectionFromProfile(profile, projectDir);
    if (!spec.spec)
        return QCoreApplication::translate("ProfilesDialog", "✗ %1").arg(spec.error);
    ConnectOptions options;
    options.password = password;
    options.connectTimeoutSeconds = 5;
    auto open = Connection::open(*spec.spec, Connection::Mode::ReadOnly, options);
    if (!open.connection)
        return QCoreApplication::translate("ProfilesDialog", "✗ %1").arg(open.error.text());
    QSqlQuery q(open.connection->database());
    const QString sql = spec.spec->dialect == Dialect::SQLite ? u"SELECT 'SQLite ' || sqlite_version()"_s : u"SELECT version()"_s;
    const QString version = q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    return QCoreApplication::translate("ProfilesDialog", "✓ connected: %1").arg(version.section(u',', 0, 0));
}

} // namespace

ProfilesDialog::ProfilesDialog(const Project &project, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_secrets(secrets)
    , m_profiles(project.profiles)
    , m_default(project.defaultProfile)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_driver(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_options(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_result(new QLabel(this))
    , m_browse(new QPushButton(this))
{
    setWindowTitle(tr("Connection profiles — %1").arg(project.directory));
    m_driver->addItems({u"sqlite"_s, u"postgresql"_s, u"mysql"_s});
    m_environment->addItems(environmentIds());
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the keychain, never in godwit.json"));
    m_options->setPlaceholderText(u"sslmode=verify-full; sslrootcert=/etc/ssl/ca.pem"_s);
    m_path->setPlaceholderText(tr("a file, relative to the project folder"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The file with a Browse… button: a SQLite file may not exist yet, so the chooser names one.
    auto *fileRow = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_path, 1);
    m_browse->setText(tr("&Browse…"));
    m_browse->setToolTip(tr("Choose the SQLite file, or name a new one"));
    fileLayout->addWidget(m_browse);
    fileRow->setFocusProxy(m_path); // the label's key reaches the field
    connect(m_browse, &QPushButton::clicked, this, [this, dir = project.directory] {
        const QString current = m_path->text().trimmed();
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("SQLite database file"), QDir(dir).absoluteFilePath(current.isEmpty() ? u"database.sqlite"_s : current),
            tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (chosen.isEmpty())
            return;
        // Inside the project folder it is kept relative, so the project moves with it.
        const QString relative = QDir(dir).relativeFilePath(chosen);
        m_path->setText(relative.startsWith(u"../"_s) ? chosen : relative);
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Driver:"), m_driver);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Data&base:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Options:"), m_options);
    form->addRow(tr("&Environment:"), m_environment);
    auto *test = new QPushButton(tr("&Test connection"), this);
    test->setToolTip(tr("Connect with these settings and show the server's version or its error"));
    form->addRow(test);
    // Its own row, the form's width: a server's error is read whole, not cut off.
    form->addRow(m_result);
    m_result->setMinimumWidth(420);
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_host, m_database, m_user, m_password, m_options})
        field->setMinimumWidth(320);

    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *makeDefault = new QPushButton(tr("Make &default"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    listButtons->addWidget(makeDefault);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(900, 540);

    m_list->addItems(m_profiles.keys());
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        storeForm();
        showProfile(name);
    });
    connect(m_driver, &QComboBox::currentTextChanged, this, &ProfilesDialog::updateDriverFields);
    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(remove, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(makeDefault, &QPushButton::clicked, this, [this] {
        if (!m_current.isEmpty())
            m_default = m_current;
        showProfile(m_current);
    });
    connect(test, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(&m_test, &QFutureWatcher<QString>::finished, this, [this] {
        const QString message = m_test.result();
        m_result->setText(message);
        Q_EMIT tested(message.startsWith(u"✓"_s), message);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showProfile({});
}

Profile ProfilesDialog::formProfile() const
{
    Profile p = m_profiles.value(m_current);
    p.name = m_name->text().trimmed();
    p.driver = m_driver->currentText();
    // Only the fields the driver reads: a host left in the form from another driver would
    // make godwit.json refuse the profile.
    const bool file = p.driver == u"sqlite";
    p.path = file ? m_path->text().trimmed() : QString();
    p.host = file ? QString() : m_host->text().trimmed();
    p.port = file ? 0 : m_port->value();
    p.database = file ? QString() : m_database->text().trimmed();
    p.user = file ? QString() : m_user->text().trimmed();
    p.options = file ? QMap<QString, QString>() : parseOptions(m_options->text());
    p.environment = environmentFromId(m_environment->currentText()).value_or(Environment::Development);
    return p;
}

void ProfilesDialog::storeForm()
{
    if (m_current.isEmpty() || !m_profiles.contains(m_current))
        return;
    const Profile p = formProfile();
    if (!m_password->text().isEmpty())
        m_passwords.insert(p.name, m_password->text());
    if (p.name != m_current && !p.name.isEmpty() && !m_profiles.contains(p.name)) {
        m_profiles.remove(m_current);
        if (m_default == m_current)
            m_default = p.name;
        if (auto *item = m_list->findItems(m_current, Qt::MatchExactly).value(0))
            item->setText(p.name);
        m_current = p.name;
    }
    m_profiles.insert(m_current, p);
}

void ProfilesDialog::showProfile(const QString &name)
{
    m_current = name;
    const Profile p = m_profiles.value(name);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_driver, m_path, m_host, m_port, m_database, m_user,
                                                       m_password, m_options, m_environment})
        w->setEnabled(!name.isEmpty());
    m_name->setText(p.name);
    m_driver->setCurrentText(p.driver.isEmpty() ? u"sqlite"_s : p.driver);
    m_path->setText(p.path);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_password->setText(m_passwords.value(name));
    m_options->setText(optionsText(p.options));
    m_environment->setCurrentText(environmentId(p.environment));
    m_environment->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(
        readableOn(environmentColor(p.environment), palette().color(QPalette::Button)).name()));
    m_result->setText(name == m_default && !name.isEmpty() ? tr("the project's default profile") : QString());
    updateDriverFields();
}

void ProfilesDialog::updateDriverFields()
{
    // A file for SQLite; a server, its account and its options (sslmode…) for the others.
    const bool file = m_driver->currentText() == u"sqlite";
    auto *form = findChild<QFormLayout *>();
    form->setRowVisible(m_browse->parentWidget(), file);
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_password, m_options})
        form->setRowVisible(w, !file);
}

void ProfilesDialog::addProfile()
{
    storeForm();
    QString name = u"profile"_s;
    for (int n = 2; m_profiles.contains(name); ++n)
        name = u"profile%1"_s.arg(n);
    Profile p;
    p.name = name;
    p.driver = u"postgresql"_s;
    p.host = u"localhost"_s;
    m_profiles.insert(name, p);
    m_list->addItem(name);
    m_list->setCurrentRow(m_list->count() - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ProfilesDialog::removeProfile()
{
    if (m_current.isEmpty())
        return;
    m_profiles.remove(m_current);
    m_passwords.remove(m_current);
    if (m_default == m_current)
        m_default.clear();
    const QString gone = m_current;
    m_current.clear();
    delete m_list->findItems(gone, Qt::MatchExactly).value(0);
    if (m_secrets)
        m_secrets->remove(SecretStore::keyFor(m_project.directory, gone));
}

void ProfilesDialog::testConnection()
{
    storeForm();
    m_result->setText(tr("connecting…"));
    const Profile p = formProfile();
    const QString password = m_password->text();
    m_test.setFuture(QtConcurrent::run(probe, p, m_project.directory, password));
}

bool ProfilesDialog::save()
{
    storeForm();
    // A folder without godwit.json gets one only with the user's word.
    const QString file = QDir(m_project.directory).filePath(u"godwit.json"_s);
    if (!QFileInfo::exists(file)
        && QMessageBox::question(this, tr("Create godwit.json"),
                                 pluralText(tr("%1 has no godwit.json. Godwit will create %2 with %n profile(s) "
                                               "(passwords stay in the keychain, never in the file). Create it?",
                                               nullptr, int(m_profiles.size())),
                                            int(m_profiles.size()))
                                     .arg(m_project.directory, file),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
               != QMessageBox::Yes)
        return false;
    if (const QString error = saveProfiles(m_project.directory, m_profiles, m_default); !error.isEmpty()) {
        m_result->setText(error);
        return false;
    }
    for (auto it = m_passwords.cbegin(); it != m_passwords.cend(); ++it) {
        if (m_secrets)
            m_secrets->write(SecretStore::keyFor(m_project.directory, it.key()), it.value(), {});
    }
    return true;
}

void ProfilesDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace godwit
