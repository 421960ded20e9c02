#include "checksum.h"

#include <QCryptographicHash>

#include <cstring>

namespace godwit {

QString scriptChecksum(const QByteArray &bytes, qsizetype begin, qsizetype end)
{
    const char *data = bytes.constData();
    if (begin == 0 && bytes.startsWith("\xEF\xBB\xBF"))
        begin = 3;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qsizetype pos = begin;
    while (pos < end) {
        const void *cr = std::memchr(data + pos, '\r', size_t(end - pos));
        if (!cr) {
            hash.addData(QByteArrayView(data + pos, end - pos));
            break;
        }
        const qsizetype at = static_cast<const char *>(cr) - data;
        hash.addData(QByteArrayView(data + pos, at - pos));
        hash.addData(QByteArrayView("\n", 1));
        pos = at + 1;
        if (pos < end && data[pos] == '\n')
            ++pos;
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString scriptChecksum(const QByteArray &bytes)
{
    return scriptChecksum(bytes, 0, bytes.size());
}

} // namespace godwit
