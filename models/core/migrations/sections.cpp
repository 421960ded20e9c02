#include "sections.h"

#include "checksum.h"


#include <cstring>

namespace godwit {

namespace {

// Leading comments and whitespace only: a no-op script.
bool isBlank(const QByteArray &bytes, qsizetype begin, qsizetype end)
{
    const char *data = bytes.constData();
    qsizetype pos = begin;
    while (pos < end) {
        const char c = data[pos];
        if (static_cast<unsigned char>(c) <= ' ') {
            ++pos;
        } else if (c == '-' && pos + 1 < end && data[pos + 1] == '-') {
            while (pos < end && data[pos] != '\n')
                ++pos;
        } else if (c == '/' && pos + 1 < end && data[pos + 1] == '*') {
            const QByteArrayView rest(data + pos + 2, end - pos - 2);
            const qsizetype close = rest.indexOf("*/");
            if (close < 0)
                return false;
            pos += close + 4;
        } else {
            return false;
        }
    }
    return true;
}

bool hasNoTransactionDirective(const QByteArray &bytes, qsizetype begin, qsizetype end)
{
    static const QByteArray directive = QByteArrayLiteral("godwit:no-transaction");
    return QByteArrayView(bytes.constData() + begin, end - begin).indexOf(directive) >= 0;
}

void finishScript(Script &script, const QByteArray &bytes)
{
    if (script.parts.isEmpty())
        script.parts.append({0, 0, false});
    const qsizetype begin = script.parts.constFirst().begin;
    const qsizetype end = script.parts.constLast().end;
    script.checksum = scriptChecksum(bytes, begin, end);
    script.empty = isBlank(bytes, begin, end);
    script.noTransaction = script.noTransaction || hasNoTransactionDirective(bytes, begin, end);
}

struct Line
{
    qsizetype begin; // first byte
    qsizetype end;   // after the '\n' (or the end of the file)
    QByteArrayView text;
};

template<typename F>
void forEachLine(const QByteArray &bytes, F &&f)
{
    const char *data = bytes.constData();
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int number = 1;
    while (pos < bytes.size()) {
        const void *nl = std::memchr(data + pos, '\n', size_t(bytes.size() - pos));
        const qsizetype end = nl ? static_cast<const char *>(nl) - data + 1 : bytes.size();
        f(Line{pos, end, QByteArrayView(data + pos, end - pos).trimmed()}, number++);
        pos = end;
    }
}

enum class Marker { None, Up, Down, StatementBegin, StatementEnd, NoTransaction };

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool consumeWord(QByteArrayView &text, const char *word)
{
    const auto n = qsizetype(std::strlen(word));
    if (text.size() < n || qstrnicmp(text.data(), word, size_t(n)) != 0)
        return false;
    text = text.sliced(n);
    return true;
}

// "-- UP", "-- Down", "-- DOWN Migration", "--up:" and nothing else: a line that only
// starts with the word ("-- update the rows") is a comment. Hand-written, because this runs
// on worker threads for thousands of files.
Marker upDownCommentMarker(QByteArrayView line)
{
    if (!line.startsWith("--"))
        return Marker::None;
    QByteArrayView rest = line.sliced(2).trimmed();
    Marker marker;
    if (consumeWord(rest, "up"))
        marker = Marker::Up;
    else if (consumeWord(rest, "down"))
        marker = Marker::Down;
    else
        return Marker::None;
    if (!rest.isEmpty() && !isSpace(rest.front()) && rest.front() != ':')
        return Marker::None;
    rest = rest.trimmed();
    if (consumeWord(rest, "migrations") || consumeWord(rest, "migration"))
        rest = rest.trimmed();
    if (rest.startsWith(":"))
        rest = rest.sliced(1).trimmed();
    return rest.isEmpty() ? marker : Marker::None;
}

Marker markerOf(SectionStyle style, QByteArrayView line, bool &noTransaction)
{
    noTransaction = false;
    switch (style) {
    case SectionStyle::Dbmate:
        if (line.startsWith("-- migrate:")) {
            noTransaction = line.indexOf("transaction:false") >= 0;
            if (line.startsWith("-- migrate:up"))
                return Marker::Up;
            if (line.startsWith("-- migrate:down"))
                return Marker::Down;
        }
        return Marker::None;
    case SectionStyle::Goose: {
        if (!line.startsWith("-- +goose"))
            return Marker::None;
        const QByteArray word = line.sliced(9).trimmed().toByteArray().toLower();
        if (word.startsWith("up"))
            return Marker::Up;
        if (word.startsWith("down"))
            return Marker::Down;
        if (word == "statementbegin")
            return Marker::StatementBegin;
        if (word == "statementend")
            return Marker::StatementEnd;
        if (word == "no transaction")
            return Marker::NoTransaction;
        return Marker::None;
    }
    case SectionStyle::UpDownComments:
        return upDownCommentMarker(line);
    }
    return Marker::None;
}

} // namespace

std::optional<SectionStyle> detectSectionStyle(const QByteArray &bytes)
{
    bool unused = false;
    std::optional<SectionStyle> found;
    forEachLine(bytes, [&](const Line &line, int) {
        if (found || !line.text.startsWith("--"))
            return;
        for (SectionStyle style : {SectionStyle::Dbmate, SectionStyle::Goose, SectionStyle::UpDownComments}) {
            const Marker marker = markerOf(style, line.text, unused);
            if (marker == Marker::Up || marker == Marker::Down) {
                found = style;
                return;
            }
        }
    });
    return found;
}

ScriptSections parseSections(SectionStyle style, const QString &path, const QByteArray &bytes)
{
    ScriptSections sections;
    Script *current = nullptr;
    bool fileNoTransaction = false;
    qsizetype partBegin = 0;
    bool inVerbatim = false;

    auto closePart = [&](qsizetype end, bool verbatim) {
        if (current && end > partBegin)
            current->parts.append({partBegin, end, verbatim});
    };

    forEachLine(bytes, [&](const Line &line, int number) {
        bool noTransaction = false;
        const Marker marker = line.text.startsWith("--") ? markerOf(style, line.text, noTransaction) : Marker::None;
        switch (marker) {
        case Marker::None:
            return;
        case Marker::Up:
        case Marker::Down:
            closePart(line.begin, inVerbatim);
            inVerbatim = false;
            current = marker == Marker::Up ? &sections.up.emplace() : &sections.down.emplace();
            current->path = path;
            current->firstLine = number + 1;
            current->noTransaction = noTransaction;
            break;
        case Marker::StatementBegin:
            closePart(line.begin, false);
            inVerbatim = true;
            break;
        case Marker::StatementEnd:
            closePart(line.begin, true);
            inVerbatim = false;
            break;
        case Marker::NoTransaction:
            fileNoTransaction = true;
            closePart(line.begin, inVerbatim);
            break;
        }
        partBegin = line.end;
    });
    closePart(bytes.size(), inVerbatim);

    for (auto *script : {&sections.up, &sections.down}) {
        if (!*script)
            continue;
        (*script)->noTransaction = (*script)->noTransaction || fileNoTransaction;
        if ((*script)->parts.isEmpty()) {
            const qsizetype at = partBegin;
            (*script)->parts.append({at, at, false});
        }
        finishScript(**script, bytes);
    }
    return sections;
}

Script wholeFileScript(const QString &path, const QByteArray &bytes)
{
    Script script;
    script.path = path;
    script.parts.append({0, bytes.size(), false});
    finishScript(script, bytes);
    return script;
}

} // namespace godwit
