#pragma once

#include "connection.h"

#include "migrations/discovery.h"
#include "migrations/sqitchplan.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace godwit {

/*! sqitch's registry written as sqitch 1.3 writes it when it deploys, reverts or fails a
    change (App::Sqitch::Role::DBIEngine: log_deploy_change, log_revert_change,
    log_fail_change): the changes, dependencies, tags and events rows, keyed on the ids
    sqitch gives the plan's entries (sqitchids.h), and the project's row where the registry
    has none yet. Written on the connection a run holds, inside whatever transaction it has
    open there, so that `sqitch status`, `sqitch log` and `sqitch revert` read what Godwit
    deployed as their own. The registry itself is sqitch's to create. */
class SqitchRegistryWriter
{
public:
    /*! source: the sqitch project's folder. */
    SqitchRegistryWriter(Connection &connection, const MigrationSource &source);

    const QString &lastError() const { return m_error; }

    /*! Whether the registry is there (attached again on SQLite) and the folder's plan read,
        the project registered (as sqitch registers it on its first deploy); false with
        lastError() when not. Before each run, outside any transaction. */
    bool ready();
    /*! Why m cannot be recorded (it is no change of the plan); empty when it can. */
    QString cannotRecord(const Migration &m) const;
    /*! Before m's deploy script runs where no transaction holds it: whether every change it
        requires is deployed (as sqitch checks before it deploys). */
    bool canDeploy(const Migration &m);
    /*! Before m's revert script runs so: whether no deployed change requires it. */
    bool canRevert(const Migration &m);
    /*! After m's deploy script ran to its end (its requirements checked again). */
    bool deployed(const Migration &m);
    /*! After m's revert script ran to its end: its rows go, a revert event stays. */
    bool reverted(const Migration &m);
    /*! After m's deploy failed with part of it left applied: a fail event. */
    bool failed(const Migration &m);

private:
    struct Planned
    {
        const SqitchChange *change = nullptr;
        QString id;
        int instance = 0; ///< 0 for a change's first instance in the plan, 1 for its second …
    };
    std::optional<Planned> planned(const Migration &m) const;
    std::optional<Planned> found(const Migration &m); ///< planned(), else lastError() says why not
    QString table(const QString &name) const;
    QString change() const; ///< the "change" column, quoted where the engine needs it
    bool run(const QString &sql, const QVariantList &values);
    std::optional<QStringList> column(const QString &sql, const QVariantList &values);
    std::optional<QString> resolved(const SqitchDependency &dep);
    std::optional<QStringList> requirementIds(const SqitchChange &c);
    /*! The registry's id of m's deployment (empty: none), once no deployed change requires it. */
    std::optional<QString> deployedId(const Migration &m);
    /*! Waits until the engine's clock is past the project's last event. */
    bool afterLastRow();
    bool logPlanned(const QString &event, const Planned &p);
    bool logEvent(const QString &event, const QString &changeId, const QString &name, const QVariantList &details,
                  const QStringList &tags, const QString &tagSeparator, const QStringList &required,
                  const QStringList &conflicts);

    Connection &m_connection;
    QString m_qualifier; ///< the registry's schema or database (EngineDriver::sqitchRegistry())
    const MigrationSource &m_source;
    std::optional<SqitchProject> m_project;
    QStringList m_ids; ///< one per m_project->changes entry
    QString m_user, m_email; ///< the committer, as sqitch finds the user
    QString m_error;
};

} // namespace godwit
