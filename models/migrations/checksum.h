#pragma once

#include <QByteArray>
#include <QString>

namespace godwit {

/*! SHA-256 (hex) of a script's bytes [begin, end) with line endings normalized to LF and a
    leading byte order mark dropped, so that a checkout with other line endings is not
    "modified". */
QString scriptChecksum(const QByteArray &bytes, qsizetype begin, qsizetype end);
QString scriptChecksum(const QByteArray &bytes);

} // namespace godwit
