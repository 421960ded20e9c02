#pragma once

#include "database/connection.h"
#include "database/executor.h"
#include "plan/status.h"
#include "schema/schemadiff.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace godwit::test {

/*! The engines the same suites run on, as _data rows: "sqlite" always, "postgresql" and
    "mariadb" on the throwaway servers that ctest's "servers" fixture starts
    (tests/servers/servers.sh; GODWIT_TEST_SERVERS names its state file). */
QStringList engines();
/*! The "engine" column and one row per engine, for a test's _data function. */
void addEngineRows();
Dialect dialectOf(const QString &engine);

/*! A new, empty database for one test: a SQLite file in dir, or a database of its own on the
    server. When the server is not there the test is skipped if the developer opted out
    (GODWIT_TEST_NO_SERVERS=1, said in the skip message), and fails otherwise. Use with
    QVERIFY(target) after a QTest skip check: see GODWIT_FRESH_TARGET. */
std::optional<ConnectionSpec> freshTarget(const QString &engine, const QString &dir, QString *skipReason,
                                          QString *error);

std::unique_ptr<Connection> connect(const ConnectionSpec &spec);

/*! The golden file's text; with GODWIT_REGENERATE_GOLDEN set (tests/regenerate-golden.sh),
    actual is written to it first. nullopt when the file is missing. */
std::optional<QString> golden(const QString &path, const QString &actual);

/*! "class: description" per change, for comparing diffs in tests. */
QStringList changeLines(const SchemaDiff &diff);

/*! Each migration's state in folder against the connection's history. */
QList<StatusEntry> folderStatus(const MigrationSource &source, Connection &connection);
/*! Plans request over the folder (format detected) and runs it for real. */
ExecutionReport migrate(const QString &folder, Connection &connection, const PlanRequest &request,
                        ExecutorOptions options = {});

/*! Every user object's definition and every user table's rows, in a stable order, without
    Godwit's audit log: two snapshots are equal when schema, data and history are. */
QString snapshot(Connection &connection);

} // namespace godwit::test

/*! Declares `target` for the current engine row, or skips / fails the test. */
#define GODWIT_FRESH_TARGET(target, engine, dir)                                                    \
    QString target##Skip, target##Error;                                                           \
    const std::optional<godwit::ConnectionSpec> target =                                           \
        godwit::test::freshTarget(engine, dir, &target##Skip, &target##Error);                     \
    if (!target##Skip.isEmpty())                                                                   \
        QSKIP(qPrintable(target##Skip));                                                           \
    QVERIFY2(target, qPrintable(target##Error))
