#pragma once

#include "drivers/serverdriver_p.h"

namespace godwit::drivers {

/*! The metadata locks a session (an SQL expression for its connection id) holds or waits for
    on the current database's tables: name, type, status, duration. */
QString metadataLocksQuery(const QString &session);

/*! MySQL and MariaDB through QMYSQL: lock_wait_timeout per session (whole seconds), the
    server's VERSION() for what its ALTERs can do in place, KILL QUERY to stop a statement. */
class MysqlDriver : public ServerDriver
{
public:
    Dialect dialect() const override { return Dialect::MySQL; }
    QString qtDriver() const override;
    bool wantsPassword(const QSqlError &error) const override;
    Message startSession(QSqlDatabase &db, const ConnectOptions &options, QString *historySchema) const override;
    QString serverVersion(QSqlDatabase &db) const override;
    QString beginTransaction() const override;
    QString noTransactionReason(const Connection &connection, const QList<Statement> &statements,
                                QStringList &hints) const override;
    Introspection introspect(Connection &connection) const override;
    std::optional<TableStats> tableStats(Connection &connection, const QString &table) const override;
    QString identityColumn(const QString &name) const override;
    QString readContainmentScope(Connection &target, Connection &work, ContainmentScope &scope) const override;
    QString runLockHolder(Connection &connection) const override;
    QChar scratchOwnerMark() const override;
    bool scratchOwnerAlive(Connection &connection, const QString &name, qint64 owner) const override;
    QString createDatabaseStatement(Connection &owner, const QString &name) const override;
    QString dropDatabaseStatement(const QString &name) const override;
    DryRunMethodChoice autoDryRunMethod(bool production) const override;
    QString copyAfterOpening(Connection &target, Connection &scratch, const QString &name,
                             ScratchDatabase::Content content, QList<NotRehearsable> &notRehearsable,
                             RowSample *sample, const std::atomic_bool *cancel) const override;
    QString noTransactionalDryRun() const override;
    QString historyQualifier(Connection &connection) const override;
    QString sessionQualifier(Connection &connection) const override;
    /*! UTC_TIMESTAMP(6): sqitch's column default in the UTC session sqitch sets. */
    QString sqitchNow() const override;
    bool tableExists(Connection &connection, const QString &qualifier, const QString &name,
                     const QString &qualifiedTable) const override;
    bool hasColumn(Connection &connection, const QString &qualifier, const QString &name, const QString &qualifiedTable,
                   const QString &column) const override;
    AuditProtection auditProtection(const QString &schema, const QString &qualifiedTable) const override;
    bool lockAuditLog(Connection &connection, const QString &qualifiedTable, AuditOpened &opened,
                      QString *error) const override;
    int countTriggers(Connection &connection, const QString &qualifiedTable, const QStringList &names,
                      QString *error) const override;
    QString dropTriggerStatement(const QString &name, const QString &qualifiedTable) const override;
    QString tableOptions() const override;
    QString lockingRead() const override;
    QString valuesDiffer(const QString &a, const QString &b) const override;
    QString dropTemporaryTable(const QString &name) const override;
    bool tracesLocks() const override;
    QList<HeldLock> heldLocks(Connection &connection) const override;
    /*! The node is InnoDB's table id, which a rebuild (COPY, or INPLACE that rebuilds) changes. */
    QHash<QString, TableStorage> tableStorage(Connection &connection, const QStringList &tables,
                                              bool exact = false) const override;
    Message lockEffect(const HeldLock &lock) const override;
    std::unique_ptr<StatementWatch> statementWatch(Connection &connection) const override;
    bool backUp(const ConnectionSpec &target, const ConnectOptions &options, const QString &directory,
                const QString &base, const std::atomic_bool *cancel, Backup &b) const override;
    QString restore(const ConnectionSpec &target, const ConnectOptions &options, const Backup &backup) const override;
    QString clientPasswordVariable() const override;

protected:
    QStringList serverOptions(const ConnectOptions &options) const override;
    QString sessionIdQuery() const override;
    QString cancelStatement() const override;
    QString clientUserOption() const override;
    QVariant runLockKey(const Connection &connection) const override;
    QString tryLockStatement() const override;
    QString releaseLockStatement() const override;
    QString scratchListQuery() const override;
    QString scratchOwnerStatement() const override;
};

} // namespace godwit::drivers
