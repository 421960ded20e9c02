// godwit [DIR] [--profile NAME]: the workbench window. Without DIR it opens the bundled
// demo project (copied to the user's data folder on first run) on its SQLite database.
#include "appsettings.h"
#include "mainwindow.h"
#include "windowcommandline.h"
#include "godwitversion.h"

#include "demo/demoproject.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Godwit"_s);
    QApplication::setApplicationName(u"Godwit"_s);
    QApplication::setApplicationVersion(QStringLiteral(GODWIT_VERSION));
    // The desktop entry's id: shells find the icon and group the windows by it.
    QGuiApplication::setDesktopFileName(u"io.github.godwit_db.Godwit"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"io.github.godwit_db.Godwit"_s));
    // The language chosen in Settings, else the system's.
    godwit::installTranslations({u"godwit_models"_s, u"godwit"_s}, godwit::AppSettings::load().language);

    const godwit::WindowCommandLine arguments = godwit::parseWindowCommandLine(app);
    QString directory = arguments.project;
    if (directory.isEmpty()) {
        const godwit::DemoSetup demo = godwit::ensureDemoProject(godwit::defaultDataDir());
        if (!demo.error.isEmpty()) {
            QMessageBox::critical(nullptr, u"Godwit"_s, demo.error);
            return 1;
        }
        directory = demo.projectDir;
    }
    godwit::applyTheme(godwit::AppSettings::load().theme);
    godwit::MainWindow window;
    window.show();
    window.openProject(directory, arguments.profile);
    return app.exec();
}
