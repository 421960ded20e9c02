#pragma once

#include "context.h"

#include "database/dryrun.h"
#include "database/executor.h"
#include "database/status.h"
#include "schema/schemadiff.h"

#include <QJsonObject>
#include <QTextStream>

namespace godwit::cli {

/*! Human text and JSON for what the commands print. */
class Report
{
public:
    Report(QTextStream &out, bool json);

    void status(const Context &context, const QList<StatusEntry> &status, bool databaseMissing);
    void planHeader(const Context &context, const Plan &plan);
    void stepStarted(int index, int total, const PlanStep &step);
    void stepFinished(const StepResult &result);
    void execution(const Context &context, const Plan &plan, const ExecutionReport &report);
    void plan(const Context &context, const Plan &plan);
    void created(const QStringList &files, const QString &version);
    /*! What ran of a failed migration, statement by statement, and the ways out. */
    void failedMigration(const StatusEntry &entry, Dialect dialect);
    /*! A dry run: per step and statement what happened, the structural diff (and with
        unified the DDL text diff), the reversibility residue, notes and timings. */
    void dryRun(const Context &context, const DryRunReport &report, bool unified);
    /*! The normalized DDL (text) or the snapshot document (JSON, what diff reads back). */
    void snapshot(const Snapshot &snapshot);
    void schemaDiff(const QString &before, const QString &after, const Snapshot &a, const Snapshot &b,
                    const SchemaDiff &diff, bool unified);
    void drift(const Context &context, const DriftReport &report, bool unified);
    /*! JSON documents always print; text only when not quiet. */
    void error(const QString &message, QTextStream &err);

    bool json() const { return m_json; }

private:
    void write(const QJsonObject &object);
    QJsonObject contextJson(const Context &context) const;
    /*! The context's fields and then body's, as one document. */
    void writeWithContext(const Context &context, const QJsonObject &body);

    QTextStream &m_out;
    bool m_json;
};

} // namespace godwit::cli
