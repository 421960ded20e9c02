#include "password.h"

#include <QCoreApplication>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace godwit::cli {

namespace {

QString prompt(const QString &question)
{
    if (!isatty(STDIN_FILENO) || !isatty(STDERR_FILENO))
        return {};
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved;
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputs("\n", stderr);
    if (!got)
        return {};
    QString answer = QString::fromLocal8Bit(buffer);
    while (answer.endsWith(u'\n') || answer.endsWith(u'\r'))
        answer.chop(1);
    return answer;
}

} // namespace

QString passwordFor(const ConnectionSpec &target, const ConnectOptions &options)
{
    if (target.dialect == Dialect::SQLite)
        return {};
    if (qEnvironmentVariableIsSet("GODWIT_PASSWORD"))
        return qEnvironmentVariable("GODWIT_PASSWORD");
    const char *own = target.dialect == Dialect::PostgreSQL ? "PGPASSWORD" : "MYSQL_PWD";
    if (qEnvironmentVariableIsSet(own))
        return qEnvironmentVariable(own);
    if (!isatty(STDIN_FILENO))
        return {};
    // Ask only if the server wants a password: try without one first.
    const auto probe = Connection::open(target, Connection::Mode::ReadOnly, options);
    if (probe.connection || !probe.needsPassword)
        return {};
    return prompt(QCoreApplication::translate("Cli", "Password for %1: ").arg(target.display()));
}

} // namespace godwit::cli
