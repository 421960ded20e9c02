// godwit-cli dry-run's text report.

#include "report.h"

#include "remedytext.h"
#include "reporttext_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace godwit::cli {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void writeSteps(QTextStream &out, const QList<StepRun> &steps, Dialect dialect)
{
    for (const StepRun &step : steps) {
        const bool escaped = !notRehearsable({step}).isEmpty();
        const QString outcome = !step.ok       ? (step.cancelled ? Text::tr("CANCELLED") : Text::tr("FAILED"))
                                : escaped ? Text::tr("NOT REHEARSABLE")
                                          : Text::tr("ok");
        out << QStringLiteral("%1 %2 %3  %4  %5\n")
                   .arg(arrow(step.step.direction), step.step.migration.displayVersion(), step.step.migration.description,
                        outcome, milliseconds(step.durationMs));
        for (qsizetype i = 0; i < step.statements.size(); ++i) {
            const StatementRun &s = step.statements.at(i);
            QString line = QStringLiteral("     %1  %2  %3").arg(s.location.toString(), firstLine(s.sql), milliseconds(s.durationMs));
            if (s.rowsAffected >= 0)
                line += u"  " + pluralText(Text::tr("%n row(s)", nullptr, pluralCount(s.rowsAffected)), pluralCount(s.rowsAffected));
            out << line << u'\n';
            if (!s.note.isEmpty())
                out << QStringLiteral("       %1\n").arg(s.note);
            for (const QString &m : s.messages)
                out << QStringLiteral("       %1\n").arg(m);
            for (const Measured &m : measured(dialect, step, i))
                out << QStringLiteral("       %1\n").arg(m.words.text());
        }
        if (!step.error.isEmpty())
            out << QStringLiteral("     %1\n").arg(step.error);
    }
}

QString methodText(DryRunMethod method, Dialect dialect)
{
    switch (method) {
    case DryRunMethod::Copy:
        return dialect == Dialect::SQLite       ? Text::tr("on a copy of the database (VACUUM INTO), deleted afterwards")
               : dialect == Dialect::PostgreSQL ? Text::tr("on a scratch database holding a schema-only copy (pg_dump), "
                                                           "dropped afterwards")
                                                : Text::tr("on a scratch database holding a copy of the schema, dropped afterwards");
    case DryRunMethod::Transaction: return Text::tr("in one transaction on the target, rolled back");
    case DryRunMethod::Shadow: return Text::tr("on a shadow database where the applied history was replayed, dropped afterwards");
    case DryRunMethod::Auto: break;
    }
    return {};
}

} // namespace

void Report::dryRun(const Context &context, const DryRunReport &report, bool unified)
{
    if (m_json) {
        writeWithContext(context, report.toJson(unified));
        return;
    }
    m_out << Text::tr("Dry run of %1 on %2, %3")
                 .arg(pluralText(Text::tr("%n migration(s)", nullptr, int(report.up.size())), int(report.up.size())), context.target.display(),
                      methodText(report.method, context.target.dialect))
          << u'\n'
          << Text::tr("Method: %1 (%2)").arg(dryRunMethodId(report.method), dryRunReasonText(report.methodReason))
          << "\n\n";
    writeSteps(m_out, report.up, context.target.dialect);
    if (report.after) {
        m_out << u'\n' << Text::tr("Schema changes") << u'\n';
        writeDiff(m_out, report.diff);
        const QString text = unified && report.before
                                 ? unifiedDiff(snapshotDdl(*report.before), snapshotDdl(*report.after), Text::tr("before"), Text::tr("after"))
                                 : QString();
        if (!text.isEmpty())
            m_out << u'\n' << text;
    }
    if (!report.roundTrips.isEmpty()) {
        m_out << u'\n' << Text::tr("Reversibility (each migration: up, down, compared with before its up, up again)")
              << u'\n';
        writeSteps(m_out, report.down, context.target.dialect);
        const auto proven = std::count_if(report.roundTrips.cbegin(), report.roundTrips.cend(),
                                          [](const RoundTrip &t) { return t.reversible(); });
        if (proven > 0)
            m_out << Text::tr("  %n migration(s): the down restores the schema and rows from before the up", nullptr, int(proven))
                  << u'\n';
        for (const RoundTrip &trip : report.roundTrips) {
            for (const Message &m : trip.messages)
                m_out << QStringLiteral("  %1\n").arg(m.text());
            if (unified && !trip.unifiedDiff.isEmpty())
                m_out << u'\n' << trip.unifiedDiff;
        }
    }
    if (!report.estimate.isEmpty()) {
        m_out << u'\n' << Text::tr("Estimate: %1").arg(report.estimate.summary().text()) << u'\n';
        for (const Message &m : report.estimate.longest(3))
            m_out << QStringLiteral("  %1\n").arg(m.text());
    }
    if (!report.notes.isEmpty()) {
        m_out << u'\n' << Text::tr("Notes") << u'\n';
        for (const Message &n : report.notes)
            m_out << QStringLiteral("  %1\n").arg(n.text());
        for (const SuggestedRemedy &r : report.error.isEmpty() ? report.remedies : QList<SuggestedRemedy>())
            m_out << QStringLiteral("  %1\n").arg(remedyText(r)); // an error's remedies follow the error
    }
    if (!report.notRehearsable.isEmpty()) {
        m_out << u'\n' << Text::tr("Not rehearsable on a copy (not run)") << u'\n';
        for (const NotRehearsable &n : report.notRehearsable)
            m_out << QStringLiteral("  %1\n").arg(n.toString());
    }
    m_out << u'\n'
          << Text::tr("Time: preparation %1, execution %2, introspection %3, diff %4")
                 .arg(milliseconds(report.timing.preparationMs), milliseconds(report.timing.executionMs),
                      milliseconds(report.timing.introspectionMs), milliseconds(report.timing.diffMs))
          << u'\n';
    if (!report.error.isEmpty())
        m_out << Text::tr("Error: %1").arg(withRemedies(report.error, report.remedies)) << u'\n';
    m_out << (report.cancelled ? Text::tr("Cancelled; the target was not changed.")
              : !report.notRehearsable.isEmpty()
                  ? Text::tr("Dry run NOT PASSED: %n statement(s) would reach outside the dry run's scratch and were not run; "
                             "the target was not changed.", nullptr, int(report.notRehearsable.size()))
              : report.ok()                     ? Text::tr("Dry run passed; the target was not changed.")
              : report.error.isEmpty() && report.stepsOk()
                  ? Text::tr("The plan runs, but %n migration(s) are not reversible; the target was not changed.", nullptr,
                             int(std::count_if(report.roundTrips.cbegin(), report.roundTrips.cend(),
                                               [](const RoundTrip &t) { return !t.messages.isEmpty(); })))
                  : Text::tr("Dry run FAILED; the target was not changed."))
          << u'\n';
    m_out.flush();
}

} // namespace godwit::cli
