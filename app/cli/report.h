#pragma once

#include "context.h"

#include "database/executor.h"
#include "database/status.h"

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
    /*! JSON documents always print; text only when not quiet. */
    void error(const QString &message, QTextStream &err);

    bool json() const { return m_json; }

private:
    void write(const QJsonObject &object);
    QJsonObject contextJson(const Context &context) const;

    QTextStream &m_out;
    bool m_json;
};

} // namespace godwit::cli
