#pragma once

// What the tests of other tools' history tables share (tst_enginepeers, tst_engineinterop):
// files written, SQL run, the state of each migration as godwit-cli status says it, and the
// URL dbmate takes for a test target. Uses GODWIT_CLI, which each test executable defines.

#include "support/engineruns.h"
#include "support/testtargets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace godwit::test {

inline void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

inline bool execSql(Connection &connection, const QString &sql)
{
    QSqlQuery q(connection.database());
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

/*! The rows of a query, each row's columns joined with '|' (NULL as "null"). */
inline QStringList rows(Connection &connection, const QString &sql)
{
    QSqlQuery q(connection.database());
    QStringList out;
    if (!q.exec(sql))
        return {q.lastError().text()};
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << (q.value(i).isNull() ? QStringLiteral("null") : q.value(i).toString());
        out << columns.join(u'|');
    }
    return out;
}

/*! "version:state:recordedBy" of each migration godwit-cli status lists. */
inline QStringList states(const QString &project, const ConnectionSpec &target)
{
    const auto r = cli({QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--project"),
                        project, QStringLiteral("--url"), target.display()});
    QStringList out;
    const QString json = r.output.mid(r.output.indexOf(u'{'), r.output.lastIndexOf(u'}') - r.output.indexOf(u'{') + 1);
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QJsonValue &v : o.value(QStringLiteral("migrations")).toArray()) {
        const QJsonObject m = v.toObject();
        out << m.value(QStringLiteral("version")).toString() + u':' + m.value(QStringLiteral("state")).toString() + u':'
                   + m.value(QStringLiteral("recordedBy")).toString();
    }
    if (out.isEmpty())
        out << r.output;
    return out;
}

inline QString dbmateUrl(const ConnectionSpec &spec)
{
    switch (spec.dialect) {
    case Dialect::SQLite: return QStringLiteral("sqlite:") + spec.path;
    case Dialect::PostgreSQL:
        return QStringLiteral("postgres://%1@%2:%3/%4?sslmode=disable").arg(spec.user, spec.host).arg(spec.port).arg(spec.database);
    case Dialect::MySQL: return QStringLiteral("mysql://%1@%2:%3/%4").arg(spec.user, spec.host).arg(spec.port).arg(spec.database);
    }
    return {};
}

/*! The test's data: one row per engine the harness started. */
inline void engineRows()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

} // namespace godwit::test
