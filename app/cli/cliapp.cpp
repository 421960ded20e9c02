#include "cliapp.h"

#include "commandtable.h"
#include "context.h"
#include "godwitversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace godwit::cli {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// "  head   description", the description wrapped at 79 columns under itself.
QString wrapped(const QString &head, const QString &description, int column)
{
    QString text = head.size() + 2 > column ? head + u'\n' + QString(column, u' ') : head.leftJustified(column);
    int width = column;
    for (const QString &word : description.split(u' ', Qt::SkipEmptyParts)) {
        if (width > column && width + 1 + word.size() > 79) {
            text += u'\n' + QString(column, u' ');
            width = column;
        } else if (width > column) {
            text += u' ';
            ++width;
        }
        text += word;
        width += int(word.size());
    }
    return text + u'\n';
}

QString optionLines(const QCommandLineOption &option)
{
    QString head = u"  --"_s + option.names().constFirst();
    if (!option.valueName().isEmpty())
        head += u" <"_s + option.valueName() + u'>';
    return wrapped(head, option.description(), 30);
}

QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += u'\n' + Text::tr("Commands:") + u'\n';
    for (const Command &c : commands())
        text += wrapped(u"  "_s + QString::fromLatin1(c.name), Text::tr(c.summary), 13);
    text += u'\n' + Text::tr("Each command's own options: godwit-cli help COMMAND (or godwit-cli COMMAND --help).") + u'\n';
    text += u'\n' + Text::tr("Environment:") + u'\n'
            + Text::tr("  GODWIT_PASSWORD          the target's password (else PGPASSWORD or MYSQL_PWD, else a prompt)") + u'\n'
            + Text::tr("  GODWIT_STAGING_PASSWORD  the staging profile's password, for a deployment's staging dry run") + u'\n'
            + Text::tr("  GODWIT_USER              who signs checklist items (else the OS user)") + u'\n'
            + Text::tr("  LANG, LC_MESSAGES        the language of the messages (English, German, French)") + u'\n';
    text += u'\n' + Text::tr("Exit codes: 0 ok, 1 operation failed (or status/verify found a problem), 2 usage or input "
                              "error, 3 lint findings, 4 refused on production (checklist, --override or the typed "
                              "name), 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP (the statement cancelled, the "
                              "run ended cleanly).")
            + u'\n';
    return text;
}

// godwit-cli help COMMAND, godwit-cli COMMAND --help: its synopsis, what it does, its options.
QString commandHelp(const Command &command)
{
    const QList<QCommandLineOption> options = allOptions();
    const auto lines = [&options](const QString &name) {
        return optionLines(*std::find_if(options.cbegin(), options.cend(),
                                         [&name](const QCommandLineOption &o) { return o.names().constFirst() == name; }));
    };
    QString text = Text::tr("Usage: godwit-cli [common options] %1").arg(QString::fromUtf8(command.synopsis)) + u"\n"_s;
    const QString summary = Text::tr(command.summary);
    text += summary.left(1).toUpper() + summary.mid(1) + u".\n"_s;
    if (!command.options.isEmpty()) {
        text += u'\n' + Text::tr("Options of %1:").arg(QString::fromLatin1(command.name)) + u'\n';
        for (const QString &name : command.options)
            text += lines(name);
    }
    text += u'\n' + Text::tr("Common options:") + u'\n';
    for (const QString &name : commonOptions())
        text += lines(name);
    return text;
}

const Command *commandNamed(const QString &name)
{
    const auto it = std::find_if(commands().cbegin(), commands().cend(),
                                 [&name](const Command &c) { return name == QString::fromLatin1(c.name); });
    return it == commands().cend() ? nullptr : &*it;
}

QString unknownCommand(const QString &name)
{
    return Text::tr("godwit-cli: unknown command \"%1\"; see --help").arg(name);
}

// godwit-cli help [COMMAND], godwit-cli COMMAND --help
int help(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList words = parser.positionalArguments();
    const QString named = words.value(0) == u"help" ? words.value(1) : words.value(0);
    if (named.isEmpty()) {
        out << helpText(parser);
        return Exit::Ok;
    }
    const Command *command = commandNamed(named);
    if (!command) {
        err << unknownCommand(named) << u'\n';
        return Exit::Usage;
    }
    out << commandHelp(*command);
    return Exit::Ok;
}

// The first option given that the command does not take; empty when it takes them all.
QString optionNotTaken(const Command &command, const QCommandLineParser &parser)
{
    for (const QString &name : parser.optionNames()) {
        if (!commonOptions().contains(name) && !command.options.contains(name))
            return name;
    }
    return {};
}

} // namespace

int run(const QStringList &arguments, const std::atomic_bool *cancel)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Godwit's migration engine for scripts and CI."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(allOptions());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Text::tr("status, plan, up, down, new, repair, dry-run, snapshot, diff, verify, lint, backup or checklist"));
    if (!parser.parse(arguments)) {
        err << Text::tr("godwit-cli: %1").arg(parser.errorText()) << u'\n';
        return Exit::Usage;
    }
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || words.value(0) == u"help")
        return help(parser, out, err);
    if (parser.isSet(QStringLiteral("version"))) {
        out << QStringLiteral("godwit-cli %1\n").arg(QStringLiteral(GODWIT_VERSION));
        return Exit::Ok;
    }
    if (words.isEmpty()) {
        err << helpText(parser);
        return Exit::Usage;
    }
    const Command *command = commandNamed(words.first());
    if (!command) {
        err << unknownCommand(words.first()) << u'\n';
        return Exit::Usage;
    }
    if (const QString option = optionNotTaken(*command, parser); !option.isEmpty()) {
        err << Text::tr("godwit-cli: %1 does not take --%2").arg(words.first(), option) << u'\n';
        return Exit::Usage;
    }
    return runCommand(*command, parser, words.mid(1), out, err, cancel);
}

} // namespace godwit::cli
