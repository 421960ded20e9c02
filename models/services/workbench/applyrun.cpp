#include "applyrun.h"

#include "database/peertables.h"
#include "database/peerwriter.h"
#include "drivers/enginedriver.h"

#include <QCoreApplication>
#include <QSet>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Operations)
};

} // namespace

QString appendAuditRow(Connection &connection, const AuditEntry &entry)
{
    const std::unique_ptr<HistoryStore> store = historyStoreFor(connection);
    if (!store->ensureSchema() || !store->appendAudit(entry))
        return Text::tr("%1: cannot write the audit log: %2").arg(connection.spec().display(), store->lastError());
    return {};
}

ApplyRun::ApplyRun(std::unique_ptr<Connection> connection, MigrationSource source, QList<StatusEntry> status,
                   const ExecutorOptions &options, std::optional<PeerTableSpec> adopt)
    : m_connection(std::move(connection))
    , m_source(std::move(source))
    , m_status(std::move(status))
    , m_executor(std::make_unique<Executor>(*m_connection, m_source.folder, options))
    , m_cancel(options.cancel)
    , m_adopt(std::move(adopt))
{
    if (m_adopt)
        m_executor->alsoWrite(std::make_unique<PeerWriter>(*m_connection, *m_adopt, m_source));
}

ApplyRun::~ApplyRun() = default;

QString ApplyRun::open()
{
    // Plan from the history as it is once no other run can change it: a run in progress
    // shows its migration as started until it is done. SQLite locks per migration instead.
    if (QString error = m_executor->lock(); !error.isEmpty())
        return error;
    // An Alembic project's status comes from alembic_version, read with the folder: Godwit
    // runs none of its revisions, so its own rows say nothing about them.
    const std::optional<QList<HistoryEntry>> locked = m_executor->lockedHistory();
    if (locked && m_source.format != Format::Alembic) {
        std::optional<PeerHistory> adopted;
        if (m_adopt) {
            Message error;
            adopted = readPeerTable(*m_connection, *m_adopt, &error);
            if (!adopted)
                return error.text();
        }
        m_status = computeStatus(m_source, historyOfFolder(m_source, *locked, {}, adopted));
    }
    if (m_cancel && m_cancel->load())
        return Text::tr("cancelled before the first step: nothing ran");
    return {};
}

Plan ApplyRun::plan(const PlanRequest &request) const
{
    PlanRequest asked = request;
    asked.otherToolWritten = m_adopt && m_adopt->interop;
    return makePlan(m_source, m_status, asked);
}

QString ApplyRun::writeAuditRows(const QList<AuditEntry> &rows)
{
    // The rows that go before the first step are written under the lock.
    for (const AuditEntry &row : rows) {
        if (QString why = appendAuditRow(*m_connection, row); !why.isEmpty())
            return why;
    }
    return {};
}

ExecutionReport ApplyRun::run(const Plan &plan, const QList<AuditEntry> &auditRows, const Executor::Observer &observer,
                              const std::atomic_bool *cancel, QString *error)
{
    if (QString why = writeAuditRows(auditRows); !why.isEmpty()) {
        *error = std::move(why);
        ExecutionReport nothing;
        nothing.ok = false;
        return nothing;
    }
    return m_executor->run(plan, observer, cancel);
}

StepResult ApplyRun::repair(const Migration &migration, Executor::RepairAction action, int retryFrom,
                            const QList<AuditEntry> &auditRows, const std::atomic_bool *cancel, QString *error)
{
    if (QString why = writeAuditRows(auditRows); !why.isEmpty()) {
        *error = std::move(why);
        StepResult nothing;
        nothing.step = {migration, action == Executor::RepairAction::RunDown ? Direction::Down : Direction::Up};
        nothing.outcome = StepResult::Outcome::Skipped;
        return nothing;
    }
    return m_executor->repair(migration, action, retryFrom, cancel);
}

QList<StepResult> ApplyRun::recordEach(const QList<Migration> &migrations, const QList<AuditEntry> &auditRows,
                                       const std::atomic_bool *cancel, QString *error,
                                       const std::function<StepResult(const Migration &)> &record)
{
    QList<StepResult> results;
    if (QString why = writeAuditRows(auditRows); !why.isEmpty()) {
        *error = std::move(why);
        return results;
    }
    for (const Migration &m : migrations) {
        if (cancel && cancel->load())
            break;
        results.append(record(m));
        if (results.constLast().outcome != StepResult::Outcome::Done)
            break;
    }
    return results;
}

QList<StepResult> ApplyRun::baseline(const QList<Migration> &migrations, const QList<AuditEntry> &auditRows,
                                     const std::atomic_bool *cancel, QString *error)
{
    return recordEach(migrations, auditRows, cancel, error,
                      [this](const Migration &m) { return m_executor->recordApplied(m, QStringLiteral("baseline")); });
}

std::optional<QList<Migration>> ApplyRun::missingFromTheirs(Message *error) const
{
    // Godwit's rows: read under the lock on the servers; on SQLite those the status was made
    // from, before the adoption.
    std::optional<QList<HistoryEntry>> own = m_executor->lockedHistory();
    if (!own) {
        own.emplace();
        for (const StatusEntry &s : m_status) {
            if (s.history)
                own->append(*s.history);
        }
    }
    if (!m_adopt)
        return QList<Migration>();
    if (m_adopt->tool == PeerTool::Sqitch) { // sqitch's to create: said before anything is confirmed
        const QString qualifier = peerQualifier(*m_connection, *m_adopt);
        if (qualifier.isEmpty()
            || !m_connection->driver().tableExists(*m_connection, qualifier, m_adopt->table,
                                                   sessionTable(*m_connection, qualifier, m_adopt->table))) {
            *error = Text::tr("%1 has no sqitch registry, and Godwit does not create one: let sqitch record what "
                              "Godwit applied without running it (sqitch deploy --log-only --to CHANGE, the last "
                              "change Godwit applied), then adopt again")
                         .arg(m_connection->spec().display());
            return std::nullopt;
        }
    }
    const std::optional<PeerHistory> theirs = readPeerTable(*m_connection, *m_adopt, error);
    if (!theirs)
        return std::nullopt;
    // What Godwit ran or recorded: its own applied rows. Migrations below an applied baseline
    // have none, and the tool's table does not list them either (Flyway records the baseline
    // alone); Executor::recordTheirs() writes a row only for a migration that has one.
    QSet<QString> ours, recorded;
    for (const HistoryEntry &e : *own) {
        if (e.status == HistoryEntry::Status::Applied)
            ours.insert(historySlot(e.kind, e.key));
    }
    for (const HistoryEntry &e : adoptedHistory(*theirs, m_source)) {
        if (e.status == HistoryEntry::Status::Applied)
            recorded.insert(historySlot(e.kind, e.key));
    }
    QList<Migration> missing;
    for (const Migration &m : m_source.migrations) {
        const QString key = historySlot(m.kind, m.key());
        if (peerKeeps(*m_adopt, m) && ours.contains(key) && !recorded.contains(key))
            missing.append(m);
    }
    return missing;
}

QList<StepResult> ApplyRun::recordTheirs(const QList<Migration> &migrations, const QList<AuditEntry> &auditRows,
                                         const std::atomic_bool *cancel, QString *error)
{
    return recordEach(migrations, auditRows, cancel, error,
                      [this](const Migration &m) { return m_executor->recordTheirs(m); });
}

void ApplyRun::interrupt()
{
    m_executor->interrupt();
}

} // namespace godwit
