#pragma once

#include "drivers/serverdriver_p.h"

namespace godwit::drivers {

/*! PostgreSQL through QPSQL (libpq): keepalives so that a cut network is an error within a
    minute; lock_timeout, statement_timeout and search_path set per session; Godwit's tables
    in the project's schema; pg_cancel_backend to stop a statement. */
class PostgresDriver : public ServerDriver
{
public:
    Dialect dialect() const override { return Dialect::PostgreSQL; }
    QString qtDriver() const override;
    bool wantsPassword(const QSqlError &error) const override;
    Message startSession(QSqlDatabase &db, const ConnectOptions &options, QString *historySchema) const override;
    int serverVersionNumber(QSqlDatabase &db) const override;
    Introspection introspect(Connection &connection) const override;
    std::optional<TableStats> tableStats(Connection &connection, const QString &table) const override;
    QString identityColumn(const QString &name) const override;
    QString valuesDiffer(const QString &a, const QString &b) const override;
    QString comparable(const QString &expression) const override;
    bool tracesLocks() const override;
    QList<HeldLock> heldLocks(Connection &connection) const override;
    QHash<QString, TableStorage> tableStorage(Connection &connection, const QStringList &tables,
                                              bool exact = false) const override;
    Message lockEffect(const HeldLock &lock) const override;
    QString noTransactionReason(const Connection &connection, const QList<Statement> &statements,
                                QStringList &hints) const override;
    InTransaction inTransactionForm(const Connection &connection, const QString &sql) const override;
    bool sessionInTransaction(Connection &connection) const override;
    QString readContainmentScope(Connection &target, Connection &work, ContainmentScope &scope) const override;
    int runLockPauseMs() const override;
    QString runLockHolder(Connection &connection) const override;
    QChar scratchOwnerMark() const override;
    bool scratchOwnerAlive(Connection &connection, const QString &name, qint64 owner) const override;
    QString createDatabaseStatement(Connection &owner, const QString &name) const override;
    QString dropDatabaseStatement(const QString &name) const override;
    DryRunMethodChoice autoDryRunMethod(bool production) const override;
    QString copyBeforeOpening(Connection &target, const QString &scratch, ScratchDatabase::Content content,
                              const std::atomic_bool *cancel, RowSample *sample) const override;
    QList<Message> dryRunMethodNotes(const DryRunMethodChoice &choice, bool production) const override;
    QString historyQualifier(Connection &connection) const override;
    QString sessionQualifier(Connection &connection) const override;
    QString sqitchNow() const override;
    QVariant sqitchTime(const QDateTime &at) const override;
    /*! A TEXT[] of the items. */
    QString sqitchList(const QStringList &items, const QString &separator, QVariantList &values) const override;
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
    bool backUp(const ConnectionSpec &target, const ConnectOptions &options, const QString &directory,
                const QString &base, const std::atomic_bool *cancel, Backup &b) const override;
    QString restore(const ConnectionSpec &target, const ConnectOptions &options, const Backup &backup) const override;
    QStringList clientArguments(const ConnectionSpec &server) const override;
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
