#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace godwit {

/*! A position in a script, 1-based; columns count characters (code points), as an editor
    or a person would. */
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    QString toString() const;
    bool operator==(const SourceLocation &) const = default;
};

/*! An input error: where it is, what is wrong, and the offending line with a caret. */
struct SqlError
{
    SourceLocation location;
    QString message;
    QString excerpt;

    /*! "file:line:column: message" followed by the excerpt. */
    QString toString() const;
};

/*! The bytes of one script file with a line index, so that byte offsets found while
    splitting turn into file:line:column cheaply, also in a 100 MB file. */
class SourceText
{
public:
    SourceText(QString fileName, QByteArray bytes);

    const QString &fileName() const { return m_fileName; }
    const QByteArray &bytes() const { return m_bytes; }
    /*! Length of a leading UTF-8 byte order mark (0 or 3). */
    qsizetype bomLength() const { return m_bomLength; }

    SourceLocation locationAt(qsizetype offset) const;
    QString excerptAt(qsizetype offset) const;
    SqlError errorAt(qsizetype offset, const QString &message) const;

    /*! The first NUL byte or invalid UTF-8 sequence in [begin, end), as an error. */
    std::optional<SqlError> checkEncoding(qsizetype begin, qsizetype end) const;

    /*! The JSON document's top-level object, or nullopt with the error at
        file:line:column (godwit.json, deployment records, snapshot files). */
    std::optional<QJsonObject> jsonObject(QString *error) const;

private:
    int lineIndexOf(qsizetype offset) const;

    QString m_fileName;
    QByteArray m_bytes;
    qsizetype m_bomLength = 0;
    QList<qsizetype> m_lineStarts;
    // Splitters ask for locations in increasing order; remembering the last answer keeps
    // column counting linear on very long lines.
    mutable qsizetype m_cacheOffset = -1;
    mutable int m_cacheLine = 0;
    mutable int m_cacheColumn = 0;
};

} // namespace godwit
