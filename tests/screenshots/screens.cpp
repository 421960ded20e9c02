// Takes the window's main screens as PNG files, on a temporary copy of the demo project:
//   demo.png      the demo project, a pending migration open
//   dry-run.png   the preview of a dry run of the pending migrations
//   failure.png   an editor with the marker of a failed statement
//   profiles.png  the connection profiles dialog
//   dark.png      the dark theme, with a dry run's DDL diff
// Run it through tests/screenshots/take.sh, which starts Xvfb.
#include "demo/demoproject.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "migrationeditor.h"
#include "previewpanel.h"
#include "profilesdialog.h"
#include "secretstore.h"
#include "items/migrationtreemodel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

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

    return ok ? 0 : 1;
}
