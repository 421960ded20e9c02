#include "support/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*! godwit-cli repair when there is nothing, one or the wrong thing to repair: what it says,
    its exit code, and its JSON (one document, every failed migration in "failed"). */
class TestCliRepair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void nothingToRepair();
    void oneFailedMigration();

private:
    godwit::test::CliOutput cli(const QStringList &args) const
    {
        return godwit::test::runCli(QStringList{u"--url"_s, u"sqlite:"_s + m_dir->filePath(u"db.sqlite"_s), u"--project"_s,
                                                m_dir->filePath(u"migrations"_s)} + args,
                                    m_dir->path(), m_dir->filePath(u"xdg"_s));
    }
    void write(const QString &name, const QByteArray &text) const
    {
        QFile f(m_dir->filePath(u"migrations/"_s + name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    static QJsonObject json(const QString &out) { return QJsonDocument::fromJson(out.toUtf8()).object(); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRepair::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_dir->path()).mkpath(u"migrations"_s));
    write(u"0001_a.up.sql"_s, "CREATE TABLE a (id INTEGER);\n");
    write(u"0001_a.down.sql"_s, "DROP TABLE a;\n");
}

// Nothing failed: showing that is a success; an action has nothing to act on.
void TestCliRepair::nothingToRepair()
{
    QCOMPARE(cli({u"up"_s}).exit, 0);
    auto r = cli({u"repair"_s});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(u"No migration has failed"_s) && r.err.isEmpty(), qPrintable(r.out + r.err));
    r = cli({u"repair"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exit, 0);
    QCOMPARE(json(r.out).value(u"failed"_s).toArray().size(), 0);
    r = cli({u"repair"_s, u"--mark-applied"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exit, 2);
    QCOMPARE(json(r.out).value(u"code"_s).toString(), u"nothing-failed"_s);
    r = cli({u"repair"_s, u"0001"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exit, 2);
    QCOMPARE(json(r.out).value(u"code"_s).toString(), u"not-failed"_s);
    QVERIFY2(r.err.contains(u"0001 has not failed"_s), qPrintable(r.err));
}

void TestCliRepair::oneFailedMigration()
{
    write(u"0002_b.up.sql"_s, "-- godwit:no-transaction\nCREATE TABLE b (id INTEGER);\nINSERT INTO nowhere VALUES (1);\n");
    write(u"0002_b.down.sql"_s, "DROP TABLE b;\n");
    QCOMPARE(cli({u"up"_s}).exit, 1);
    auto r = cli({u"repair"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exit, 0);
    const QJsonArray failed = json(r.out).value(u"failed"_s).toArray();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().toObject().value(u"version"_s).toString(), u"0002"_s);
    QCOMPARE(failed.first().toObject().value(u"failedStatement"_s).toInt(), 2);
    r = cli({u"repair"_s, u"--run-down"_s});
    QVERIFY2(r.exit == 0, qPrintable(r.out + r.err));
    QCOMPARE(json(cli({u"repair"_s, u"--format"_s, u"json"_s}).out).value(u"failed"_s).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliRepair)
#include "tst_clirepair.moc"
