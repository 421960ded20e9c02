// Takes the window's main screens as PNG files, on a temporary copy of the demo project:
//   demo.png      the demo project, a pending migration open
//   dry-run.png   the preview of a dry run of the pending migrations
//   failure.png   an editor with the marker of a failed statement
// Run it through tests/screenshots/take.sh, which starts Xvfb.
#include "demo/demoproject.h"
#include "mainwindow.h"
#include "migrationeditor.h"
#include "items/migrationtreemodel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
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
    return ok ? 0 : 1;
}
