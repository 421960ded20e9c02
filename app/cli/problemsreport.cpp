// What verify's checksums and status's problems print: each file with its kind.
#include "report.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace godwit::cli {

namespace {
// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

QJsonArray problemsJson(const QList<StatusProblem> &problems)
{
    QJsonArray array;
    for (const StatusProblem &p : problems) {
        QJsonObject o{{QStringLiteral("kind"), statusProblemKindId(p.kind)},
                      {QStringLiteral("file"), p.file},
                      {QStringLiteral("message"), p.message.english()}};
        if (!p.version.isEmpty()) {
            o.insert(QStringLiteral("version"), p.version);
            o.insert(QStringLiteral("description"), p.description);
        }
        array.append(o);
    }
    return array;
}

void Report::writeProblems(const QString &heading, const QList<StatusProblem> &problems)
{
    if (problems.isEmpty())
        return;
    m_out << u'\n' << heading << u'\n';
    for (const StatusProblem &p : problems) {
        const QString what = p.version.isEmpty() ? QString() : QStringLiteral("%1 %2: ").arg(p.version, p.description);
        m_out << QStringLiteral("  %1  %2%3\n").arg(statusProblemKindId(p.kind), -13).arg(what, p.message.text());
    }
}

void Report::checksums(const Context &context, const QList<StatusProblem> &problems, int applied)
{
    if (m_json) {
        writeWithContext(context, {{QStringLiteral("ok"), problems.isEmpty()},
                                   {QStringLiteral("applied"), applied},
                                   {QStringLiteral("problems"), problemsJson(problems)}});
        return;
    }
    if (problems.isEmpty()) {
        m_out << Text::tr("Checksums of %1: the %n applied migration(s) match their files", nullptr, applied)
                     .arg(context.target.display())
              << u'\n';
    } else {
        writeProblems(Text::tr("Checksums of %1: %n problem(s)", nullptr, int(problems.size())).arg(context.target.display()),
                      problems);
    }
    m_out.flush();
}

} // namespace godwit::cli
