#include "jsontree.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonTree)
};

// QJsonDocument refuses deeper nesting; so does this.
constexpr int maximumDepth = 1024;

class Scanner
{
public:
    explicit Scanner(const QByteArray &bytes)
        : m_data(bytes.constData())
        , m_size(bytes.size())
    {
    }

    bool document(qsizetype from, JsonNode &node)
    {
        m_pos = from;
        if (!value(node, 0))
            return false;
        skipSpace();
        return m_pos == m_size;
    }

private:
    char peek() const { return m_pos < m_size ? m_data[m_pos] : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_size && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool literal(const char *word)
    {
        for (; *word; ++word, ++m_pos) {
            if (peek() != *word)
                return false;
        }
        return true;
    }

    int hex4()
    {
        if (m_size - m_pos < 4)
            return -1;
        bool ok = false;
        const int code = QByteArray(m_data + m_pos, 4).toInt(&ok, 16);
        m_pos += 4;
        return ok ? code : -1;
    }

    bool string(QString &out)
    {
        ++m_pos; // the opening quote
        qsizetype run = m_pos;
        auto flush = [&] {
            out += QString::fromUtf8(m_data + run, m_pos - run);
        };
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == '"') {
                flush();
                ++m_pos;
                return true;
            }
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flush();
            ++m_pos;
            const char e = peek();
            ++m_pos;
            switch (e) {
            case '"': out += u'"'; break;
            case '\\': out += u'\\'; break;
            case '/': out += u'/'; break;
            case 'b': out += u'\b'; break;
            case 'f': out += u'\f'; break;
            case 'n': out += u'\n'; break;
            case 'r': out += u'\r'; break;
            case 't': out += u'\t'; break;
            case 'u': {
                const int code = hex4();
                if (code < 0)
                    return false;
                out += QChar(char16_t(code)); // surrogate halves pair up in UTF-16 as written
                break;
            }
            default:
                // As Qt's reader does: an unknown escape stands for the byte after the backslash,
                // so that every file QJsonDocument reads is placed here too.
                if (m_pos > m_size)
                    return false;
                out += QChar(char16_t(uchar(e)));
            }
            run = m_pos;
        }
        return false;
    }

    bool number(JsonNode &node)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_size && QByteArrayView("+-.0123456789eE").contains(m_data[m_pos]))
            ++m_pos;
        node.token = QByteArray(m_data + start, m_pos - start);
        bool ok = false;
        const double d = node.token.toDouble(&ok);
        node.type = QJsonValue::Double;
        node.value = d;
        return ok;
    }

    bool members(JsonNode &node, int depth)
    {
        ++m_pos;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        while (m_pos < m_size) {
            skipSpace();
            if (peek() != '"')
                return false;
            JsonMember member;
            member.value.keyOffset = m_pos;
            if (!string(member.key))
                return false;
            skipSpace();
            if (peek() != ':')
                return false;
            ++m_pos;
            if (!value(member.value, depth + 1))
                return false;
            node.members.push_back(std::move(member));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() != '}')
                return false;
            ++m_pos;
            return true;
        }
        return false;
    }

    bool elements(JsonNode &node, int depth)
    {
        ++m_pos;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        while (m_pos < m_size) {
            JsonNode element;
            if (!value(element, depth + 1))
                return false;
            node.elements.push_back(std::move(element));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() != ']')
                return false;
            ++m_pos;
            return true;
        }
        return false;
    }

    bool value(JsonNode &node, int depth)
    {
        if (depth > maximumDepth)
            return false;
        skipSpace();
        node.offset = m_pos;
        switch (peek()) {
        case '{': node.type = QJsonValue::Object; return members(node, depth);
        case '[': node.type = QJsonValue::Array; return elements(node, depth);
        case '"': {
            QString text;
            node.type = QJsonValue::String;
            const bool ok = string(text);
            node.value = text;
            return ok;
        }
        case 't': node.type = QJsonValue::Bool; node.value = true; return literal("true");
        case 'f': node.type = QJsonValue::Bool; node.value = false; return literal("false");
        case 'n': node.type = QJsonValue::Null; return literal("null");
        default: return number(node);
        }
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace

const JsonNode *JsonNode::member(QStringView key) const
{
    for (auto it = members.crbegin(); it != members.crend(); ++it) {
        if (it->key == key)
            return &it->value;
    }
    return nullptr;
}

QString JsonNode::shown() const
{
    switch (type) {
    case QJsonValue::Object: return Text::tr("an object");
    case QJsonValue::Array: return Text::tr("an array");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::fromUtf8(token);
    case QJsonValue::String: {
        constexpr qsizetype longest = 40;
        const QString text = value.toString();
        return u'"' + (text.size() > longest ? text.left(longest) + u'…' : text) + u'"';
    }
    case QJsonValue::Undefined: break;
    }
    return {};
}

QString JsonNode::typeName() const
{
    switch (type) {
    case QJsonValue::String: return Text::tr("a string");
    case QJsonValue::Double: return Text::tr("a number");
    case QJsonValue::Bool: return Text::tr("a boolean");
    default: return shown();
    }
}

std::optional<JsonNode> scanJson(const QByteArray &bytes, qsizetype from)
{
    JsonNode root;
    if (!Scanner(bytes).document(from, root))
        return std::nullopt;
    return root;
}

} // namespace godwit
