#include "lint/linter.h"
#include "lint/rules.h"

#include "lint/datachecks.h"
#include "workbench/reversibility.h"
#include "migrations/discovery.h"
#include "support/testtargets.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The linter on fixture files (tests/data/lint/DIALECT/RULE.bad.sql must raise RULE,
    RULE.good.sql, the safe form, must not), suppressions, project settings and SARIF. */
class TestLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void everyRuleHasCases();
    void findingsPointAtTheStatement();
    void suppression();
    void projectSettings();
    void missingDown();
    void downThatDoesNotUndoItsUp();
    void scriptThatDoesNotSplitIsAnError();
    void sarifHasTheRequiredFields();
    void dataAwareChecks_data() { test::addEngineRows(); }
    void dataAwareChecks();
    void narrowingAcrossMigrations_data();
    void narrowingAcrossMigrations();
    void serverVersions_data();
    void serverVersions();
    void mysqlAlters_data();
    void mysqlAlters();
    void mysqlAltersAsTheServerDoesThem();

private:
    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text);
};

QString TestLint::write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}

void TestLint::rules_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("expected");
    const QDir root(QStringLiteral(GODWIT_TEST_DATA "/lint"));
    for (const QString &dialect : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(root.filePath(dialect));
        for (const QString &file : dir.entryList({u"*.sql"_s}, QDir::Files)) {
            const bool bad = file.endsWith(u".bad.sql"_s);
            const QString rule = file.section(u'.', 0, 0);
            QTest::newRow(qPrintable(dialect + u'/' + file)) << dialect << rule << dir.filePath(file) << bad;
        }
    }
}

void TestLint::rules()
{
    QFETCH(QString, dialect);
    QFETCH(QString, rule);
    QFETCH(QString, path);
    QFETCH(bool, expected);
    QVERIFY2(lintRule(rule), qPrintable(u"no rule "_s + rule));
    // "-- lint.server: mysql 8.0.20" in a fixture names the server its ALTERs run on.
    LintConfig config;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    if (const auto m = QRegularExpression(u"-- lint.server: (.+)"_s).match(QString::fromUtf8(file.readAll())); m.hasMatch())
        config.server = ServerVersion::parse(m.captured(1));
    const LintResult result = lintFile(path, *dialectFromName(dialect), config);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
    QStringList raised;
    bool found = false;
    for (const Finding &f : result.findings) {
        raised << f.rule;
        if (f.rule == rule && !f.suppressed) {
            found = true;
            QCOMPARE(f.location.file, path);
            QVERIFY(f.location.line >= 2);
            QVERIFY(!f.message.isEmpty() && !f.why.isEmpty() && !f.recipe.isEmpty());
        }
    }
    QVERIFY2(found == expected, qPrintable(u"raised: "_s + raised.join(u", "_s)));
}

void TestLint::everyRuleHasCases()
{
    QSet<QString> covered;
    const QDir root(QStringLiteral(GODWIT_TEST_DATA "/lint"));
    for (const QString &dialect : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &file : QDir(root.filePath(dialect)).entryList({u"*.bad.sql"_s}, QDir::Files)) {
            const QString rule = file.section(u'.', 0, 0);
            QVERIFY2(QFile::exists(root.filePath(dialect + u'/' + rule + u".good.sql"_s)), qPrintable(file));
            covered.insert(rule);
        }
    }
    for (const LintRule &rule : lintRules()) {
        // A migration's, not a statement's: missingDown() and downThatDoesNotUndoItsUp().
        if (rule.id != u"missing-down" && rule.id != u"down-does-not-undo-up")
            QVERIFY2(covered.contains(rule.id), qPrintable(rule.id + u" has no fixture"_s));
    }
}

void TestLint::findingsPointAtTheStatement()
{
    QTemporaryDir dir;
    const QString path = write(dir, u"m.sql"_s,
                               "SET lock_timeout = '5s';\nSET statement_timeout = '1min';\n\n"
                               "ALTER TABLE orders\n    ADD COLUMN note text NOT NULL;\n"
                               "UPDATE orders SET note = 'x';\n");
    const LintResult result = lintFile(path, Dialect::PostgreSQL, {});
    QCOMPARE(result.findings.size(), 2);
    QCOMPARE(result.findings.at(0).rule, u"add-not-null-column-without-default"_s);
    QCOMPARE(result.findings.at(0).location.line, 5); // the column, not the statement's start
    QCOMPARE(result.findings.at(0).location.column, 16);
    QCOMPARE(result.findings.at(0).message.english(), u"adds orders.note NOT NULL without a default"_s);
    QCOMPARE(result.findings.at(1).rule, u"update-without-where"_s);
    QCOMPARE(result.findings.at(1).location.line, 6);
    QCOMPARE(result.findings.at(1).statement, u"UPDATE orders SET note = 'x'"_s);
}

void TestLint::suppression()
{
    QTemporaryDir dir;
    const QString path = write(dir, u"m.sql"_s,
                               "-- godwit:ignore lock-timeout-not-set, statement-timeout-not-set  the deploy job sets both\n"
                               "ALTER TABLE orders DROP COLUMN note; -- godwit:ignore drop-column  unused since 4.2\n"
                               "-- godwit:ignore update-without-where  lookup table of 12 rows\n"
                               "UPDATE countries SET active = true;\n"
                               "DELETE FROM sessions;\n");
    const LintResult result = lintFile(path, Dialect::PostgreSQL, {});
    QMap<QString, Finding> byRule;
    for (const Finding &f : result.findings)
        byRule.insert(f.rule, f);
    QVERIFY(byRule.value(u"drop-column"_s).suppressed);
    QCOMPARE(byRule.value(u"drop-column"_s).suppression, u"unused since 4.2"_s);
    QVERIFY(byRule.value(u"update-without-where"_s).suppressed);
    QCOMPARE(byRule.value(u"lock-timeout-not-set"_s).suppression, u"the deploy job sets both"_s);
    QVERIFY(byRule.value(u"statement-timeout-not-set"_s).suppressed);
    QVERIFY(byRule.contains(u"delete-without-where"_s));
    QVERIFY(!byRule.value(u"delete-without-where"_s).suppressed); // an ignore names its rule
}

void TestLint::projectSettings()
{
    QTemporaryDir dir;
    write(dir, u"godwit.json"_s,
          R"({"lint": {"rules": {"drop-index": "off", "truncate": "warning"}}, "settings": {"lockTimeout": "5s"}})");
    const ProjectLoad project = loadProject(dir.path());
    QVERIFY(project.project);
    const LintConfigLoad config = lintConfig(*project.project);
    QVERIFY2(config.config, qPrintable(config.error));
    const QString path = write(dir, u"m.sql"_s, "DROP INDEX idx_a;\nTRUNCATE t;\nALTER TABLE t ADD COLUMN c int;\n");
    QStringList raised;
    for (const Finding &f : lintFile(path, Dialect::PostgreSQL, *config.config).findings)
        raised << f.rule + u':' + severityId(f.severity);
    QCOMPARE(raised, (QStringList{u"truncate:warning"_s, u"statement-timeout-not-set:info"_s}));

    write(dir, u"godwit.json"_s, R"({"lint": {"rules": {"drop-indx": "off"}}})");
    const LintConfigLoad unknown = lintConfig(*loadProject(dir.path()).project);
    QVERIFY(!unknown.config);
    QVERIFY2(unknown.error.contains(u"godwit.json: lint.rules: unknown rule \"drop-indx\""_s), qPrintable(unknown.error));
    write(dir, u"godwit.json"_s, R"({"lint": {"rules": {"truncate": "fatal"}}})");
    // A severity Godwit does not know is refused when the project is read, not only when linting.
    QVERIFY(loadProject(dir.path()).error.contains(u"lint.rules.truncate: unknown severity \"fatal\""_s));
    write(dir, u"godwit.json"_s, R"({"lint": {"server": "mariadb 10.3.39"}})");
    const LintConfigLoad server = lintConfig(*loadProject(dir.path()).project);
    QVERIFY(server.config && server.config->server);
    QCOMPARE(server.config->server->toString(), u"MariaDB 10.3.39"_s);
    write(dir, u"godwit.json"_s, R"({"lint": {"server": "oracle 23"}})");
    QVERIFY2(lintConfig(*loadProject(dir.path()).project)
                 .error.contains(u"godwit.json: lint.server: \"oracle 23\" is not a MySQL or MariaDB version"_s),
             qPrintable(lintConfig(*loadProject(dir.path()).project).error));
}

// Without a target, the old type of a column comes from the migrations before: a narrowing
// change is called possible data loss and is an error; a widening one stays a warning.
void TestLint::narrowingAcrossMigrations_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QByteArray>("create");
    QTest::addColumn<QByteArray>("widen");
    QTest::addColumn<QByteArray>("narrow");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("postgresql") << u"postgresql"_s
                                << QByteArray("CREATE TABLE orders (id bigint PRIMARY KEY, code varchar(20), note text);\n")
                                << QByteArray("ALTER TABLE orders ALTER COLUMN code TYPE varchar(40);\n")
                                << QByteArray("ALTER TABLE orders ALTER COLUMN id TYPE integer,\n"
                                              "  ALTER COLUMN code TYPE varchar(30), ALTER COLUMN note TYPE varchar(8);\n")
                                << QStringList{u"narrows orders.id from bigint to integer: possible data loss"_s,
                                               u"narrows orders.code from character varying(40) to character varying(30): possible data loss"_s,
                                               u"narrows orders.note from text to character varying(8): possible data loss"_s};
    QTest::newRow("mysql") << u"mysql"_s
                           << QByteArray("CREATE TABLE orders (\n  id BIGINT NOT NULL AUTO_INCREMENT,\n  code VARCHAR(20),\n"
                                         "  PRIMARY KEY (id)\n);\n")
                           << QByteArray("ALTER TABLE orders MODIFY code VARCHAR(40);\n")
                           << QByteArray("ALTER TABLE orders MODIFY id INT NOT NULL AUTO_INCREMENT, MODIFY code VARCHAR(30);\n")
                           << QStringList{u"narrows orders.id from bigint to int: possible data loss"_s,
                                          u"narrows orders.code from varchar(40) to varchar(30): possible data loss"_s};
}

void TestLint::narrowingAcrossMigrations()
{
    QFETCH(QString, dialect);
    QFETCH(QByteArray, create);
    QFETCH(QByteArray, widen);
    QFETCH(QByteArray, narrow);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const Dialect d = *dialectFromName(dialect);
    write(dir, u"001_create.up.sql"_s, create);
    write(dir, u"002_widen.up.sql"_s, widen);
    write(dir, u"003_narrow.up.sql"_s, narrow);
    const MigrationSource source = discoverMigrations(dir.path(), {Format::GolangMigrate, {}, d});
    QCOMPARE(source.migrations.size(), 3);

    const auto typeChanges = [](const LintResult &r) {
        QList<Finding> changes;
        for (const Finding &f : r.findings) {
            if (f.rule == u"column-type-change")
                changes << f;
        }
        return changes;
    };
    QList<LintResult> results = lintMigrations(source.migrations, d, {});
    QCOMPARE(results.size(), 3);
    const QList<Finding> widened = typeChanges(results.at(1));
    QCOMPARE(widened.size(), 1);
    QCOMPARE(widened.first().severity, Severity::Warning);
    QVERIFY2(!widened.first().message.english().contains(u"narrows"_s), qPrintable(widened.first().message.english()));
    const QList<Finding> narrowed = typeChanges(results.at(2));
    QCOMPARE(narrowed.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(narrowed.at(i).message.english().startsWith(expected.at(i)), qPrintable(narrowed.at(i).message.english()));
        QCOMPARE(narrowed.at(i).severity, Severity::Error);
    }

    // Alone, the last migration cannot know what it narrows.
    const QList<Finding> alone = typeChanges(lintMigration(source.migrations.at(2), d, {}));
    QCOMPARE(alone.size(), expected.size());
    QVERIFY(!alone.first().message.english().contains(u"narrows"_s));
    // A project that grades the rule itself keeps its grade.
    LintConfig graded;
    graded.rules.insert(u"column-type-change"_s, Severity::Info);
    results = lintMigrations(source.migrations, d, graded);
    QCOMPARE(typeChanges(results.at(2)).first().severity, Severity::Info);
    QVERIFY(typeChanges(results.at(2)).first().message.english().startsWith(expected.first()));
}

void TestLint::missingDown()
{
    QTemporaryDir dir;
    write(dir, u"001_a.up.sql"_s, "CREATE TABLE a (id bigint);\n");
    write(dir, u"001_a.down.sql"_s, "DROP TABLE a;\n");
    write(dir, u"002_b.up.sql"_s, "CREATE TABLE b (id bigint);\n");
    const MigrationSource source = discoverMigrations(dir.path(), {Format::GolangMigrate, {}, Dialect::PostgreSQL});
    QCOMPARE(source.migrations.size(), 2);
    QVERIFY(lintMigration(source.migrations.at(0), Dialect::PostgreSQL, {}).findings.isEmpty());
    const LintResult b = lintMigration(source.migrations.at(1), Dialect::PostgreSQL, {});
    QCOMPARE(b.findings.size(), 1);
    QCOMPARE(b.findings.first().rule, u"missing-down"_s);
    QCOMPARE(b.findings.first().location.file, dir.filePath(u"002_b.up.sql"_s));
}

void TestLint::downThatDoesNotUndoItsUp()
{
    QTemporaryDir dir;
    write(dir, u"001_orders.up.sql"_s, "CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT);\n");
    write(dir, u"001_orders.down.sql"_s, "DROP TABLE orders;\n");
    write(dir, u"002_status_index.up.sql"_s, "CREATE INDEX idx_orders_status ON orders (status);\n");
    write(dir, u"002_status_index.down.sql"_s, "SELECT 1;\n");
    write(dir, u"003_note.up.sql"_s, "ALTER TABLE orders ADD COLUMN note TEXT;\n");
    write(dir, u"003_note.down.sql"_s, "ALTER TABLE orders DROP COLUMN note;\n");
    Workspace workspace{*loadProject(dir.path()).project, {}, {}};
    workspace.target.path = dir.filePath(u"app.db"_s);
    {
        auto connection = Connection::open(workspace.target, Connection::Mode::ReadWrite, {}).connection;
        QVERIFY(connection);
        QVERIFY(test::migrate(dir.path(), *connection, {Direction::Up, u"001"_s}).ok);
    }
    CancelToken cancel;
    const QList<Finding> findings = reversibilityFindings(workspace, cancel);
    QStringList texts;
    for (const Finding &f : findings)
        texts << f.message.english();
    QCOMPARE(texts.join(u'\n'), u"002 status index: 002's down leaves index idx_orders_status on orders"_s);
    QCOMPARE(findings.first().rule, u"down-does-not-undo-up"_s);
    QCOMPARE(findings.first().location.file, dir.filePath(u"002_status_index.down.sql"_s));
    QVERIFY2(findings.first().message.english().contains(u"idx_orders_status"_s), qPrintable(findings.first().message.english()));
    // Dry runs only: the target is where it was.
    auto connection = test::connect(workspace.target);
    QCOMPARE(test::folderStatus(discoverMigrations(dir.path(), {}), *connection).first().state, MigrationState::Applied);
    QCOMPARE(test::folderStatus(discoverMigrations(dir.path(), {}), *connection).at(1).state, MigrationState::Pending);
}

void TestLint::scriptThatDoesNotSplitIsAnError()
{
    QTemporaryDir dir;
    const QString path = write(dir, u"m.sql"_s, "SELECT 1;\nSELECT 'unterminated;\n");
    const LintResult result = lintFile(path, Dialect::PostgreSQL, {});
    QVERIFY(result.error);
    QCOMPARE(result.error->location.line, 2);
    QVERIFY(result.findings.isEmpty());
}

void TestLint::sarifHasTheRequiredFields()
{
    QTemporaryDir dir;
    const QString path = write(dir, u"m.sql"_s,
                               "SET lock_timeout = '5s';\nDROP TABLE a; -- godwit:ignore drop-table  archived\nTRUNCATE b;\n");
    const QJsonObject log = sarifLog(lintFile(path, Dialect::PostgreSQL, {}).findings, u"0.1.0"_s);
    QCOMPARE(log.value(u"version").toString(), u"2.1.0"_s);
    QVERIFY(log.value(u"$schema").toString().contains(u"sarif-2.1.0"_s));
    const QJsonArray runs = log.value(u"runs").toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject driver = runs.first()[u"tool"][u"driver"].toObject();
    QCOMPARE(driver.value(u"name").toString(), u"godwit"_s);
    const QJsonArray rules = driver.value(u"rules").toArray();
    const QJsonArray results = runs.first()[u"results"].toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue &r : results) {
        QVERIFY(!r[u"message"][u"text"].toString().isEmpty());
        QVERIFY(!r[u"ruleId"].toString().isEmpty());
        QCOMPARE(rules.at(r[u"ruleIndex"].toInt())[u"id"].toString(), r[u"ruleId"].toString());
        QVERIFY(QStringList({u"error"_s, u"warning"_s, u"note"_s}).contains(r[u"level"].toString()));
        const QJsonValue location = r[u"locations"][0][u"physicalLocation"];
        QCOMPARE(location[u"artifactLocation"][u"uri"].toString(), path);
        QVERIFY(location[u"region"][u"startLine"].toInt() >= 1);
    }
    QCOMPARE(results.at(0)[u"suppressions"][0][u"kind"].toString(), u"inSource"_s);
    QCOMPARE(results.at(0)[u"suppressions"][0][u"justification"].toString(), u"archived"_s);
    QVERIFY(!results.at(1).toObject().contains(u"suppressions"));
}

// Against a real database of each engine: what its rows say about the statements.
void TestLint::dataAwareChecks()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto connection = test::connect(*target);
    QSqlQuery q(connection->database());
    QVERIFY2(q.exec(u"CREATE TABLE people (id INTEGER, email VARCHAR(100), nick VARCHAR(20))"_s), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"INSERT INTO people VALUES (1, 'a@example.org', NULL), (2, 'a@example.org', 'ann'), "
                   "(3, 'b@example.org', NULL), (4, 'b@example.org', 'bob'), (5, 'c@example.org', 'carolina')"_s));
    const Dialect dialect = test::dialectOf(engine);
    QByteArray sql;
    if (dialect == Dialect::PostgreSQL)
        sql = "SET lock_timeout = '5s';\nSET statement_timeout = '1min';\n"
              "ALTER TABLE people ADD CONSTRAINT people_email_key UNIQUE (email);\n"
              "ALTER TABLE people ALTER COLUMN nick SET NOT NULL;\n"
              "ALTER TABLE people ALTER COLUMN nick TYPE varchar(4);\n"
              "ALTER TABLE people ALTER COLUMN id TYPE smallint;\n"
              "ALTER TABLE people ADD COLUMN age int NOT NULL;\n"
              "CREATE INDEX idx_people_nick ON people (nick);\n"
              "ALTER TABLE later ADD COLUMN x int NOT NULL;\n";
    else if (dialect == Dialect::SQLite)
        sql = "ALTER TABLE people ADD COLUMN age INTEGER NOT NULL;\nALTER TABLE later ADD COLUMN x INTEGER NOT NULL;\n";
    else
        sql = "SET SESSION lock_wait_timeout = 5;\nALTER TABLE people MODIFY nick VARCHAR(4);\n"
              "ALTER TABLE later ADD COLUMN x INT NOT NULL;\n";
    const QString path = write(dir, u"m.sql"_s, sql);
    QList<Finding> findings = lintFile(path, dialect, {}).findings;
    addDataEvidence(findings, *connection);
    QMap<QString, Finding> byRule;
    for (const Finding &f : std::as_const(findings)) {
        if (f.table == u"later")
            QVERIFY2(f.data.isEmpty(), qPrintable(f.data.english())); // not there yet: nothing to read
        else if (!byRule.contains(f.rule)) // the first of each rule
            byRule.insert(f.rule, f);
    }
    if (dialect == Dialect::PostgreSQL) {
        QVERIFY2(byRule.value(u"unique-constraint-blocking"_s)
                     .data.english().startsWith(u"will fail: 2 duplicate (email) values, e.g. (a@example.org), (b@example.org) (people: ~5 rows"_s),
                 qPrintable(byRule.value(u"unique-constraint-blocking"_s).data.english()));
        QCOMPARE(byRule.value(u"unique-constraint-blocking"_s).severity, Severity::Error);
        QVERIFY2(byRule.value(u"set-not-null"_s).data.english().startsWith(u"will fail: 2 rows of people have NULL in nick"_s),
                 qPrintable(byRule.value(u"set-not-null"_s).data.english()));
        QVERIFY2(byRule.value(u"column-type-change"_s).data.english().startsWith(u"will fail: 1 values of people.nick do not fit"_s),
                 qPrintable(byRule.value(u"column-type-change"_s).data.english()));
        QVERIFY(byRule.value(u"add-not-null-column-without-default"_s).data.english().startsWith(u"will fail: people has rows"_s));
        bool narrowing = false;
        for (const Finding &f : std::as_const(findings))
            narrowing = narrowing || f.data.english().startsWith(u"narrows people.id from integer to smallint: possible data loss"_s);
        QVERIFY(narrowing);
        QVERIFY2(byRule.value(u"create-index-non-concurrent"_s).data.english().startsWith(u"people: ~5 rows"_s),
                 qPrintable(byRule.value(u"create-index-non-concurrent"_s).data.english()));
    } else if (dialect == Dialect::SQLite) {
        QCOMPARE(byRule.value(u"add-not-null-column-without-default"_s).data.english(),
                 u"will fail: people has rows (people: ~5 rows)"_s);
    } else {
        QVERIFY2(byRule.value(u"mysql-copy-alter"_s).data.english().startsWith(u"people: ~"_s),
                 qPrintable(byRule.value(u"mysql-copy-alter"_s).data.english()));
        QVERIFY2(byRule.value(u"column-type-change"_s).data.english().startsWith(u"will fail: 1 values of people.nick do not fit"_s),
                 qPrintable(byRule.value(u"column-type-change"_s).data.english()));
    }
}

void TestLint::serverVersions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mysql") << u"8.0.35"_s << u"MySQL 8.0.35"_s;
    QTest::newRow("ubuntu mysql") << u"8.0.29-0ubuntu0.22.04.2"_s << u"MySQL 8.0.29"_s;
    QTest::newRow("debian mariadb") << u"10.11.6-MariaDB-0+deb12u1"_s << u"MariaDB 10.11.6"_s;
    QTest::newRow("replication prefix") << u"5.5.5-10.3.39-MariaDB-log"_s << u"MariaDB 10.3.39"_s;
    QTest::newRow("godwit.json") << u"mariadb 10.4"_s << u"MariaDB 10.4.0"_s;
    QTest::newRow("dashed") << u"MySQL-5.7.44"_s << u"MySQL 5.7.44"_s;
    QTest::newRow("not a version") << u"postgres 16"_s << QString();
}

void TestLint::serverVersions()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto version = ServerVersion::parse(text);
    QCOMPARE(version ? version->toString() : QString(), expected);
}

// Which rule an ALTER raises on which server, and what its message says.
void TestLint::mysqlAlters_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("rule"); // empty: none of the three
    QTest::addColumn<QString>("says");
    const auto row = [](const char *name, const QString &server, const QString &sql, const QString &rule, const QString &says) {
        QTest::newRow(name) << server << sql << rule << says;
    };
    row("add column 8.0.11", u"mysql 8.0.11"_s, u"ADD COLUMN note TEXT"_s, u"mysql-rebuild-alter"_s,
        u"ADD COLUMN note TEXT rebuilds orders in place on MySQL 8.0.11: writes go on, but it takes time and disk space "
        "in proportion to the table; INSTANT from 8.0.12"_s);
    row("add column 8.0.12", u"mysql 8.0.12"_s, u"ADD COLUMN note TEXT"_s, {}, {});
    row("add column after 8.0.12", u"mysql 8.0.12"_s, u"ADD COLUMN note TEXT AFTER id"_s, u"mysql-rebuild-alter"_s,
        u"INSTANT from 8.0.29"_s);
    row("add column after 8.0.29", u"mysql 8.0.29"_s, u"ADD COLUMN note TEXT AFTER id"_s, {}, {});
    row("add column first mariadb 10.3", u"mariadb 10.3.39"_s, u"ADD COLUMN note TEXT FIRST"_s, u"mysql-rebuild-alter"_s,
        u"INSTANT from 10.4.0"_s);
    row("add column first mariadb 10.4", u"mariadb 10.4.0"_s, u"ADD COLUMN note TEXT FIRST"_s, {}, {});
    row("drop column unknown", {}, u"DROP COLUMN note"_s, u"mysql-rebuild-alter"_s,
        u"DROP COLUMN note rebuilds orders in place on older servers: writes go on, but it takes time and disk space in "
        "proportion to the table; INSTANT from MySQL 8.0.29 and MariaDB 10.4.0 (the server's version is unknown: name "
        "it with lint.server in godwit.json or lint against the target)"_s);
    row("modify everywhere", u"mariadb 11.4.2"_s, u"MODIFY total_cents BIGINT"_s, u"mysql-copy-alter"_s,
        u"MODIFY total_cents BIGINT copies orders on MariaDB 11.4.2: writes wait for the whole copy"_s);
    row("auto_increment column", u"mysql 8.0.35"_s, u"ADD COLUMN seq INT AUTO_INCREMENT UNIQUE"_s, u"mysql-copy-alter"_s,
        u"rebuilds orders on MySQL 8.0.35 and blocks writes meanwhile"_s);
    row("stored generated column", u"mysql 8.0.35"_s, u"ADD COLUMN total INT AS (total_cents / 100) STORED"_s,
        u"mysql-copy-alter"_s, u"copies orders"_s);
    row("foreign key", u"mysql 8.0.35"_s, u"ADD CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers (id)"_s,
        u"mysql-copy-alter"_s, u"FOREIGN KEY (customer_id) R… copies orders on MySQL 8.0.35"_s);
    row("foreign key unchecked", u"mysql 8.0.35"_s,
        u"ADD CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers (id)"_s + u"\nSET"_s, {}, {});
    row("index", u"mysql 5.7.44"_s, u"ADD INDEX idx_total (total_cents)"_s, {}, {});
    row("fulltext", u"mysql 8.0.35"_s, u"ADD FULLTEXT INDEX ft_note (note)"_s, u"mysql-copy-alter"_s, u"blocks writes"_s);
    row("primary key", u"mysql 8.0.35"_s, u"ADD PRIMARY KEY (id)"_s, u"mysql-rebuild-alter"_s, u"ADD PRIMARY KEY (id) rebuilds"_s);
    row("drop primary key", u"mysql 8.0.35"_s, u"DROP PRIMARY KEY"_s, u"mysql-copy-alter"_s, u"DROP PRIMARY KEY copies"_s);
    row("replace primary key", u"mysql 8.0.35"_s, u"DROP PRIMARY KEY, ADD PRIMARY KEY (id, created_at)"_s,
        u"mysql-rebuild-alter"_s, u"rebuilds orders in place"_s);
    row("convert charset", u"mariadb 10.11.6"_s, u"CONVERT TO CHARACTER SET utf8mb4"_s, u"mysql-copy-alter"_s, u"copies orders"_s);
    row("engine innodb", u"mysql 8.0.35"_s, u"ENGINE=InnoDB"_s, u"mysql-rebuild-alter"_s, u"ENGINE=InnoDB rebuilds"_s);
    row("engine myisam", u"mysql 8.0.35"_s, u"ENGINE=MyISAM"_s, u"mysql-copy-alter"_s, u"ENGINE=MyISAM copies"_s);
    row("set default", u"mysql 5.7.44"_s, u"ALTER COLUMN status SET DEFAULT 'new'"_s, {}, {});
    row("the dearest clause decides", u"mysql 8.0.35"_s, u"ADD COLUMN a INT, DROP PRIMARY KEY, ADD INDEX i (a)"_s,
        u"mysql-copy-alter"_s, u"DROP PRIMARY KEY copies"_s);
    row("instant refused", u"mysql 8.0.28"_s, u"DROP COLUMN note, ALGORITHM=INSTANT"_s, u"mysql-algorithm-unsupported"_s,
        u"ALGORITHM=INSTANT is refused for DROP COLUMN note on MySQL 8.0.28: the ALTER fails"_s);
    row("instant done", u"mysql 8.0.29"_s, u"DROP COLUMN note, ALGORITHM=INSTANT"_s, {}, {});
    row("inplace refused everywhere", {}, u"MODIFY total_cents BIGINT, ALGORITHM=INPLACE"_s,
        u"mysql-algorithm-unsupported"_s,
        u"ALGORITHM=INPLACE is refused for MODIFY total_cents BIGINT on every MySQL and MariaDB version"_s);
    row("instant depends on the version", {}, u"DROP COLUMN note, ALGORITHM=INSTANT"_s, {}, {});
    row("lock none refused", u"mysql 8.0.35"_s, u"ADD FULLTEXT INDEX ft (note), LOCK=NONE"_s,
        u"mysql-algorithm-unsupported"_s, u"LOCK=NONE is refused for ADD FULLTEXT INDEX ft (note)"_s);
    row("lock none with a rebuild", u"mysql 8.0.35"_s, u"ADD PRIMARY KEY (id), ALGORITHM=INPLACE, LOCK=NONE"_s,
        u"mysql-rebuild-alter"_s, u"rebuilds"_s);
    row("algorithm copy", u"mysql 8.0.35"_s, u"ADD INDEX i (a), ALGORITHM=COPY"_s, u"mysql-copy-alter"_s,
        u"ALGORITHM=COPY copies orders"_s);
    row("nocopy on mariadb", u"mariadb 10.11.6"_s, u"ADD PRIMARY KEY (id), ALGORITHM=NOCOPY"_s,
        u"mysql-algorithm-unsupported"_s, u"ALGORITHM=NOCOPY is refused"_s);
}

void TestLint::mysqlAlters()
{
    QFETCH(QString, server);
    QFETCH(QString, sql);
    QFETCH(QString, rule);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QString script = u"SET lock_wait_timeout = 5;\n"_s;
    if (sql.endsWith(u"\nSET"_s)) { // the unchecked variant
        sql.chop(4);
        script += u"SET foreign_key_checks = 0;\n"_s;
    }
    script += u"ALTER TABLE orders "_s + sql + u";\n"_s;
    LintConfig config;
    config.server = ServerVersion::parse(server);
    QCOMPARE(config.server.has_value(), !server.isEmpty());
    const LintResult result = lintFile(write(dir, u"m.sql"_s, script.toUtf8()), Dialect::MySQL, config);
    QStringList raised;
    for (const Finding &f : result.findings) {
        if (f.rule.startsWith(u"mysql-"_s))
            raised << f.rule + u": "_s + f.message.english();
    }
    if (rule.isEmpty()) {
        QVERIFY2(raised.isEmpty(), qPrintable(raised.join(u'\n')));
        return;
    }
    QCOMPARE(raised.size(), 1);
    QVERIFY2(raised.first().startsWith(rule + u": "_s) && raised.first().contains(says), qPrintable(raised.first()));
}

// On the MariaDB server the suite starts: each operation with ALGORITHM=INSTANT, NOCOPY and
// INPLACE and with LOCK=NONE is taken or refused by the server exactly as the lint predicts.
void TestLint::mysqlAltersAsTheServerDoesThem()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"mariadb"_s, dir.path());
    auto connection = test::connect(*target);
    QSqlQuery q(connection->database());
    const auto server = ServerVersion::parse(connection->serverVersion()); // what lint reads from a target
    QVERIFY2(server && server->flavor == ServerVersion::Flavor::MariaDB, qPrintable(connection->serverVersion()));
    // The target's version wins over godwit.json's lint.server.
    write(dir, u"godwit.json"_s, R"({"lint": {"server": "mysql 5.7"}})");
    const LintConfigLoad config = lintConfig(*loadProject(dir.path()).project, connection.get());
    QVERIFY(config.config && config.config->server);
    QCOMPARE(config.config->server->toString(), server->toString());
    QVERIFY(q.exec(u"CREATE TABLE customers (id INT PRIMARY KEY)"_s));
    const QList<std::pair<AlterOperation, QString>> operations = {
        {AlterOperation::AddColumn, u"ADD COLUMN extra INT"_s},
        {AlterOperation::AddColumnPositioned, u"ADD COLUMN extra INT FIRST"_s},
        {AlterOperation::AddAutoIncrementColumn, u"ADD COLUMN seq INT AUTO_INCREMENT UNIQUE"_s},
        {AlterOperation::AddStoredColumn, u"ADD COLUMN doubled INT AS (total * 2) PERSISTENT"_s},
        {AlterOperation::DropColumn, u"DROP COLUMN note"_s},
        {AlterOperation::RenameColumn, u"RENAME COLUMN note TO remark"_s},
        {AlterOperation::ModifyColumn, u"MODIFY total BIGINT"_s},
        {AlterOperation::SetDefault, u"ALTER COLUMN total SET DEFAULT 7"_s},
        {AlterOperation::AddIndex, u"ADD INDEX idx_total (total)"_s},
        {AlterOperation::AddFulltextIndex, u"ADD FULLTEXT INDEX ft_note (note)"_s},
        {AlterOperation::DropIndex, u"DROP INDEX idx_code"_s},
        {AlterOperation::RenameIndex, u"RENAME INDEX idx_customer TO idx_customer_id"_s},
        {AlterOperation::ReplacePrimaryKey, u"DROP PRIMARY KEY, ADD PRIMARY KEY (id, total)"_s},
        {AlterOperation::DropPrimaryKey, u"DROP PRIMARY KEY"_s},
        {AlterOperation::AddForeignKey, u"ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id)"_s},
        {AlterOperation::DropForeignKey, u"DROP FOREIGN KEY fk_existing"_s},
        {AlterOperation::ConvertCharset, u"CONVERT TO CHARACTER SET latin1"_s},
        {AlterOperation::RebuildTable, u"FORCE"_s},
        {AlterOperation::RenameTable, u"RENAME TO orders_renamed"_s},
    };
    const QStringList requests = {u"ALGORITHM=INSTANT"_s, u"ALGORITHM=NOCOPY"_s, u"ALGORITHM=INPLACE"_s, u"LOCK=NONE"_s};
    QStringList wrong;
    for (const auto &[operation, clause] : operations) {
        const AlterCost cost = alterCost(operation, *server);
        for (const QString &request : requests) {
            QVERIFY(q.exec(u"DROP TABLE IF EXISTS orders, orders_renamed"_s));
            QVERIFY2(q.exec(u"CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, customer_id INT, total INT, note TEXT, "
                            "INDEX idx_customer (customer_id), code INT, INDEX idx_code (code), CONSTRAINT fk_existing FOREIGN KEY (customer_id) "
                            "REFERENCES customers (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"_s),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"INSERT INTO customers VALUES (1) ON DUPLICATE KEY UPDATE id = id"_s));
            QVERIFY(q.exec(u"INSERT INTO orders VALUES (1, 1, 10, 'first', 1), (2, 1, 20, 'second', 2)"_s));
            const QString algorithm = request.startsWith(u"ALGORITHM"_s) ? request.section(u'=', 1) : QString();
            const QString lock = request.startsWith(u"LOCK"_s) ? request.section(u'=', 1) : QString();
            const bool predicted = allows(algorithm, lock, cost);
            const bool done = q.exec(u"ALTER TABLE orders "_s + clause + u", "_s + request);
            if (done != predicted)
                wrong << u"%1, %2: the server %3 it (%4)"_s.arg(clause, request, done ? u"does"_s : u"refuses"_s,
                                                                 q.lastError().text());
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(server->toString() + u":\n"_s + wrong.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
