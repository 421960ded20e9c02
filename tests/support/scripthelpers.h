#pragma once

// Small helpers of the tests that write migration files and look at a target from outside.

#include "database/connection.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace godwit::test {

/*! Writes text (UTF-8) to path, replacing what was there; false if it cannot. */
inline bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

/*! The first column of the first row of sql, as text; "query failed: …" with the server's message when it fails. */
inline QString scalar(Connection &connection, const QString &sql)
{
    QSqlQuery q(connection.database());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("query failed: ") + sql + QStringLiteral(": ") + q.lastError().text();
    return q.value(0).toString();
}

} // namespace godwit::test
