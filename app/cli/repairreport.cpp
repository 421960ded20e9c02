// What ran of the failed migrations, for `repair` without an action: each statement's state
// and the ways out.
#include "report.h"

#include "migrations/scriptloader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace godwit::cli {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// statementStateId's keywords, in the reader's language.
QString statementStateText(StatementState state)
{
    switch (state) {
    case StatementState::Ran: return Text::tr("ran");
    case StatementState::UnderWay: return Text::tr("under way");
    case StatementState::Failed: return Text::tr("failed");
    case StatementState::NotRun: return Text::tr("not run");
    }
    return {};
}

// One failed migration: its statements with what ran of each, as JSON and as lines.
struct FailedRun
{
    QJsonArray statements;
    QStringList lines;
};

FailedRun failedRun(const StatusEntry &entry, Dialect dialect)
{
    FailedRun run;
    if (!entry.migration)
        return run;
    const LoadedScript loaded = loadScript(*entry.migration->up, dialect);
    int n = 0;
    for (const Statement &s : loaded.split.statements) {
        ++n;
        const StatementState state = statementState(*entry.history, n);
        const QString first = s.sql.section(u'\n', 0, 0).left(70);
        run.lines << QStringLiteral("    %1  %2  %3  %4").arg(n, 3).arg(statementStateText(state), -8).arg(s.location.toString(), first);
        run.statements.append(QJsonObject{{QStringLiteral("index"), n},
                                          {QStringLiteral("state"), statementStateId(state)},
                                          {QStringLiteral("location"), s.location.toString()},
                                          {QStringLiteral("sql"), s.sql}});
    }
    return run;
}

} // namespace

void Report::failedMigrations(const QList<const StatusEntry *> &failed, Dialect dialect)
{
    if (m_json) {
        QJsonArray all;
        for (const StatusEntry *entry : failed) {
            const HistoryEntry &h = *entry->history;
            all.append(QJsonObject{{QStringLiteral("version"), entry->version()},
                                   {QStringLiteral("description"), entry->description()},
                                   {QStringLiteral("failedStatement"), h.failedStatement},
                                   {QStringLiteral("statementCount"), h.statementCount},
                                   {QStringLiteral("error"), h.error},
                                   {QStringLiteral("reason"), failureReason(h).english()},
                                   {QStringLiteral("statements"), failedRun(*entry, dialect).statements}});
        }
        write({{QStringLiteral("failed"), all}});
        return;
    }
    if (failed.isEmpty())
        m_out << Text::tr("No migration has failed: there is nothing to repair.") << u'\n';
    for (const StatusEntry *entry : failed)
        writeFailed(*entry, failedRun(*entry, dialect).lines);
    m_out.flush();
}

void Report::writeFailed(const StatusEntry &entry, const QStringList &statements)
{
    const HistoryEntry &h = *entry.history;
    const int stopped = h.failedStatement;
    m_out << Text::tr("%1 %2: stopped at statement %3 of %4: %5")
                 .arg(entry.version(), entry.description())
                 .arg(stopped)
                 .arg(h.statementCount)
                 .arg(failureReason(h).text())
          << u'\n'
          << statements.join(u'\n') << u'\n'
          << Text::tr("Ways out (each is recorded in the audit log):") << u'\n'
          << Text::tr("  godwit-cli repair %1 --retry-from %2   run statements %2 to %3 again, once what stopped "
                "statement %2 is fixed")
                 .arg(entry.version())
                 .arg(qMax(1, stopped))
                 .arg(h.statementCount)
          << u'\n'
          << Text::tr("  godwit-cli repair %1 --mark-applied    record it as applied: you ran the rest by hand")
                 .arg(entry.version())
          << u'\n'
          << Text::tr("  godwit-cli repair %1 --run-down        run its down script and record it as not applied")
                 .arg(entry.version())
          << u'\n';
}

} // namespace godwit::cli
