// Takes the window's main screens as PNG files, on a temporary copy of the demo project:
//   demo.png      the demo project, a pending migration open
//   dry-run.png   the preview of a dry run of the pending migrations
//   failure.png   an editor with the marker of a failed statement
//   profiles.png  the connection profiles dialog
//   dark.png      the dark theme, with a dry run's DDL diff
//   lint.png      the Problems dock and a finding's marker in the editor
//   filter.png    the migrations tree filtered by the SQL its scripts hold
//   checklist-start.png, checklist-half.png, checklist-stale.png, checklist-done.png
//                 a deployment to production: started, its checks run, stale after an edit,
//                 and a whole deployment done
// Run it through tests/screenshots/take.sh, which starts Xvfb.
#include "demo/demoproject.h"
#include "appsettings.h"
#include "checklistpanel.h"
#include "confirmdialog.h"
#include "mainwindow.h"
#include "migrationeditor.h"
#include "migrationspanel.h"
#include "previewpanel.h"
#include "profilesdialog.h"
#include "secretstore.h"
#include "items/migrationtreemodel.h"
#include "i18n/translations.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QEventLoop>
#include <QPushButton>
#include <QDir>
#include <QDockWidget>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <array>

using namespace godwit;
using namespace Qt::StringLiterals;

namespace {

bool waitFor(QObject *object, const char *signal, int ms = 30000)
{
    QSignalSpy spy(object, signal);
    return spy.wait(ms);
}

void settle(int ms = 400)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(MainWindow &window, const QString &dir, const QString &name)
{
    settle();
    const QString path = dir + u'/' + name;
    const bool ok = window.grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "could not write ") << path << "\n";
    return ok;
}

// Answers the production confirmation as a user would: the profile's name, then Confirm.
void confirmWhenAsked(const QString &profile)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, profile] {
        if (auto *dialog = qobject_cast<ConfirmDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            dialog->nameEdit()->setText(profile);
            dialog->confirmButton()->click();
        }
    });
    timer->start(20);
}

bool checklistScreens(MainWindow &window, const QString &projectDir, const QString &out)
{
    ChecklistPanel *panel = window.checklist();
    bool ok = true;
    // No editor is open: the checklist takes the room.
    window.resizeDocks({window.findChild<QDockWidget *>(u"migrationsDock"_s), window.findChild<QDockWidget *>(u"checklistDock"_s)},
                       {420, 1060}, Qt::Horizontal);
    window.openProject(projectDir, u"production"_s);
    ok = waitFor(&window, SIGNAL(statusRefreshed())) && ok;
    window.startDeployment(u"000010"_s);
    ok = waitFor(&window, SIGNAL(jobFinished())) && ok;
    panel->select(u"backup"_s);
    ok = save(window, out, u"checklist-start.png"_s) && ok;

    window.runChecks({});
    ok = waitFor(&window, SIGNAL(jobFinished()), 60000) && ok;
    panel->select(u"backup"_s);
    ok = save(window, out, u"checklist-half.png"_s) && ok;

    QFile edited(projectDir + u"/migrations/000009_backfill_customer_full_name.up.sql"_s);
    edited.open(QIODevice::Append);
    edited.write("UPDATE customers SET full_name = name WHERE full_name IS NULL;\n");
    edited.close();
    window.refreshAction()->trigger();
    ok = waitFor(&window, SIGNAL(statusRefreshed())) && ok;
    panel->select(u"staging-dry-run"_s);
    ok = save(window, out, u"checklist-stale.png"_s) && ok;

    // A whole deployment: the expand and backfill steps, every item done.
    panel->closeDeployment(u"split: the contract step ships next week"_s);
    window.startDeployment(u"000009"_s);
    ok = waitFor(&window, SIGNAL(jobFinished())) && ok;
    window.runChecks({});
    ok = waitFor(&window, SIGNAL(jobFinished()), 60000) && ok;
    panel->tick(u"notify"_s, u"posted in #shop-ops"_s);
    confirmWhenAsked(u"production"_s);
    window.applyDeployment();
    ok = waitFor(&window, SIGNAL(jobFinished())) && ok; // the dry run before
    ok = waitFor(&window, SIGNAL(jobFinished())) && ok; // the run
    ok = waitFor(&window, SIGNAL(statusRefreshed())) && ok;
    panel->tick(u"monitor"_s, u"no lock waits"_s);
    window.runChecks({});
    ok = waitFor(&window, SIGNAL(jobFinished()), 60000) && ok;
    panel->tick(u"app-health"_s, u"checkout and sign-up work"_s);
    panel->tick(u"docs"_s, u"runbook updated"_s);
    panel->select(u"apply"_s);
    ok = save(window, out, u"checklist-done.png"_s) && ok;
    return ok;
}

// The window in German after a dry run, and Settings in French with its language choice.
bool translatedScreens(const QString &out)
{
    installTranslations({u"godwit_models"_s, u"godwit"_s}, u"de"_s);
    QTemporaryDir dir;
    const DemoSetup demo = ensureDemoProject(dir.path());
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    window.openProject(demo.projectDir);
    bool ok = waitFor(&window, SIGNAL(statusRefreshed()));
    MigrationTreeModel *model = window.migrationModel();
    window.openMigration(
        model->index(0, 0, model->index(MigrationTreeModel::Pending, 0)).data(MigrationTreeModel::KeyRole).toString());
    window.dryRun();
    ok = waitFor(&window, SIGNAL(jobFinished())) && ok;
    ok = save(window, out, u"dry-run-de.png"_s) && ok;

    installTranslations({u"godwit_models"_s, u"godwit"_s}, u"fr"_s);
    SettingsDialog settings(window.settings(), &window);
    settings.languageBox()->setCurrentIndex(settings.languageBox()->findData(u"fr"_s));
    settings.show();
    settle();
    const QString path = out + u"/settings-fr.png"_s;
    ok = settings.grab().save(path) && ok;
    QTextStream(stdout) << "wrote " << path << "\n";
    installTranslations({u"godwit_models"_s, u"godwit"_s}, u"en"_s);
    return ok;
}

// An Alembic project whose branches merge, one branch applied (alembic_version): the tree
// draws the graph and says that Alembic applies the revisions.
bool graphScreen(const QString &out)
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &text) {
        QDir().mkpath(QFileInfo(dir.filePath(name)).path());
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    bool ok = write(u"alembic.ini"_s, "[alembic]\nscript_location = %(here)s/db\n") && write(u"db/env.py"_s, "# env\n")
              && write(u"godwit.json"_s, "{\"defaultProfile\": \"local\", \"profiles\": {\"local\": "
                                         "{\"driver\": \"sqlite\", \"path\": \"app.db\"}}}\n");
    const QList<std::array<const char *, 3>> revisions{{"a1b2c3d4e5f6", "None", "create accounts"},
                                                       {"b2c3d4e5f6a1", "'a1b2c3d4e5f6'", "add invoices"},
                                                       {"c3d4e5f6a1b2", "'a1b2c3d4e5f6'", "add audit trail"},
                                                       {"d4e5f6a1b2c3", "('b2c3d4e5f6a1', 'c3d4e5f6a1b2')", "merge heads"},
                                                       {"e5f6a1b2c3d4", "'d4e5f6a1b2c3'", "index invoices by due date"}};
    for (const auto &[id, down, message] : revisions) {
        ok = write(u"db/versions/%1.py"_s.arg(QLatin1String(id)),
                   QByteArray("\"\"\"") + message + "\n\nRevision ID: " + id + "\n\"\"\"\nrevision = '" + id
                       + "'\ndown_revision = " + down + "\nbranch_labels = None\ndepends_on = None\n")
             && ok;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"screens"_s);
        db.setDatabaseName(dir.filePath(u"app.db"_s));
        ok = db.open() && ok;
        QSqlQuery q(db);
        ok = q.exec(u"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"_s)
             && q.exec(u"INSERT INTO alembic_version VALUES ('c3d4e5f6a1b2')"_s) && ok;
    }
    QSqlDatabase::removeDatabase(u"screens"_s);
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    window.openProject(dir.path());
    ok = waitFor(&window, SIGNAL(statusRefreshed())) && ok;
    return save(window, out, u"alembic-graph.png"_s) && ok;
}

// A dbmate project whose database dbmate migrated half way: the status bar says what
// schema_migrations holds and offers Adopt; with history (godwit.json's), that it is adopted.
bool adoptScreen(const QString &out, const QByteArray &history, const QString &name)
{
    QTemporaryDir dir;
    bool ok = true;
    auto write = [&](const QString &name, const QByteArray &text) {
        QDir().mkpath(QFileInfo(dir.filePath(name)).path());
        QFile file(dir.filePath(name));
        ok = file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && ok;
    };
    write(u"godwit.json"_s, "{\"migrations\": \"db/migrations\", \"defaultProfile\": \"local\", \"profiles\": "
                            "{\"local\": {\"driver\": \"sqlite\", \"path\": \"app.db\"}}"
                                + (history.isEmpty() ? QByteArray() : ", \"history\": " + history) + "}\n");
    const QList<std::pair<const char *, const char *>> migrations{{"20260901093000", "create_accounts"},
                                                                  {"20260915141500", "create_invoices"},
                                                                  {"20261002080000", "add_invoice_due_date"},
                                                                  {"20261104163000", "index_invoices_by_due_date"}};
    for (const auto &[version, name] : migrations)
        write(u"db/migrations/%1_%2.sql"_s.arg(QLatin1String(version), QLatin1String(name)),
              "-- migrate:up\nCREATE TABLE " + QByteArray(name) + " (id INTEGER);\n\n-- migrate:down\nDROP TABLE "
                  + QByteArray(name) + ";\n");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"screens"_s);
        db.setDatabaseName(dir.filePath(u"app.db"_s));
        ok = db.open() && ok;
        QSqlQuery q(db);
        ok = q.exec(u"CREATE TABLE schema_migrations (version VARCHAR(128) PRIMARY KEY)"_s)
             && q.exec(u"INSERT INTO schema_migrations VALUES ('20260901093000'), ('20260915141500')"_s) && ok;
    }
    QSqlDatabase::removeDatabase(u"screens"_s);
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    window.openProject(dir.path());
    ok = waitFor(&window, SIGNAL(statusRefreshed())) && ok;
    return save(window, out, name) && ok;
}

// A folder of golang-migrate files without godwit.json: its migrations and Connect….
bool firstRunScreen(const QString &out)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"shop/db/migrations"_s);
    QDir().mkpath(folder);
    for (const auto &[name, sql] : {std::pair{"000001_customers.up.sql", "CREATE TABLE customers (id integer);\n"},
                                    std::pair{"000001_customers.down.sql", "DROP TABLE customers;\n"},
                                    std::pair{"000002_orders.up.sql", "CREATE TABLE orders (id integer);\n"},
                                    std::pair{"000002_orders.down.sql", "DROP TABLE orders;\n"}}) {
        QFile f(folder + u'/' + QLatin1String(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(sql) < 0)
            return false;
    }
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    window.openProject(dir.filePath(u"shop"_s));
    waitFor(&window, SIGNAL(jobFinished()), 5000);
    return save(window, out, u"first-run.png"_s);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no recent-projects entry in the user's settings
    QApplication::setOrganizationName(u"GodwitScreens"_s);
    const QString out = QDir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s).absolutePath();
    QDir().mkpath(out);
    QTemporaryDir dir;
    const DemoSetup demo = ensureDemoProject(dir.path());
    if (!demo.error.isEmpty()) {
        QTextStream(stderr) << demo.error << "\n";
        return 1;
    }
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    window.openProject(demo.projectDir);
    if (!waitFor(&window, SIGNAL(statusRefreshed())))
        return 1;
    MigrationTreeModel *model = window.migrationModel();
    const QString pending =
        model->index(0, 0, model->index(MigrationTreeModel::Pending, 0)).data(MigrationTreeModel::KeyRole).toString();
    window.openMigration(pending);
    bool ok = save(window, out, u"demo.png"_s);

    window.openMigration(u"10"_s);
    window.findChild<QDockWidget *>(u"problemsDock"_s)->raise();
    ok = save(window, out, u"lint.png"_s) && ok;
    // The tree narrowed to the migrations whose SQL drops a column.
    window.migrationsPanel()->filter()->setText(u"drop column"_s);
    {
        QEventLoop typingPauses;
        QTimer::singleShot(400, &typingPauses, &QEventLoop::quit);
        typingPauses.exec();
    }
    ok = save(window, out, u"filter.png"_s) && ok;
    window.migrationsPanel()->filter()->clear();
    window.findChild<QDockWidget *>(u"previewDock"_s)->raise();
    window.openMigration(pending);

    window.dryRun();
    ok = waitFor(&window, SIGNAL(jobFinished())) && ok;
    ok = save(window, out, u"dry-run.png"_s) && ok;

    AppSettings dark = window.settings();
    dark.theme = AppSettings::Theme::Dark;
    window.applySettings(dark);
    window.preview()->setCurrentIndex(1); // the DDL diff of that dry run
    ok = save(window, out, u"dark.png"_s) && ok;
    AppSettings light = dark;
    light.theme = AppSettings::Theme::Light;
    window.applySettings(light);
    window.preview()->setCurrentIndex(0);
    // The dry run of local, once the window works on staging: out of date, greyed.
    auto *profiles = window.findChild<QComboBox *>();
    Q_EMIT profiles->textActivated(u"staging"_s);
    waitFor(&window, SIGNAL(statusRefreshed()), 5000);
    ok = save(window, out, u"dry-run-stale.png"_s) && ok;
    Q_EMIT profiles->textActivated(u"local"_s);
    waitFor(&window, SIGNAL(statusRefreshed()), 5000);
    ok = firstRunScreen(out) && ok;

    QFile broken(demo.projectDir + u"/migrations/000011_add_order_notes.up.sql"_s);
    broken.open(QIODevice::WriteOnly);
    broken.write("-- Notes on orders, and a backfill from a table that is not there.\n"
                 "ALTER TABLE orders ADD COLUMN note TEXT;\n"
                 "UPDATE orders SET note = (SELECT body FROM order_notes WHERE order_id = orders.id);\n");
    broken.close();
    window.refreshAction()->trigger();
    ok = waitFor(&window, SIGNAL(statusRefreshed())) && ok;
    window.apply();
    ok = waitFor(&window, SIGNAL(statusRefreshed())) && ok; // after the apply
    ok = waitFor(&window, SIGNAL(statusRefreshed()), 2000) || ok;
    ok = save(window, out, u"failure.png"_s) && ok;

    {
        const ProjectLoad project = loadProject(demo.projectDir);
        ProfilesDialog profiles(*project.project, window.secrets(), &window);
        profiles.resize(820, 460);
        profiles.show();
        profiles.list()->setCurrentRow(0);
        profiles.testConnection();
        waitFor(&profiles, SIGNAL(tested(bool,QString)), 5000);
        QMetaObject::invokeMethod(&profiles, "addProfile");
        profiles.nameEdit()->setText(u"staging"_s);
        profiles.hostEdit()->setText(u"db.staging.example.org"_s);
        profiles.passwordEdit()->setText(u"secret"_s);
        settle();
        const QString path = out + u"/profiles.png"_s;
        ok = profiles.grab().save(path) && ok;
        QTextStream(stdout) << "wrote " << path << "\n";
    }

    ok = checklistScreens(window, demo.projectDir, out) && ok;
    ok = graphScreen(out) && ok;
    ok = adoptScreen(out, {}, u"adopt-found.png"_s) && ok;
    ok = adoptScreen(out, "{\"adopt\": \"dbmate\", \"mode\": \"interop\"}", u"adopt-interop.png"_s) && ok;
    ok = translatedScreens(out) && ok;
    return ok ? 0 : 1;
}
