#pragma once

#include "context.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <atomic>

namespace godwit::cli {

struct Command;

/*! One run of a command: the options as parsed (the command takes every option set and the
    common ones are valid) and the words after the command's name (as many as it takes). */
struct Invocation
{
    const Command &command;
    const QCommandLineParser &parser;
    GlobalOptions options;
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
    const std::atomic_bool *cancel;

    bool isSet(const QString &option) const { return parser.isSet(option); }
    QString value(const QString &option) const { return parser.value(option); }
};

/*! How many words a command takes after its name: from min to max (-1: any number), and
    what it says to another number (QT_TRANSLATE_NOOP("Cli", …); null: "takes no arguments"). */
struct Arity
{
    int min = 0;
    int max = 0;
    const char *usage = nullptr;
};

/*! The --format values a command writes. */
enum class Formats { TextOrJson, TextJsonOrSarif };

/*! A command of godwit-cli: what --help, help COMMAND, the man page and the option check show
    and ask, and the function that parses its own options, calls the work and renders it. */
struct Command
{
    const char *name;
    const char *summary;  ///< QT_TRANSLATE_NOOP("Cli", …): translated where it is shown
    const char *synopsis; ///< its arguments and options, as typed
    QStringList options;  ///< the options it takes beyond the common ones, in the order its help lists them
    Arity arity;
    int (*handler)(const Invocation &);
    Formats formats = Formats::TextOrJson;
};

/*! Checks the common options and the number of words, then calls the command's handler;
    exits Exit::Usage, saying why on err, when they are wrong. */
int runCommand(const Command &command, const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
               QTextStream &err, const std::atomic_bool *cancel);

/*! Every command, in the order --help lists them. */
const QList<Command> &commands();
/*! Every option, in the order --help lists them; the parser is made of these. */
QList<QCommandLineOption> allOptions();
/*! The options every command takes. */
const QStringList &commonOptions();

} // namespace godwit::cli
