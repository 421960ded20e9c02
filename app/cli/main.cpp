#include "cliapp.h"

#include "godwitversion.h"
#include "i18n/translations.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>

namespace {

std::atomic_bool cancelRequested{false};

// The first Ctrl-C asks the run to stop between statements (the current migration is
// rolled back); a second one ends the process as usual.
extern "C" void onInterrupt(int)
{
    cancelRequested.store(true);
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("godwit-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("godwit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GODWIT_VERSION));
    godwit::installTranslations({QStringLiteral("godwit_models"), QStringLiteral("godwit-cli")}); // the system's language
    std::signal(SIGINT, onInterrupt);
    return godwit::cli::run(QCoreApplication::arguments(), &cancelRequested);
}
