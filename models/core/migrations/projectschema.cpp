#include "projectschema.h"

#include "migration.h"
#include "projectfile.h"

#include "target/connectoptions.h"
#include "target/driveroptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <functional>
#include <memory>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

class Checker;
struct SchemaMember;

enum class Kind { Object, Map, Array, Text, Integer, Boolean, Choice, Duration };

/*! What one key of godwit.json holds. Objects list their keys; maps (profiles, options,
    rules) and arrays describe their values; "extra" checks what depends on several keys. */
struct Schema
{
    Kind kind = Kind::Text;
    std::vector<SchemaMember> members;
    std::shared_ptr<const Schema> element;
    qint64 min = 0;
    qint64 max = 0;
    QString noun;          ///< a choice's name in messages: "environment", "driver"…
    QStringList choices;   ///< as listed in messages
    std::function<bool(const QString &)> accepts; ///< a choice's every accepted spelling
    std::function<bool(Checker &, const JsonNode &, const QString &)> extra;
};

struct SchemaMember
{
    QString key;
    Schema schema;
};

Schema object(std::vector<SchemaMember> members,
              std::function<bool(Checker &, const JsonNode &, const QString &)> extra = {})
{
    Schema s;
    s.kind = Kind::Object;
    s.members = std::move(members);
    s.extra = std::move(extra);
    return s;
}

Schema collection(Kind kind, Schema element)
{
    Schema s;
    s.kind = kind;
    s.element = std::make_shared<const Schema>(std::move(element));
    return s;
}

Schema simple(Kind kind, qint64 min = 0, qint64 max = 0)
{
    Schema s;
    s.kind = kind;
    s.min = min;
    s.max = max;
    return s;
}

Schema choice(const QString &noun, const QStringList &choices, std::function<bool(const QString &)> accepts = {})
{
    Schema s;
    s.kind = Kind::Choice;
    s.noun = noun;
    s.choices = choices;
    s.accepts = accepts ? std::move(accepts) : [choices](const QString &v) { return choices.contains(v); };
    return s;
}

// Optimal string alignment distance: "databse" is one edit from "database".
int editDistance(const QString &a, const QString &b)
{
    std::vector<std::vector<int>> d(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1)));
    for (qsizetype i = 0; i <= a.size(); ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= b.size(); ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            int best = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                                 d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = best;
        }
    }
    return d[size_t(a.size())][size_t(b.size())];
}

QString nearest(const QString &key, const QStringList &known)
{
    QString best;
    int bestDistance = key.size() < 5 ? 1 : 2;
    for (const QString &k : known) {
        const int distance = editDistance(key, k);
        if (distance <= bestDistance && (best.isEmpty() || distance < editDistance(key, best)))
            best = k;
    }
    return best;
}

QString child(const QString &path, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$-]*$"));
    const QString shown = plain.match(key).hasMatch() ? key : u'"' + key + u'"';
    return path.isEmpty() ? shown : path + u'.' + shown;
}

class Checker
{
public:
    explicit Checker(const SourceText &source)
        : m_source(source)
    {
    }

    const QString &error() const { return m_error; }

    // Without the line as an excerpt: godwit.json may hold a password put in the wrong place,
    // on that line or in the value refused.
    bool fail(qsizetype offset, const QString &path, const QString &message)
    {
        m_error = m_source.locationAt(offset).toString() + u": " + path + u": " + message;
        return false;
    }

    bool expected(const JsonNode &node, const QString &path, const QString &what)
    {
        return fail(node.offset, path, Text::tr("expected %1, got %2").arg(what, node.shown()));
    }

    // Where an object or array belongs, a string may be a whole URL with its password.
    bool expectedContainer(const JsonNode &node, const QString &path, const QString &what)
    {
        return fail(node.offset, path, Text::tr("expected %1, got %2").arg(what, node.typeName()));
    }

    bool check(const JsonNode &node, const Schema &schema, const QString &path)
    {
        switch (schema.kind) {
        case Kind::Object: return checkObject(node, schema, path);
        case Kind::Map: return checkMap(node, schema, path);
        case Kind::Array: {
            if (node.type != QJsonValue::Array)
                return expectedContainer(node, path, Text::tr("an array"));
            for (size_t i = 0; i < node.elements.size(); ++i) {
                if (!check(node.elements[i], *schema.element, path + QStringLiteral("[%1]").arg(i)))
                    return false;
            }
            return true;
        }
        case Kind::Text:
            if (node.type != QJsonValue::String || node.value.toString().isEmpty())
                return expected(node, path, Text::tr("a non-empty string"));
            return true;
        case Kind::Integer: {
            const double d = node.value.toDouble();
            if (node.type != QJsonValue::Double || std::floor(d) != d || d < double(schema.min) || d > double(schema.max))
                return expected(node, path, Text::tr("an integer from %1 to %2").arg(schema.min).arg(schema.max));
            return true;
        }
        case Kind::Boolean:
            return node.type == QJsonValue::Bool || expected(node, path, Text::tr("true or false"));
        case Kind::Duration:
            if (node.type != QJsonValue::String || !parseDuration(node.value.toString()))
                return expected(node, path, Text::tr("a duration such as \"5s\", \"500ms\" or \"10min\""));
            return true;
        case Kind::Choice: {
            const QString known = schema.choices.join(QStringLiteral(", "));
            if (node.type != QJsonValue::String)
                return expected(node, path, Text::tr("one of %1").arg(known));
            if (!schema.accepts(node.value.toString()))
                return fail(node.offset, path, Text::tr("unknown %1 %2 (known: %3)").arg(schema.noun, node.shown(), known));
            return true;
        }
        }
        return true;
    }

private:
    // Keys written twice and keys naming a secret, for objects and maps alike.
    bool checkKeys(const JsonNode &node, const QString &path)
    {
        for (size_t i = 0; i < node.members.size(); ++i) {
            const auto &[key, value] = node.members[i];
            const QString where = child(path, key);
            if (namesSecret(key))
                return fail(value.keyOffset, where, secretRefusal());
            for (size_t j = 0; j < i; ++j) {
                if (node.members[j].key == key) {
                    const SourceLocation first = m_source.locationAt(node.members[j].value.keyOffset);
                    return fail(value.keyOffset, where,
                                Text::tr("written twice (first at line %1, column %2); only one would be read")
                                    .arg(first.line).arg(first.column));
                }
            }
        }
        return true;
    }

    bool checkObject(const JsonNode &node, const Schema &schema, const QString &path)
    {
        if (node.type != QJsonValue::Object)
            return expectedContainer(node, path, Text::tr("an object"));
        if (!checkKeys(node, path))
            return false;
        QStringList known;
        for (const auto &member : schema.members)
            known << member.key;
        for (const JsonMember &member : node.members) {
            const QString &key = member.key;
            const auto it = std::find_if(schema.members.cbegin(), schema.members.cend(),
                                         [&member](const SchemaMember &s) { return s.key == member.key; });
            if (it == schema.members.cend()) {
                const QString guess = nearest(key, known);
                return fail(member.value.keyOffset, child(path, key),
                            guess.isEmpty() ? Text::tr("unknown key (known: %1)").arg(known.join(QStringLiteral(", ")))
                                            : Text::tr("unknown key; did you mean \"%1\"?").arg(guess));
            }
            if (!check(member.value, it->schema, child(path, key)))
                return false;
        }
        return !schema.extra || schema.extra(*this, node, path);
    }

    bool checkMap(const JsonNode &node, const Schema &schema, const QString &path)
    {
        if (node.type != QJsonValue::Object)
            return expectedContainer(node, path, Text::tr("an object"));
        if (!checkKeys(node, path))
            return false;
        for (const auto &[key, value] : node.members) {
            if (!check(value, *schema.element, child(path, key)))
                return false;
        }
        return true;
    }

    const SourceText &m_source;
    QString m_error;
};

// What a profile's driver needs, and nothing that belongs to another driver.
bool checkProfile(Checker &checker, const JsonNode &profile, const QString &path)
{
    const JsonNode *driverNode = profile.member(u"driver");
    if (!driverNode)
        return checker.fail(profile.offset, path, Text::tr("missing \"driver\" (sqlite, postgresql or mysql)"));
    const Dialect dialect = *dialectFromName(driverNode->value.toString());
    const QString driver = dialectName(dialect);
    const QStringList own = dialect == Dialect::SQLite
                                ? QStringList{QStringLiteral("path")}
                                : QStringList{QStringLiteral("host"), QStringLiteral("socket"), QStringLiteral("port"),
                                              QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("options")};
    static const QStringList common{QStringLiteral("driver"), QStringLiteral("environment")};
    for (const auto &[key, value] : profile.members) {
        if (!own.contains(key) && !common.contains(key))
            return checker.fail(value.keyOffset, child(path, key),
                                Text::tr("not read for a %1 profile (it reads %2)").arg(driver, own.join(QStringLiteral(", "))));
    }
    const QList<QStringList> needs = dialect == Dialect::SQLite
                                         ? QList<QStringList>{{QStringLiteral("path")}}
                                         : QList<QStringList>{{QStringLiteral("host"), QStringLiteral("socket")},
                                                              {QStringLiteral("database")},
                                                              {QStringLiteral("user")}};
    for (const QStringList &keys : needs) {
        if (std::none_of(keys.cbegin(), keys.cend(), [&](const QString &k) { return profile.member(k) != nullptr; }))
            return checker.fail(profile.offset, path,
                                Text::tr("a %1 profile needs \"%2\"; there is no default")
                                    .arg(driver, keys.join(QStringLiteral("\" or \""))));
    }
    if (const JsonNode *options = profile.member(u"options")) {
        for (const auto &[key, value] : options->members) {
            if (const QString why = driverOptionProblem(dialect, key, value.value.toString()); !why.isEmpty())
                return checker.fail(value.keyOffset, child(child(path, QStringLiteral("options")), key), why);
        }
    }
    return true;
}

// "history": a custom table needs its table and column; the others know theirs.
bool checkHistory(Checker &checker, const JsonNode &history, const QString &path)
{
    const JsonNode *adopt = history.member(u"adopt");
    if (!adopt)
        return checker.fail(history.offset, path, Text::tr("missing \"adopt\" (the tool whose history table to read)"));
    const bool custom = adopt->value.toString() == u"custom";
    for (const char *key : {"table", "column"}) {
        if (custom && !history.member(QString::fromLatin1(key)))
            return checker.fail(history.offset, path, Text::tr("a custom history needs \"%1\"").arg(QLatin1String(key)));
    }
    for (const char *key : {"column", "value", "appliedAt"}) {
        if (const JsonNode *node = history.member(QString::fromLatin1(key)); node && !custom)
            return checker.fail(node->keyOffset, child(path, QLatin1String(key)),
                                Text::tr("read for a custom history only: %1 keeps its own columns").arg(adopt->value.toString()));
    }
    return true;
}

// What the whole file must agree on: the default profile exists, the naming pattern compiles.
bool checkRoot(Checker &checker, const JsonNode &root, const QString &)
{
    if (const JsonNode *pattern = root.member(u"naming") ? root.member(u"naming")->member(u"pattern") : nullptr) {
        const QRegularExpression re(pattern->value.toString());
        if (!re.isValid())
            return checker.fail(pattern->offset, QStringLiteral("naming.pattern"),
                                Text::tr("%1 at offset %2").arg(re.errorString()).arg(re.patternErrorOffset()));
        if (!re.namedCaptureGroups().contains(u"version"))
            return checker.fail(pattern->offset, QStringLiteral("naming.pattern"),
                                Text::tr("needs a named group \"version\""));
    }
    if (const JsonNode *name = root.member(u"defaultProfile")) {
        const JsonNode *profiles = root.member(u"profiles");
        QStringList known;
        for (const JsonMember &member : profiles ? profiles->members : std::vector<JsonMember>{})
            known << member.key;
        if (!known.contains(name->value.toString()))
            return checker.fail(name->offset, QStringLiteral("defaultProfile"),
                                Text::tr("%1 is not among the profiles (known: %2)")
                                    .arg(name->shown(), known.isEmpty() ? Text::tr("none") : known.join(QStringLiteral(", "))));
    }
    return true;
}

const Schema &projectSchema()
{
    static const Schema schema = [] {
        QStringList formats{QStringLiteral("auto")};
        for (Format f : {Format::GolangMigrate, Format::Flyway, Format::Dbmate, Format::Goose, Format::Paired,
                         Format::Sections, Format::Diesel, Format::Custom, Format::Prisma, Format::Sqitch,
                         Format::Alembic})
            formats << formatId(f);
        QStringList historyTools;
        for (PeerTool t : {PeerTool::Flyway, PeerTool::GolangMigrate, PeerTool::Dbmate, PeerTool::Goose, PeerTool::Diesel,
                           PeerTool::Prisma, PeerTool::Sqitch, PeerTool::Custom})
            historyTools << peerToolId(t);
        const Schema text = simple(Kind::Text);
        const Schema profile = object(
            {{QStringLiteral("driver"),
              choice(QStringLiteral("driver"), {QStringLiteral("sqlite"), QStringLiteral("postgresql"), QStringLiteral("mysql")},
                     [](const QString &v) { return dialectFromName(v).has_value(); })},
             {QStringLiteral("path"), text},
             {QStringLiteral("host"), text},
             {QStringLiteral("socket"), text},
             {QStringLiteral("port"), simple(Kind::Integer, 1, 65535)},
             {QStringLiteral("database"), text},
             {QStringLiteral("user"), text},
             {QStringLiteral("options"), collection(Kind::Map, text)},
             {QStringLiteral("environment"),
              choice(QStringLiteral("environment"), environmentIds())}},
            checkProfile);
        const Schema item = object({{QStringLiteral("id"), text},
                                    {QStringLiteral("title"), text},
                                    {QStringLiteral("section"), text},
                                    {QStringLiteral("check"), text},
                                    {QStringLiteral("required"), simple(Kind::Boolean)}});
        return object(
            {{QStringLiteral("migrations"), text},
             {QStringLiteral("format"), choice(QStringLiteral("format"), formats)},
             {QStringLiteral("naming"), object({{QStringLiteral("pattern"), text}})},
             {QStringLiteral("order"), choice(QStringLiteral("order"), {QStringLiteral("version"), QStringLiteral("name")})},
             {QStringLiteral("defaultProfile"), text},
             {QStringLiteral("profiles"), collection(Kind::Map, profile)},
             {QStringLiteral("settings"),
              object({{QStringLiteral("busyTimeoutMs"), simple(Kind::Integer, 0, 86400000)},
                      {QStringLiteral("lockTimeout"), simple(Kind::Duration)},
                      {QStringLiteral("statementTimeout"), simple(Kind::Duration)},
                      {QStringLiteral("schema"), text},
                      {QStringLiteral("runLockTimeoutSeconds"), simple(Kind::Integer, 0, 86400)}})},
             {QStringLiteral("history"),
              object({{QStringLiteral("adopt"), choice(QStringLiteral("adopt"), historyTools)},
                      {QStringLiteral("mode"), choice(QStringLiteral("mode"), {QStringLiteral("adopt"), QStringLiteral("interop")})},
                      {QStringLiteral("table"), text},
                      {QStringLiteral("column"), text},
                      {QStringLiteral("value"),
                       choice(QStringLiteral("value"), {QStringLiteral("version"), QStringLiteral("stem"), QStringLiteral("name")})},
                      {QStringLiteral("appliedAt"), text}},
                     checkHistory)},
             {QStringLiteral("checklist"),
              object({{QStringLiteral("stagingProfile"), text}, {QStringLiteral("items"), collection(Kind::Array, item)}})},
             {QStringLiteral("lint"),
              object({{QStringLiteral("server"), text},
                      {QStringLiteral("rules"),
                       collection(Kind::Map, choice(QStringLiteral("severity"),
                                                    {QStringLiteral("off"), QStringLiteral("info"),
                                                     QStringLiteral("warning"), QStringLiteral("error")}))}})}},
            checkRoot);
    }();
    return schema;
}

} // namespace

QString checkProjectFile(const SourceText &source, const JsonNode &root)
{
    Checker checker(source);
    checker.check(root, projectSchema(), QString());
    return checker.error();
}

} // namespace godwit
