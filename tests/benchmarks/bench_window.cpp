// The window's responsiveness. Prints figures; never fails on a timing.
//  1. From process start to the window shown and populated (the tree filled from the
//     target's history): the demo project (target < 500 ms) and a generated project of
//     2,000 migrations, 1,000 of them applied (target < 800 ms). Each measurement is a fresh
//     process (this program, started again with --child), timed by the parent from the
//     moment it starts the process to the line the child prints when the tree is filled.
//  2. The GUI thread's longest stall while a dry run and an apply of about 60 s each run
//     (target < 50 ms): a 5 ms timer on the GUI thread records the longest gap between ticks.
//  3. Opening a 20 MB script in the editor (target < 1 s).
// Run under Xvfb: tests/benchmarks/bench_window.sh [BUILD].
#include "demo/demoproject.h"
#include "mainwindow.h"
#include "migrationeditor.h"
#include "sqleditor.h"
#include "items/migrationtreemodel.h"

#include "database/connection.h"
#include "database/executor.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace godwit;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

QString ms(double value)
{
    return QString::number(value, 'f', 1) + u" ms"_s;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void waitFor(QObject *object, const char *signal, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, SLOT(quit()));
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

// The child: open the project, print "ready" when the tree is filled, quit.
int child(const QString &project)
{
    MainWindow window;
    window.show();
    QObject::connect(&window, &MainWindow::statusRefreshed, &window, [] {
        out << "ready" << Qt::endl;
        QCoreApplication::exit(0);
    });
    window.openProject(project);
    return QCoreApplication::exec();
}

double startup(const QString &self, const QString &project)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(self, {u"--child"_s, project});
    double readyAt = -1;
    while (process.waitForReadyRead(20000)) {
        if (process.readAll().contains("ready")) {
            readyAt = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    process.waitForFinished(20000);
    return readyAt;
}

QString generatedProject(const QString &root, int migrations, int applied)
{
    const QString project = root + u"/generated"_s;
    const QString folder = project + u"/migrations"_s;
    QDir().mkpath(folder);
    for (int i = 1; i <= migrations; ++i) {
        const QString base = u"%1/%2_table_%2"_s.arg(folder).arg(i, 6, 10, QLatin1Char('0'));
        QFile up(base + u".up.sql"_s);
        up.open(QIODevice::WriteOnly);
        up.write(u"CREATE TABLE t_%1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\nCREATE INDEX t_%1_name ON t_%1 (name);\n"_s
                     .arg(i)
                     .toUtf8());
        QFile down(base + u".down.sql"_s);
        down.open(QIODevice::WriteOnly);
        down.write(u"DROP TABLE t_%1;\n"_s.arg(i).toUtf8());
    }
    QFile json(project + u"/godwit.json"_s);
    json.open(QIODevice::WriteOnly);
    json.write(R"({"format": "golang-migrate", "migrations": "migrations", "defaultProfile": "local",
 "profiles": {"local": {"driver": "sqlite", "path": "app.sqlite"}}})");
    json.close();
    ConnectionSpec spec;
    spec.path = project + u"/app.sqlite"_s;
    auto connection = Connection::open(spec, Connection::Mode::ReadWrite, {}).connection;
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, Dialect::SQLite});
    const Plan plan = makePlan(source, computeStatus(source, {}), {Direction::Up, u"%1"_s.arg(applied)});
    Executor(*connection, folder).run(plan);
    return project;
}

// Runs one operation while a 5 ms timer measures the GUI thread's gaps.
void stallProbe(MainWindow &window, const QString &what, const std::function<void()> &start)
{
    double longest = 0;
    QList<double> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double gap = double(now - last) / 1e6 - 5.0;
        gaps << gap;
        longest = std::max(longest, gap);
        last = now;
    });
    probe.start(5);
    QElapsedTimer timer;
    timer.start();
    start();
    waitFor(&window, SIGNAL(jobFinished()), 300000);
    const double seconds = double(timer.elapsed()) / 1000;
    probe.stop();
    std::sort(gaps.begin(), gaps.end());
    out << QStringLiteral("  %1: %2 s; GUI stall longest %3, 99th percentile %4 (%5 ticks; target < 50 ms: %6)\n")
               .arg(what, -8)
               .arg(seconds, 0, 'f', 1)
               .arg(ms(longest), ms(gaps.value(gaps.size() * 99 / 100)))
               .arg(gaps.size())
               .arg(longest < 50 ? u"met"_s : u"MISSED"_s);
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"GodwitBench"_s);
    if (argc == 3 && QString::fromLocal8Bit(argv[1]) == u"--child")
        return child(QString::fromLocal8Bit(argv[2]));

    QTemporaryDir dir;
    const DemoSetup demo = ensureDemoProject(dir.path());
    const QString self = QCoreApplication::applicationFilePath();
    // Parts to run: startup, stalls, editor (default: all).
    QStringList parts = QCoreApplication::arguments().mid(1);
    if (parts.isEmpty())
        parts = {u"startup"_s, u"stalls"_s, u"editor"_s};

    if (parts.contains(u"startup"_s)) {
    out << "1. Process start to the window shown and populated, median of 7 fresh processes\n";
    out.flush();
    startup(self, demo.projectDir); // warm the file cache
    QList<double> demoTimes;
    for (int i = 0; i < 7; ++i)
        demoTimes << startup(self, demo.projectDir);
    out << QStringLiteral("  demo project (10 migrations)           %1  (target < 500 ms: %2)\n")
               .arg(ms(median(demoTimes)))
               .arg(median(demoTimes) < 500 ? u"met"_s : u"MISSED"_s);
    const QString generated = generatedProject(dir.path(), 2000, 1000);
    startup(self, generated);
    QList<double> bigTimes;
    for (int i = 0; i < 7; ++i)
        bigTimes << startup(self, generated);
    out << QStringLiteral("  generated project (2,000, 1,000 applied) %1  (target < 800 ms: %2)\n")
               .arg(ms(median(bigTimes)))
               .arg(median(bigTimes) < 800 ? u"met"_s : u"MISSED"_s);
    out.flush();
    }

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.openProject(demo.projectDir);
    waitFor(&window, SIGNAL(statusRefreshed()), 20000);
    if (parts.contains(u"stalls"_s)) {
    out << "2. GUI thread while long operations run (a migration whose statement runs for about 60 s)\n";
    // SQLite counts about 4.6 million rows a second here: 280 million take about a minute.
    QFile slow(demo.projectDir + u"/migrations/000011_long_running.up.sql"_s);
    slow.open(QIODevice::WriteOnly);
    slow.write("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 280000000)\n"
               "SELECT count(*) FROM c;\n");
    slow.close();
    window.refreshAction()->trigger();
    waitFor(&window, SIGNAL(statusRefreshed()), 20000);
    stallProbe(window, u"dry run"_s, [&] { window.dryRun(); });
    stallProbe(window, u"apply"_s, [&] { window.apply(); });
    }
    if (!parts.contains(u"editor"_s))
        return 0;

    out << "3. Opening a 20 MB script in the editor\n";
    QFile big(demo.projectDir + u"/migrations/000012_big_seed.up.sql"_s);
    big.open(QIODevice::WriteOnly);
    const QByteArray row = "INSERT INTO products (sku, name, price_cents) VALUES ('SKU-000000', 'a product; with a semicolon', 1999);\n";
    for (qsizetype written = 0; written < 20 * 1024 * 1024; written += row.size())
        big.write(row);
    big.close();
    while (window.isBusy()) // the refresh after the apply
        waitFor(&window, SIGNAL(jobFinished()), 20000);
    window.refreshAction()->trigger();
    waitFor(&window, SIGNAL(statusRefreshed()), 20000);
    const QModelIndex pending = window.migrationModel()->index(MigrationTreeModel::Pending, 0);
    QString key;
    for (int row = 0; row < window.migrationModel()->rowCount(pending); ++row) {
        const QModelIndex index = window.migrationModel()->index(row, 0, pending);
        if (index.siblingAtColumn(MigrationTreeModel::Description).data().toString() == u"big seed")
            key = index.data(MigrationTreeModel::KeyRole).toString();
    }
    QElapsedTimer timer;
    timer.start();
    MigrationEditor *editor = window.openMigration(key);
    QCoreApplication::processEvents(); // first paint, with its styling
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    out << QStringLiteral("  20 MB, %1 lines: %2  (target < 1 s: %3)\n")
               .arg(editor ? editor->up()->lines() : 0)
               .arg(ms(openMs))
               .arg(openMs < 1000 ? u"met"_s : u"MISSED"_s);
    return 0;
}
