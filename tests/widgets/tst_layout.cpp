#include "mainwindow.h"
#include "migrationeditor.h"

#include "support/demowindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The window's layout (issue #19, item 6): a first start takes a share of the screen, the
    Checklist leaves the editors room, View › Reset layout puts the docks back, and a
    project's open tabs come back with it. */
class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void firstStartTakesAShareOfTheScreen();
    void theChecklistLeavesTheEditorsRoom();
    void resetLayoutPutsTheDocksBack();
    void openTabsComeBack();

private:
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_window || !m_window->isBusy(), 30000); }
    QDockWidget *dock(const char *name) const { return m_window->findChild<QDockWidget *>(QLatin1String(name)); }
    QWidget *editors() const { return m_window->findChild<QTabWidget *>(u"editors"_s); }
    QAction *viewAction(const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestLayout::init()
{
    QSettings().clear(); // a first start each time
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_window = test::openDemoWindow(*m_dir, &m_project, &error);
    QVERIFY2(m_window, qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    waitIdle();
    QTest::qWait(50); // the docks take their shares once the window is shown
}

void TestLayout::cleanup()
{
    waitIdle();
    m_window.reset();
}

QAction *TestLayout::viewAction(const QString &text) const
{
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() != u"&View"_s)
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

void TestLayout::firstStartTakesAShareOfTheScreen()
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    if (qgetenv("QT_QPA_PLATFORM").startsWith("offscreen"))
        QCOMPARE(screen.size(), QSize(1600, 1000));
    QVERIFY2(m_window->width() >= screen.width() * 0.75 && m_window->height() >= screen.height() * 0.75,
             qPrintable(u"%1×%2 on %3×%4"_s.arg(m_window->width()).arg(m_window->height()).arg(screen.width()).arg(screen.height())));
    QVERIFY(screen.contains(m_window->geometry().center()));
    // The editors have the larger part of the width.
    QVERIFY2(editors()->width() >= m_window->width() / 2, qPrintable(QString::number(editors()->width())));
}

void TestLayout::theChecklistLeavesTheEditorsRoom()
{
    QVERIFY(!dock("checklistDock")->isVisible());
    const int before = editors()->width();
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier);
    QTRY_VERIFY(dock("checklistDock")->isVisible());
    QTRY_VERIFY2(editors()->width() >= m_window->width() / 2 - 10,
             qPrintable(u"editors %1 of %2, migrations %3 (min %4), checklist %5 (min %6)"_s.arg(editors()->width()).arg(m_window->width()).arg(dock("migrationsDock")->width()).arg(dock("migrationsDock")->minimumSizeHint().width()).arg(dock("checklistDock")->width()).arg(dock("checklistDock")->minimumSizeHint().width())));
    // Closed again: the editors have their width back.
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier);
    QTRY_VERIFY(!dock("checklistDock")->isVisible());
    QTRY_VERIFY2(editors()->width() >= before - 10, qPrintable(u"%1, was %2"_s.arg(editors()->width()).arg(before)));
}

void TestLayout::resetLayoutPutsTheDocksBack()
{
    QAction *reset = viewAction(u"&Reset layout"_s);
    QVERIFY(reset);
    dock("migrationsDock")->hide();
    dock("previewDock")->setFloating(true);
    dock("checklistDock")->show();
    reset->trigger();
    QTRY_VERIFY(dock("migrationsDock")->isVisible());
    QVERIFY(!dock("previewDock")->isFloating());
    QCOMPARE(m_window->dockWidgetArea(dock("previewDock")), Qt::BottomDockWidgetArea);
    QVERIFY(!dock("checklistDock")->isVisible()); // no deployment under way
    QTRY_VERIFY(editors()->width() >= m_window->width() / 2);
}

void TestLayout::openTabsComeBack()
{
    QVERIFY(m_window->openMigration(u"8"_s));
    QVERIFY(m_window->openMigration(u"10"_s));
    QVERIFY(m_window->openMigration(u"9"_s));
    QVERIFY(m_window->openMigration(u"10"_s)); // the current one is not the last opened
    waitIdle();
    m_window->close(); // as a person closes it: the layout and the tabs are kept
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    QVERIFY(m_window->openProject(m_project));
    QVERIFY(refreshed.wait(20000));
    auto *tabs = m_window->findChild<QTabWidget *>(u"editors"_s);
    QStringList keys;
    for (int i = 0; i < tabs->count(); ++i)
        keys << qobject_cast<MigrationEditor *>(tabs->widget(i))->key();
    QCOMPARE(keys, (QStringList{u"8"_s, u"10"_s, u"9"_s}));
    QCOMPARE(m_window->currentEditor()->key(), u"10"_s);
}

// A desktop's screen, 1600×1000, rather than the offscreen platform's 800×600.
int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        QFile config(dir.filePath(u"screens.json"_s));
        if (config.open(QIODevice::WriteOnly)) {
            config.write(R"({"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1600, "height": 1000,
                                         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
            config.close();
            qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=" + config.fileName().toLocal8Bit()));
        }
    }
    QApplication app(argc, argv);
    TestLayout test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_layout.moc"
