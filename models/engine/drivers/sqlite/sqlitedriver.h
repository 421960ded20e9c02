#pragma once

#include "drivers/enginedriver.h"

namespace godwit::drivers {

/*! SQLite: a file opened through QSQLITE; a migration's transaction takes the write lock
    when it begins; a running statement is stopped with sqlite3_interrupt. */
class SqliteDriver : public EngineDriver
{
public:
    Dialect dialect() const override { return Dialect::SQLite; }
    QString qtDriver() const override;
    Message precheck(const ConnectionSpec &spec, bool readOnly, bool *missing) const override;
    void address(QSqlDatabase &db, const ConnectionSpec &spec, bool readOnly,
                 const ConnectOptions &options) const override;
    QString beginTransaction() const override;
    InterruptTarget interruptTarget(Connection &connection) const override;
    void interrupt(const Connection &connection, const InterruptTarget &target) const override;
    Introspection introspect(Connection &connection) const override;
    std::optional<TableStats> tableStats(Connection &connection, const QString &table) const override;
    bool tracesLocks() const override;
    std::optional<Introspection> introspectNamed(Connection &connection, const QStringList &names) const override;
    QHash<QString, TableStorage> tableStorage(Connection &connection, const QStringList &tables,
                                              bool exact = false) const override;
    QString identityColumn(const QString &name) const override;
    QString noTransactionReason(const Connection &connection, const QList<Statement> &statements,
                                QStringList &hints) const override;
    InTransaction inTransactionForm(const Connection &connection, const QString &sql) const override;
    bool sessionInTransaction(Connection &connection) const override;
    QString copyBeforeOpening(Connection &target, const QString &scratch, ScratchDatabase::Content content,
                              const std::atomic_bool *cancel, RowSample *sample) const override;
    DryRunMethodChoice autoDryRunMethod(bool production) const override;
    QString sqitchRegistry(Connection &connection) const override;
    void releaseSqitchRegistry(Connection &connection) const override;
    QString sqitchNow() const override;
    bool tableExists(Connection &connection, const QString &qualifier, const QString &name,
                     const QString &qualifiedTable) const override;
    bool hasColumn(Connection &connection, const QString &qualifier, const QString &name, const QString &qualifiedTable,
                   const QString &column) const override;
    AuditProtection auditProtection(const QString &schema, const QString &qualifiedTable) const override;
    bool lockAuditLog(Connection &connection, const QString &qualifiedTable, AuditOpened &opened,
                      QString *error) const override;
    QString backupName(const ConnectionSpec &target) const override;
    bool backUp(const ConnectionSpec &target, const ConnectOptions &options, const QString &directory,
                const QString &base, const std::atomic_bool *cancel, Backup &b) const override;
    QString restore(const ConnectionSpec &target, const ConnectOptions &options, const Backup &backup) const override;
    QString indexTemporaryTable(const QString &copy, const QString &name, const QString &columns) const override;
};

} // namespace godwit::drivers
