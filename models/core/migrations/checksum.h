#pragma once

#include <QByteArray>
#include <QString>

namespace godwit {

/*! SHA-256 (hex) of a script's bytes [begin, end) with line endings normalized to LF and a
    leading byte order mark dropped, so that a checkout with other line endings is not
    "modified". */
QString scriptChecksum(const QByteArray &bytes, qsizetype begin, qsizetype end);
QString scriptChecksum(const QByteArray &bytes);

/*! A short hash of one statement's text (16 hex digits of its SHA-256), as recorded for
    migrations run statement by statement. */
QString statementChecksum(const QString &sql);

/*! Flyway's checksum of a script: CRC32 of its lines' UTF-8 bytes without their line
    terminators (as BufferedReader.readLine() gives them), a leading byte order mark dropped,
    as the signed 32-bit integer flyway_schema_history keeps, in decimal. */
QString flywayChecksum(const QByteArray &bytes);

/*! Prisma's checksum of a migration.sql: SHA-256 of its bytes as they are, lowercase hex. */
QString prismaChecksum(const QByteArray &bytes);

} // namespace godwit
