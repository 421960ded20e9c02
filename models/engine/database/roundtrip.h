#pragma once

#include "connection.h"
#include "rowkeeper.h"
#include "scriptrunner.h"

#include "schema/schemadiff.h"
#include "schema/snapshot.h"

#include <QJsonObject>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>

namespace godwit {

struct DryRunReport;

/*! One migration's round trip in a reversible dry run: its down run right after its up and
    compared with the schema and rows before the up, then its up once more, so that the rest
    of the plan starts where a real run would and the down is proven to leave the up
    re-appliable. */
struct RoundTrip
{
    QString version;    ///< the migration's displayVersion()
    QString description;
    bool hasDown = true;
    bool checked = false; ///< the comparison was made (not cancelled, every schema read)
    std::optional<StepRun> down;
    std::optional<StepRun> again; ///< the up once more, after the down
    SchemaDiff residue;           ///< before the up → after the down
    QList<RowResidue> rows;       ///< what the up and down did to the rows of the tables they name
    QList<Message> messages;      ///< the findings, each naming the migration
    QString unifiedDiff;          ///< DDL before the up → after the down, where they differ

    bool reversible() const { return checked && messages.isEmpty(); }
    QJsonObject toJson(bool unified) const;
};

/*! The findings of a residue in words, each naming the migration: "0002's down leaves index
    idx_invoices_due on invoices", "0005's down restores customers.tier without its default
    'free'". before and afterDown are the schemas the residue was read from. */
QList<Message> residueMessages(const QString &version, const SchemaDiff &residue, const Snapshot &before,
                               const Snapshot &afterDown);

/*! Runs the plan's up steps on work with a round trip each (see RoundTrip), in one pass:
    report.before must be set; fills report.up, down, roundTrips, residue, residueMessages,
    after and the timing. The renames the ups made are added to upRenames. False when an up
    failed, the run was cancelled or a schema could not be read (report.error). */
bool runRoundTrips(DryRunReport &report, ScriptRunner &runner, Connection &work, bool insideTransaction,
                   const QList<PlanStep> &steps, const std::atomic_bool *cancel,
                   const std::function<void(const QString &)> &say, QList<RenameHint> &upRenames);

} // namespace godwit
