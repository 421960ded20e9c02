#include "windowcommandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace godwit {

WindowCommandLine parseWindowCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A workbench for database schema migrations.") + u"\n\n"_s
        + QCoreApplication::translate("main", "Without a project folder it opens the bundled demo project (SQLite), "
                                              "copied to the user's data folder on first run. The command line, for "
                                              "scripts and CI, is godwit-cli."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(u"profile"_s, QCoreApplication::translate("main", "The connection profile to open."),
                                     QCoreApplication::translate("main", "NAME"));
    parser.addOption(profile);
    parser.addPositionalArgument(u"project"_s, QCoreApplication::translate("main", "A project folder (default: the demo)."));
    parser.process(app);
    return {parser.positionalArguments().value(0), parser.value(profile)};
}

} // namespace godwit
