#include "support/testtargets.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Machine output never depends on the locale (issue #15): godwit-cli's JSON and SARIF, the
    audit log's rows and a deployment record are the same bytes in English, German and
    French, but for the times and durations they measure. */
class TestMachineOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameInEveryLanguage_data();
    void sameInEveryLanguage();

private:
    /*! Everything a session leaves that a machine reads, by name ("status.json", "audit", …). */
    using Outputs = QMap<QString, QString>;

    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };
    Run cli(const QString &lang, const QStringList &args);
    void writeFile(const QString &path, const QByteArray &text);
    void writeProject(const ConnectionSpec &target);
    /*! The same session under lang: a migration that fails part-way, status, plan, repair,
        a retry, dry run, lint, a deployment started. */
    Outputs session(const QString &lang, const ConnectionSpec &target);
    static QString auditRows(const ConnectionSpec &target);
    static QString masked(QString text, const ConnectionSpec &target);

    QString m_dir;
};

void TestMachineOutput::sameInEveryLanguage_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

TestMachineOutput::Run TestMachineOutput::cli(const QString &lang, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GODWIT_USER"_s, u"tester"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir + u"/xdg"_s);
    // Every variable Qt reads the language from (QLocale::system(), uiLanguages()), alike.
    env.insert(u"LANG"_s, lang);
    env.insert(u"LC_ALL"_s, lang);
    env.insert(u"LC_MESSAGES"_s, lang);
    env.insert(u"LANGUAGE"_s, lang == u"C" ? QString() : lang.section(u'.', 0, 0));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir);
    p.start(QStringLiteral(GODWIT_CLI), QStringList{u"--project"_s, m_dir, u"--profile"_s, u"dev"_s} + args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestMachineOutput::writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

// Profile "dev" on the target, "nowhere" in a folder that does not exist; 1 and 2 plain, 3 a
// batch without a transaction whose third statement fails, 4 what lint and the dry run have
// something to say about.
void TestMachineOutput::writeProject(const ConnectionSpec &target)
{
    QJsonObject dev{{u"environment"_s, u"development"_s}};
    if (target.dialect == Dialect::SQLite) {
        dev.insert(u"driver"_s, u"sqlite"_s);
        dev.insert(u"path"_s, target.path);
    } else {
        dev.insert(u"driver"_s, u"postgresql"_s);
        dev.insert(u"host"_s, target.host);
        dev.insert(u"port"_s, target.port);
        dev.insert(u"database"_s, target.database);
        dev.insert(u"user"_s, target.user);
    }
    const QJsonObject root{{u"migrations"_s, u"migrations"_s},
                           {u"format"_s, u"golang-migrate"_s},
                           {u"profiles"_s,
                            QJsonObject{{u"dev"_s, dev},
                                        {u"nowhere"_s, QJsonObject{{u"driver"_s, u"sqlite"_s},
                                                                   {u"path"_s, u"/nonexistent-godwit/x.db"_s}}}}}};
    writeFile(m_dir + u"/godwit.json"_s, QJsonDocument(root).toJson());
    const QString m = m_dir + u"/migrations/"_s;
    writeFile(m + u"0001_customers.up.sql"_s, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, note TEXT);\n");
    writeFile(m + u"0001_customers.down.sql"_s, "DROP TABLE customers;\n");
    writeFile(m + u"0002_orders.up.sql"_s, "CREATE TABLE orders (id INTEGER, customer_id INTEGER);\n");
    writeFile(m + u"0002_orders.down.sql"_s, "DROP TABLE orders;\n");
    writeFile(m + u"0003_batch.up.sql"_s, "-- godwit:no-transaction\nCREATE TABLE batch (id INTEGER);\n"
                                          "INSERT INTO batch VALUES (1);\nINSERT INTO batch_source VALUES (2);\n"
                                          "INSERT INTO batch VALUES (3);\n");
    writeFile(m + u"0003_batch.down.sql"_s, "DROP TABLE batch;\n");
    writeFile(m + u"0004_contract.up.sql"_s, "DELETE FROM orders;\nALTER TABLE customers DROP COLUMN note;\n"
                                             "CREATE INDEX idx_orders_customer ON orders (customer_id);\n");
}

TestMachineOutput::Outputs TestMachineOutput::session(const QString &lang, const ConnectionSpec &target)
{
    Outputs outputs;
    const auto record = [&](const QString &name, const QStringList &args, int exit) {
        const Run r = cli(lang, args);
        outputs.insert(name, masked(r.out, target));
        if (r.exit != exit)
            outputs.insert(name + u" exit"_s, QString::number(r.exit) + u' ' + r.err);
    };
    record(u"up.json"_s, {u"up"_s, u"--to"_s, u"0003"_s, u"--format"_s, u"json"_s}, 1);
    record(u"status.json"_s, {u"status"_s, u"--format"_s, u"json"_s}, 1);
    record(u"plan.json"_s, {u"plan"_s, u"--format"_s, u"json"_s}, 1);
    record(u"repair.json"_s, {u"repair"_s, u"--format"_s, u"json"_s}, 0);
    {
        auto connection = test::connect(target);
        QSqlQuery q(connection->database());
        if (!q.exec(u"CREATE TABLE batch_source (id INTEGER)"_s))
            outputs.insert(u"batch_source"_s, u"not created"_s);
    }
    record(u"retry"_s, {u"repair"_s, u"--retry-from"_s, u"3"_s, u"--format"_s, u"json"_s}, 0); // its audit row counts
    record(u"plan after.json"_s, {u"plan"_s, u"--format"_s, u"json"_s}, 0);
    record(u"dry-run.json"_s, {u"dry-run"_s, u"--reversible"_s, u"--format"_s, u"json"_s}, 1);
    record(u"lint.json"_s, {u"lint"_s, u"--format"_s, u"json"_s}, 3);
    record(u"lint.sarif"_s, {u"lint"_s, u"--format"_s, u"sarif"_s}, 3);
    record(u"checklist start.json"_s, {u"checklist"_s, u"start"_s, u"--format"_s, u"json"_s}, 0);
    // Items that fail (0004 has no down script) and pass: their summaries and errors are kept
    // in English with what translates them.
    record(u"checklist run.json"_s,
           {u"checklist"_s, u"run"_s, u"rollback"_s, u"reversibility"_s, u"--format"_s, u"json"_s}, 1);
    const QDir deployments(m_dir + u"/.godwit/deployments"_s);
    const QStringList records = deployments.entryList({u"*.json"_s}, QDir::Files);
    outputs.insert(u"deployment records"_s, QString::number(records.size()));
    for (const QString &file : records) {
        QFile f(deployments.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            outputs.insert(u"deployment record"_s, masked(QString::fromUtf8(f.readAll()), target));
    }
    // A target that cannot be opened: the connection's error, in English too.
    record(u"up nowhere.json"_s, {u"--profile"_s, u"nowhere"_s, u"up"_s, u"--format"_s, u"json"_s}, 1);
    // An applied script edited: up refuses with a code and a remedy, both ids.
    writeFile(m_dir + u"/migrations/0001_customers.up.sql"_s, "CREATE TABLE customers (id INTEGER PRIMARY KEY);\n");
    record(u"up modified.json"_s, {u"up"_s, u"--format"_s, u"json"_s}, 1);
    outputs.insert(u"audit"_s, masked(auditRows(target), target));
    return outputs;
}

QString TestMachineOutput::auditRows(const ConnectionSpec &target)
{
    auto connection = test::connect(target);
    QSqlQuery q(connection->database());
    QStringList rows;
    if (!q.exec(u"SELECT action, outcome, detail, description FROM godwit_audit_log ORDER BY id"_s))
        return u"no audit log"_s;
    while (q.next()) {
        rows << q.value(0).toString() + u" | "_s + q.value(1).toString() + u" | "_s + q.value(2).toString() + u" | "_s
                    + q.value(3).toString();
    }
    return rows.join(u'\n');
}

// Only what a clock decides: ISO times, a deployment id's time, durations in milliseconds;
// and the server's database, new for each session.
QString TestMachineOutput::masked(QString text, const ConnectionSpec &target)
{
    static const QRegularExpression iso(uR"re(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?)re"_s);
    static const QRegularExpression stamp(uR"re(\b\d{8}-\d{6}\b)re"_s);
    static const QRegularExpression ms(uR"re("(\w*Ms)": \d+(\.\d+)?([eE][-+]?\d+)?)re"_s);
    text.replace(iso, u"<time>"_s);
    text.replace(stamp, u"<stamp>"_s);
    text.replace(ms, uR"re("\1": <ms>)re"_s);
    if (!target.database.isEmpty())
        text.replace(target.database, u"<database>"_s);
    return text;
}

// The same session in three languages, each on a fresh target and a project at the same
// path: what machines read is the same.
void TestMachineOutput::sameInEveryLanguage()
{
    QFETCH(QString, engine);
    QTemporaryDir root;
    m_dir = root.filePath(u"project"_s);
    const QStringList langs{u"C"_s, u"de_DE.UTF-8"_s, u"fr_FR.UTF-8"_s};
    QList<Outputs> sessions;
    for (const QString &lang : langs) {
        QDir(m_dir).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir));
        GODWIT_FRESH_TARGET(target, engine, m_dir);
        writeProject(*target);
        if (QTest::currentTestFailed())
            return;
        sessions << session(lang, *target);
    }
    // The catalogs are in use: the text for people is in each language.
    QCOMPARE(QSet<QString>({cli(langs.at(0), {u"status"_s}).out, cli(langs.at(1), {u"status"_s}).out,
                            cli(langs.at(2), {u"status"_s}).out})
                 .size(),
             3);

    const Outputs &english = sessions.constFirst();
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        QVERIFY2(!it.key().endsWith(u" exit"_s), qPrintable(it.key() + u": "_s + it.value()));
    QStringList differing;
    for (qsizetype i = 1; i < sessions.size(); ++i) {
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (sessions.at(i).value(it.key()) != it.value()) {
                differing << langs.at(i) + u": "_s + it.key();
                qWarning().noquote() << "--- C" << it.key() << "\n" << it.value() << "\n--- " << langs.at(i) << "\n"
                                     << sessions.at(i).value(it.key());
            }
        }
        QCOMPARE(sessions.at(i).keys(), english.keys());
    }
    QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u", "_s)));
    QVERIFY2(english.value(u"repair.json"_s).contains(u"\"not-run\""_s), qPrintable(english.value(u"repair.json"_s)));
    QVERIFY2(english.value(u"audit"_s).contains(u"repair: retry from statement 3"_s), qPrintable(english.value(u"audit"_s)));
    QCOMPARE(english.value(u"deployment records"_s), u"1"_s);
    QVERIFY2(english.value(u"up nowhere.json"_s).contains(u"the folder /nonexistent-godwit does not exist"_s),
             qPrintable(english.value(u"up nowhere.json"_s)));
    QVERIFY2(english.value(u"deployment record"_s).contains(u"no down script and no rollback note for 0004"_s),
             qPrintable(english.value(u"deployment record"_s)));
    // Errors carry their code and remedies as ids, beside the message.
    QVERIFY2(english.value(u"plan.json"_s).contains(u"\"code\": \"failed-migration\""_s), qPrintable(english.value(u"plan.json"_s)));
    const QJsonObject modified = QJsonDocument::fromJson(english.value(u"up modified.json"_s).toUtf8()).object();
    QCOMPARE(modified.value(u"code"_s).toString(), u"modified"_s);
    QCOMPARE(modified.value(u"remedies"_s).toVariant().toStringList(), QStringList{u"allow-modified"_s});
    QVERIFY2(!modified.value(u"error"_s).toString().contains(u"--"_s), qPrintable(modified.value(u"error"_s).toString()));
}

QTEST_GUILESS_MAIN(TestMachineOutput)
#include "tst_machineoutput.moc"
