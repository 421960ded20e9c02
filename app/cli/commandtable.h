#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <atomic>

namespace godwit::cli {

struct Command;

/*! One run of a command: the options as parsed (the command takes every option set) and the
    words after the command's name. */
struct Invocation
{
    const Command &command;
    const QCommandLineParser &parser;
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
    const std::atomic_bool *cancel;

    bool isSet(const QString &option) const { return parser.isSet(option); }
    QString value(const QString &option) const { return parser.value(option); }
};

/*! A command of godwit-cli: what --help, help COMMAND, the man page and the option check show
    and ask, and the function that parses its arguments, calls the work and renders it. */
struct Command
{
    const char *name;
    const char *summary;  ///< QT_TRANSLATE_NOOP("Cli", …): translated where it is shown
    const char *synopsis; ///< its arguments and options, as typed
    QStringList options;  ///< the options it takes beyond the common ones, in the order its help lists them
    int (*handler)(const Invocation &);
};

/*! Every command, in the order --help lists them. */
const QList<Command> &commands();
/*! Every option, in the order --help lists them; the parser is made of these. */
QList<QCommandLineOption> allOptions();
/*! The options every command takes. */
const QStringList &commonOptions();

} // namespace godwit::cli
