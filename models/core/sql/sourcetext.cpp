#include "sourcetext.h"

#include <QJsonDocument>

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace godwit {

namespace {

inline bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Length of the valid UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates,
// nothing above U+10FFFF), or 0 when it is invalid.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (end - p < len)
        return 0;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (int i = 2; i < len; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return len;
}

} // namespace

QString SourceLocation::toString() const
{
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

QString SqlError::toString() const
{
    QString text = location.toString() + u": " + message;
    if (!excerpt.isEmpty())
        text += u'\n' + excerpt;
    return text;
}

SourceText::SourceText(QString fileName, QByteArray bytes)
    : m_fileName(std::move(fileName))
    , m_bytes(std::move(bytes))
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_bomLength = 3;
    m_lineStarts.append(m_bomLength);
    const char *data = m_bytes.constData();
    const char *end = data + m_bytes.size();
    for (const char *p = data + m_bomLength; p < end;) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        p = static_cast<const char *>(nl) + 1;
        m_lineStarts.append(p - data);
    }
}

int SourceText::lineIndexOf(qsizetype offset) const
{
    auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return int(std::distance(m_lineStarts.cbegin(), it)) - 1;
}

SourceLocation SourceText::locationAt(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, m_bomLength, m_bytes.size());
    const int line = std::max(lineIndexOf(offset), 0);
    const qsizetype lineStart = m_lineStarts.at(line);
    qsizetype from = lineStart;
    int column = 1;
    if (m_cacheOffset >= lineStart && m_cacheOffset <= offset && m_cacheLine == line + 1) {
        from = m_cacheOffset;
        column = m_cacheColumn;
    }
    const char *data = m_bytes.constData();
    for (qsizetype i = from; i < offset; ++i) {
        if (!isContinuation(data[i]))
            ++column;
    }
    m_cacheOffset = offset;
    m_cacheLine = line + 1;
    m_cacheColumn = column;
    return {m_fileName, line + 1, column};
}

QString SourceText::excerptAt(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, m_bomLength, m_bytes.size());
    const int line = std::max(lineIndexOf(offset), 0);
    const qsizetype start = m_lineStarts.at(line);
    qsizetype end = line + 1 < m_lineStarts.size() ? m_lineStarts.at(line + 1) : m_bytes.size();
    while (end > start && (m_bytes.at(end - 1) == '\n' || m_bytes.at(end - 1) == '\r'))
        --end;
    // Invalid bytes become U+FFFD and control characters spaces, so the excerpt is printable.
    QString text = QString::fromUtf8(m_bytes.constData() + start, end - start);
    QString prefix = QString::fromUtf8(m_bytes.constData() + start, offset - start);
    for (QChar &c : text) {
        if (c.unicode() < 0x20)
            c = u' ';
    }
    qsizetype caret = prefix.size();
    constexpr qsizetype width = 100;
    if (text.size() > width) {
        const qsizetype from = std::clamp<qsizetype>(caret - width / 2, 0, text.size() - width);
        text = text.mid(from, width);
        caret -= from;
    }
    const QString number = QString::number(line + 1);
    return QStringLiteral("%1 | %2\n%3 | %4^")
        .arg(number, text, QString(number.size(), u' '), QString(caret, u' '));
}

SqlError SourceText::errorAt(qsizetype offset, const QString &message) const
{
    return {locationAt(offset), message, excerptAt(offset)};
}

std::optional<SqlError> SourceText::checkEncoding(qsizetype begin, qsizetype end) const
{
    const auto *data = reinterpret_cast<const unsigned char *>(m_bytes.constData());
    const unsigned char *p = data + std::max(begin, m_bomLength);
    const unsigned char *stop = data + end;
    while (p < stop) {
        if (*p == 0)
            return errorAt(p - data, QCoreApplication::translate("SourceText", "NUL byte in script"));
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int len = utf8SequenceLength(p, stop);
        if (len == 0) {
            return errorAt(p - data,
                           QCoreApplication::translate("SourceText", "invalid UTF-8 byte 0x%1")
                               .arg(unsigned(*p), 2, 16, QLatin1Char('0')));
        }
        p += len;
    }
    return std::nullopt;
}

std::optional<QJsonObject> SourceText::jsonObject(QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    const QString message = parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : QCoreApplication::translate("SourceText", "the top level must be an object");
    *error = errorAt(parseError.offset, message).toString();
    return std::nullopt;
}

} // namespace godwit
