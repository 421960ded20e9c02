#include "cancelwatcher.h"
#include "cliapp.h"

#include "godwitversion.h"
#include "i18n/translations.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>

namespace {

std::atomic_bool cancelRequested{false};
volatile std::sig_atomic_t caughtSignal = 0;
constexpr int stopSignals[] = {SIGINT, SIGTERM, SIGHUP};

// The first Ctrl-C, SIGTERM or SIGHUP cancels the statement running and stops the run (the
// current migration is rolled back, or recorded as failed where no transaction holds it; the
// run lock is released); a second one ends the process as usual, and so does the first
// while nothing runs that needs stopping.
extern "C" void onStopSignal(int signal)
{
    caughtSignal = signal;
    cancelRequested.store(true);
    for (const int s : stopSignals)
        std::signal(s, SIG_DFL);
    if (godwit::cli::activeCancelWatchers.load() == 0)
        std::raise(signal);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("godwit-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("godwit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GODWIT_VERSION));
    godwit::installTranslations({QStringLiteral("godwit_models"), QStringLiteral("godwit-cli")}); // the system's language
    for (const int s : stopSignals)
        std::signal(s, onStopSignal);
    const int exit = godwit::cli::run(QCoreApplication::arguments(), &cancelRequested);
    // Stopped by a signal: the shell's convention, 128 + its number (130 SIGINT, 143 SIGTERM).
    return caughtSignal ? 128 + int(caughtSignal) : exit;
}
