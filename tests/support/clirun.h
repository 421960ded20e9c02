#pragma once

// godwit-cli run as CI runs it, for the tests of the command line (tests/app/tst_cli*.cpp):
// a real process, its own XDG data folder, standard output and error kept apart. Uses
// GODWIT_CLI, which each test executable defines.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace godwit::test {

struct CliOutput
{
    int exit = -1; ///< -1 when it crashed
    QString out;
    QString err;
};

/*! godwit-cli with args in workDir, waited for (a minute at most), XDG_DATA_HOME at xdgData. */
inline CliOutput runCli(const QStringList &args, const QString &workDir, const QString &xdgData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), xdgData);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    p.start(QStringLiteral(GODWIT_CLI), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace godwit::test
