#pragma once

#include "context.h"

#include "database/dryrun.h"
#include "database/executor.h"
#include "plan/peerhistory.h"
#include "plan/status.h"
#include "schema/schemadiff.h"

#include <QJsonObject>
#include <QTextStream>

namespace godwit::cli {

/*! Human text and JSON for what the commands print. */
class Report
{
public:
    Report(QTextStream &out, bool json);

    /*! problems: what makes the status unclean (see statusProblems()). */
    void status(const Context &context, const QList<StatusEntry> &status, bool databaseMissing,
                const QList<StatusProblem> &problems, const PeerTablesSeen &peers = {});
    void planHeader(const Context &context, const Plan &plan);
    void stepStarted(int index, int total, const PlanStep &step);
    void stepFinished(const StepResult &result);
    void execution(const Context &context, const Plan &plan, const ExecutionReport &report);
    void plan(const Context &context, const Plan &plan);
    void created(const QStringList &files, const QString &version);
    /*! adopt: what the project adopts now, and the status that gives. */
    void adopted(const Context &context, const QList<StatusEntry> &status, const PeerTablesSeen &peers);
    /*! baseline: the migrations it will record as applied (JSON: with the outcome after). */
    void baselinePlan(const Context &context, const BaselinePlan &baseline, const QString &to);
    /*! Adopting in interop: what Godwit applied that spec's table lacks, about to be written. */
    void theirRowsPlan(const Context &context, const PeerTableSpec &spec, const QList<Migration> &migrations);
    void baselineDone(const QList<StepResult> &results, int planned);
    /*! What ran of each failed migration, statement by statement, and the ways out; JSON:
        {"failed": […]}. */
    void failedMigrations(const QList<const StatusEntry *> &failed, Dialect dialect);
    /*! A dry run: per step and statement what happened, the structural diff (and with
        unified the DDL text diff), the reversibility residue, notes and timings. */
    void dryRun(const Context &context, const DryRunReport &report, bool unified);
    /*! The normalized DDL (text) or the snapshot document (JSON, what diff reads back). */
    void snapshot(const Snapshot &snapshot);
    void schemaDiff(const QString &before, const QString &after, const Snapshot &a, const Snapshot &b,
                    const SchemaDiff &diff, bool unified);
    /*! edited: applied scripts changed since they ran, named first as a likely cause. */
    void drift(const Context &context, const DriftReport &report, bool unified, const QList<StatusProblem> &edited);
    /*! verify's checksums: each modified, missing or unrecognised file; applied counts the
        applied migrations checked. */
    void checksums(const Context &context, const QList<StatusProblem> &problems, int applied);
    /*! JSON documents always print; text only when not quiet. */
    /*! In JSON, in English: {"error": …}, with the error's stable code and the remedies'
        ids when it has them; on err, for people, each remedy as the command line says it. */
    void error(const Message &message, QTextStream &err, const QString &code = {},
               const QList<SuggestedRemedy> &remedies = {});

    bool json() const { return m_json; }

private:
    /*! The problems as lines for people, under a heading. */
    void writeProblems(const QString &heading, const QList<StatusProblem> &problems);
    void writeFailed(const StatusEntry &entry, const QStringList &statements);
    void statusRows(const QList<StatusEntry> &status);
    /*! The adopted tool's table and the tables found (json: into it, else as lines). */
    void peerTables(const PeerTablesSeen &peers, QJsonObject *json);
    void write(const QJsonObject &object);
    QJsonObject contextJson(const Context &context) const;
    /*! The context's fields and then body's, as one document. */
    void writeWithContext(const Context &context, const QJsonObject &body);

    QTextStream &m_out;
    bool m_json;
};

/*! The command that adopts a table found: "godwit-cli adopt flyway". */
QString adoptCommand(const PeerTableFound &found);

/*! The problems as JSON objects with stable ids. */
QJsonArray problemsJson(const QList<StatusProblem> &problems);

} // namespace godwit::cli
