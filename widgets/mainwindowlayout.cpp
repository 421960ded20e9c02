// The window's layout: a first start sized to the screen, docks that leave the editors room,
// View › Reset layout, and the project's open tabs brought back.
#include "mainwindow.h"

#include "migrationeditor.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// Shares of the window the docks take by default; the editors keep the rest.
constexpr double migrationsShare = 0.22;
constexpr double checklistShare = 0.26;
constexpr double previewShare = 0.32;

QString tabsKey(const QString &projectDir)
{
    return u"openTabs/"_s + QString::fromLatin1(projectDir.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

void MainWindow::restoreLayout()
{
    m_defaultLayout = saveState();
    QSettings settings;
    const QByteArray geometry = settings.value(u"window/geometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: most of the screen, in its middle.
        const QScreen *screen = QGuiApplication::primaryScreen();
        const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size(int(available.width() * 0.82), int(available.height() * 0.86));
        setGeometry(QRect(available.center() - QPoint(size.width() / 2, size.height() / 2), size));
        m_sizeDocksWhenShown = true;
        return;
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout);
    for (const char *name : {"migrationsDock", "previewDock"})
        dockNamed(QLatin1String(name))->show();
    dockNamed(u"previewDock"_s)->raise();
    dockNamed(u"checklistDock"_s)->setVisible(m_deployment->current().has_value());
    sizeDocks();
}

void MainWindow::sizeDocks()
{
    QDockWidget *migrations = dockNamed(u"migrationsDock"_s);
    QDockWidget *checklist = dockNamed(u"checklistDock"_s);
    if (!migrations->isFloating())
        resizeDocks({migrations}, {int(width() * migrationsShare)}, Qt::Horizontal);
    if (checklist->isVisible() && !checklist->isFloating())
        resizeDocks({checklist}, {int(width() * checklistShare)}, Qt::Horizontal);
    resizeDocks({dockNamed(u"previewDock"_s)}, {int(height() * previewShare)}, Qt::Vertical);
}

void MainWindow::leaveEditorsRoom()
{
    // A dock opened beside the editors takes its share, not theirs: the migrations dock gives
    // back what it took beyond its own.
    QDockWidget *migrations = dockNamed(u"migrationsDock"_s);
    QDockWidget *checklist = dockNamed(u"checklistDock"_s);
    if (checklist->isFloating() || !checklist->isVisible())
        return;
    const int room = width() - (migrations->isVisible() ? migrations->width() : 0) - checklist->width();
    if (room >= width() / 2)
        return;
    resizeDocks({migrations, checklist},
                {std::min(migrations->width(), int(width() * migrationsShare)), int(width() * checklistShare)},
                Qt::Horizontal);
}

QDockWidget *MainWindow::dockNamed(const QString &name) const
{
    return findChild<QDockWidget *>(name);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_sizeDocksWhenShown, false))
        QTimer::singleShot(0, this, &MainWindow::sizeDocks);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    saveOpenTabs();
}

void MainWindow::saveOpenTabs()
{
    if (!m_workspace)
        return;
    QStringList keys;
    for (MigrationEditor *editor : openEditors())
        keys << editor->key();
    if (keys.isEmpty() && !m_tabsToRestore.isEmpty())
        return; // not restored yet (the target could not be read): kept for the next time
    const auto *current = qobject_cast<MigrationEditor *>(m_editors->currentWidget());
    QSettings().setValue(tabsKey(m_workspace->project.directory),
                         QVariantMap{{u"keys"_s, keys}, {u"current"_s, current ? current->key() : QString()}});
}

void MainWindow::readOpenTabs()
{
    const QVariantMap saved = QSettings().value(tabsKey(m_workspace->project.directory)).toMap();
    m_tabsToRestore = saved.value(u"keys"_s).toStringList();
    m_currentToRestore = saved.value(u"current"_s).toString();
}

void MainWindow::restoreOpenTabs()
{
    if (m_tabsToRestore.isEmpty())
        return;
    for (const QString &key : std::exchange(m_tabsToRestore, {}))
        openMigration(key); // one no longer in the folder is not opened
    if (!m_currentToRestore.isEmpty())
        openMigration(std::exchange(m_currentToRestore, QString()));
}

} // namespace godwit
