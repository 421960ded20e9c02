#include "lint/linter.h"
#include "lint/rules.h"

#include "lint/datachecks.h"
#include "lint/reversibility.h"
#include "migrations/discovery.h"
#include "support/testtargets.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QDir>
#include <QFile>
#include <QJsonArray>
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
    const LintResult result = lintFile(path, *dialectFromName(dialect), {});
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
    QCOMPARE(result.findings.at(0).message, u"adds orders.note NOT NULL without a default"_s);
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
    QVERIFY(lintConfig(*loadProject(dir.path()).project).error.contains(u"not off, info, warning or error"_s));
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
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, u"down-does-not-undo-up"_s);
    QCOMPARE(findings.first().location.file, dir.filePath(u"002_status_index.down.sql"_s));
    QVERIFY2(findings.first().message.contains(u"idx_orders_status"_s), qPrintable(findings.first().message));
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
            QVERIFY2(f.data.isEmpty(), qPrintable(f.data)); // not there yet: nothing to read
        else if (!byRule.contains(f.rule)) // the first of each rule
            byRule.insert(f.rule, f);
    }
    if (dialect == Dialect::PostgreSQL) {
        QVERIFY2(byRule.value(u"unique-constraint-blocking"_s)
                     .data.startsWith(u"will fail: 2 duplicate (email) values, e.g. (a@example.org), (b@example.org) (people: ~5 rows"_s),
                 qPrintable(byRule.value(u"unique-constraint-blocking"_s).data));
        QCOMPARE(byRule.value(u"unique-constraint-blocking"_s).severity, Severity::Error);
        QVERIFY2(byRule.value(u"set-not-null"_s).data.startsWith(u"will fail: 2 rows of people have NULL in nick"_s),
                 qPrintable(byRule.value(u"set-not-null"_s).data));
        QVERIFY2(byRule.value(u"column-type-change"_s).data.startsWith(u"will fail: 1 values of people.nick do not fit"_s),
                 qPrintable(byRule.value(u"column-type-change"_s).data));
        QVERIFY(byRule.value(u"add-not-null-column-without-default"_s).data.startsWith(u"will fail: people has rows"_s));
        bool narrowing = false;
        for (const Finding &f : std::as_const(findings))
            narrowing = narrowing || f.data.startsWith(u"narrows people.id from integer to smallint: possible data loss"_s);
        QVERIFY(narrowing);
        QVERIFY2(byRule.value(u"create-index-non-concurrent"_s).data.startsWith(u"people: ~5 rows"_s),
                 qPrintable(byRule.value(u"create-index-non-concurrent"_s).data));
    } else if (dialect == Dialect::SQLite) {
        QCOMPARE(byRule.value(u"add-not-null-column-without-default"_s).data,
                 u"will fail: people has rows (people: ~5 rows)"_s);
    } else {
        QVERIFY2(byRule.value(u"mysql-copy-alter"_s).data.startsWith(u"people: ~"_s),
                 qPrintable(byRule.value(u"mysql-copy-alter"_s).data));
        QVERIFY2(byRule.value(u"column-type-change"_s).data.startsWith(u"will fail: 1 values of people.nick do not fit"_s),
                 qPrintable(byRule.value(u"column-type-change"_s).data));
    }
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
