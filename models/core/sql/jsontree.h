#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace godwit {

struct JsonMember;

/*! A JSON value with where it was written: the byte offsets of the value and of its key, so
    that a checker can name line:column of what it refuses. Objects keep their members in the
    file's order, a key written twice included (QJsonObject keeps one of them silently). */
struct JsonNode
{
    QJsonValue::Type type = QJsonValue::Undefined;
    QJsonValue value;      ///< strings, numbers, booleans; Null for null
    QByteArray token;      ///< a number as written ("55432.7", "1e3")
    qsizetype offset = 0;  ///< the value's first byte
    qsizetype keyOffset = -1; ///< its key's opening quote, for a member of an object
    std::vector<JsonMember> members;
    std::vector<JsonNode> elements;

    /*! The last member named key (the one QJsonObject keeps), or null. */
    const JsonNode *member(QStringView key) const;
    /*! The value for a message: a string quoted, a number as written, "an object"… */
    QString shown() const;
    /*! The type for a message: "a string", "a number", "an object"… */
    QString typeName() const;
};

/*! A member of an object: its key and its value. */
struct JsonMember
{
    QString key;
    JsonNode value;
};

/*! Reads the positions of a JSON text that QJsonDocument has accepted. Nullopt only for input
    it would have refused. */
std::optional<JsonNode> scanJson(const QByteArray &bytes, qsizetype from = 0);

} // namespace godwit
