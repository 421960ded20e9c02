// godwit [DIR] [--profile NAME]: the workbench window. Without DIR it opens the bundled
// demo project (copied to the user's data folder on first run) on its SQLite database.
#include "appsettings.h"
#include "mainwindow.h"
#include "godwitversion.h"

#include "demo/demoproject.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QCommandLineParser>
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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A workbench for database schema migrations.") + u"\n\n"_s
        + QApplication::translate("main", "Without a project folder it opens the bundled demo project (SQLite), copied "
                                          "to the user's data folder on first run. The command line, for scripts and "
                                          "CI, is godwit-cli."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(u"profile"_s, QApplication::translate("main", "The connection profile to open."),
                                     QApplication::translate("main", "NAME"));
    parser.addOption(profile);
    parser.addPositionalArgument(u"project"_s, QApplication::translate("main", "A project folder (default: the demo)."));
    parser.process(app);

    QString directory = parser.positionalArguments().value(0);
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
    window.openProject(directory, parser.value(profile));
    return app.exec();
}
