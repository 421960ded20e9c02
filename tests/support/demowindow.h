#pragma once

#include "demo/demoproject.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace godwit::test {

/*! The window tests' settings: a test location for QSettings. */
inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GodwitTest"));
}

/*! A fresh copy of the demo project (SQLite, seven of ten applied) in dir, and the real window
    shown on it once its first status has arrived; null (and why in error) when it cannot be. */
inline std::unique_ptr<MainWindow> openDemoWindow(const QTemporaryDir &dir, QString *project, QString *error)
{
    const DemoSetup demo = ensureDemoProject(dir.path());
    if (!demo.error.isEmpty()) {
        *error = demo.error;
        return nullptr;
    }
    *project = demo.projectDir;
    auto window = std::make_unique<MainWindow>();
    window->show();
    QSignalSpy refreshed(window.get(), &MainWindow::statusRefreshed);
    if (!window->openProject(*project) || !refreshed.wait(20000)) {
        *error = QStringLiteral("the demo project did not open");
        return nullptr;
    }
    return window;
}

} // namespace godwit::test
