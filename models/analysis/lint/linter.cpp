#include "linter.h"

#include "analysers_p.h"
#include "rules.h"

#include "database/connection.h"
#include "migrations/scriptloader.h"
#include "sql/sqlsplitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <future>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Lint)
};

struct Ignore
{
    QStringList rules;
    QString reason;
};

// -- godwit:ignore rule-a, rule-b  reason…   per line of the file.
QMap<int, Ignore> ignoresOf(const QByteArray &bytes)
{
    static const QRegularExpression pattern(uR"(godwit:ignore\s+([\w-]+(?:\s*,\s*[\w-]+)*)\s*(.*))"_s);
    QMap<int, Ignore> ignores;
    int line = 0;
    for (const QByteArray &raw : bytes.split('\n')) {
        ++line;
        if (!raw.contains("godwit:ignore"))
            continue;
        const auto m = pattern.match(QString::fromUtf8(raw));
        if (!m.hasMatch())
            continue;
        Ignore ignore;
        for (const QString &rule : m.captured(1).split(u',', Qt::SkipEmptyParts))
            ignore.rules << rule.trimmed();
        ignore.reason = m.captured(2).trimmed();
        if (ignore.reason.endsWith(u"*/"_s))
            ignore.reason.chop(2);
        ignore.reason = ignore.reason.trimmed();
        ignores.insert(line, ignore);
    }
    return ignores;
}

Finding makeFinding(const QString &ruleId, const Message &message, const SourceLocation &where, const QString &statement)
{
    Finding f;
    f.rule = ruleId;
    f.location = where;
    f.message = message;
    f.statement = statement.section(u'\n', 0, 0).simplified();
    if (const LintRule *rule = lintRule(ruleId)) {
        f.severity = rule->severity;
        f.why = rule->why;
        f.recipe = rule->recipe;
    }
    return f;
}

// Severity from the project, suppressions from the file; off rules are dropped.
QList<Finding> settle(QList<Finding> findings, const LintConfig &config, const QMap<int, Ignore> &ignores,
                      int firstStatementLine, const QList<std::pair<int, int>> &statementLines)
{
    QList<Finding> kept;
    for (Finding &f : findings) {
        const auto severity = config.severityOf(f.rule, f.severity);
        if (!severity)
            continue;
        f.severity = *severity;
        // The statement's lines and the line above it; the file's leading comments.
        int from = f.location.line;
        int to = f.location.line;
        for (const auto &[begin, end] : statementLines) {
            if (f.location.line >= begin && f.location.line <= end) {
                from = begin;
                to = end;
            }
        }
        for (auto it = ignores.cbegin(); it != ignores.cend(); ++it) {
            const bool here = it.key() >= from - 1 && it.key() <= to;
            const bool top = it.key() < firstStatementLine;
            if ((here || top) && it->rules.contains(f.rule)) {
                f.suppressed = true;
                f.suppression = it->reason;
            }
        }
        kept << f;
    }
    return kept;
}

LintResult lintSourceText(const SourceText &source, const Script &script, Dialect dialect, const LintConfig &config,
                          bool wrapped);

LintResult lintSource(const QString &path, const Script &script, Dialect dialect, const LintConfig &config, bool wrapped)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LintResult result;
        result.error = SqlError{{path, 0, 0}, Text::tr("cannot read the file: %1").arg(file.errorString()), {}};
        return result;
    }
    return lintSourceText(SourceText(path, file.readAll()), script, dialect, config, wrapped);
}

LintResult lintSourceText(const SourceText &source, const Script &script, Dialect dialect, const LintConfig &config,
                          bool wrapped)
{
    LintResult result;
    const LoadedScript loaded = loadScript(script, dialect, source);
    if (!loaded.split.ok()) {
        result.error = loaded.split.error;
        return result;
    }
    lint::ScriptState state;
    state.wrapped = wrapped;
    // A script's own BEGIN … COMMIT was taken off; what it held is still inside a transaction.
    state.openTransactions = loaded.selfWrapped ? 1 : 0;
    state.server = config.server;
    QList<Finding> findings;
    QList<std::pair<int, int>> lines;
    const QList<Statement> &statements = loaded.split.statements;
    for (const Statement &s : statements) {
        const int endLine = source.locationAt(s.offset + s.length).line;
        lines << std::pair{s.location.line, endLine};
        QList<lint::Hit> hits;
        if (dialect == Dialect::PostgreSQL) {
            QString parseError;
            hits = lint::analysePostgres(s.sql, state, &parseError);
            if (!parseError.isEmpty())
                hits << lint::Hit{u"statement-not-analysed"_s, 0,
                                  Text::msg("libpg_query does not parse it (%1): not analysed").arg(parseError)};
        } else {
            hits = lint::analyseTokens(dialect, s.sql, state);
        }
        for (const lint::Hit &h : std::as_const(hits)) {
            Finding f = makeFinding(h.rule, h.message, source.locationAt(s.offset + h.offset), s.sql);
            f.table = h.table;
            f.columns = h.columns;
            f.misfit = h.misfit;
            f.newType = h.newType;
            if (f.rule == u"column-type-change" && f.columns.size() == 1 && !f.newType.isEmpty())
                state.columnTypes << ColumnTypeEvent{f.table, f.columns.first(), f.newType, f.location};
            findings << f;
        }
        ++state.index;
    }
    const auto at = [&](int index) { return statements.value(index).location; };
    if (state.openTransactions > 0 && state.beginStatement >= 0)
        findings << makeFinding(u"begin-without-commit"_s, Text::msg("BEGIN is never committed in this script"),
                                at(int(state.beginStatement)), statements.value(int(state.beginStatement)).sql);
    if (dialect != Dialect::SQLite && state.firstLockingStatement >= 0) {
        const Statement &locking = statements.at(state.firstLockingStatement);
        if (!state.lockTimeoutSet && !config.lockTimeoutConfigured)
            findings << makeFinding(u"lock-timeout-not-set"_s,
                                    Text::msg("takes a strong lock with no lock timeout set in the script or the project"),
                                    locking.location, locking.sql);
        if (dialect == Dialect::PostgreSQL && !state.statementTimeoutSet && !config.statementTimeoutConfigured)
            findings << makeFinding(u"statement-timeout-not-set"_s,
                                    Text::msg("takes a strong lock with no statement timeout set"), locking.location,
                                    locking.sql);
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::pair(a.location.line, a.location.column) < std::pair(b.location.line, b.location.column);
    });
    const int first = statements.isEmpty() ? INT_MAX : statements.first().location.line;
    result.findings = settle(findings, config, ignoresOf(source.bytes()), first, lines);
    result.columnTypes = std::move(state.columnTypes);
    return result;
}

template<typename Work>
void inShares(qsizetype count, const Work &work)
{
    const qsizetype workers = std::clamp<qsizetype>(std::thread::hardware_concurrency(), 1, 8);
    std::vector<std::future<void>> shares;
    for (qsizetype w = 0; w < std::min(workers, count); ++w) {
        shares.push_back(std::async(std::launch::async, [&, w] {
            for (qsizetype i = w; i < count; i += workers)
                work(i);
        }));
    }
    for (auto &share : shares)
        share.get();
}

QString sarifLevel(Severity s)
{
    return s == Severity::Error ? u"error"_s : s == Severity::Warning ? u"warning"_s : u"note"_s;
}

} // namespace

std::optional<Severity> LintConfig::severityOf(const QString &rule, Severity fallback) const
{
    const auto it = rules.constFind(rule);
    return it == rules.cend() ? std::optional<Severity>(fallback) : *it;
}

LintConfigLoad lintConfig(const Project &project, Connection *target)
{
    LintConfigLoad load;
    LintConfig config;
    config.lockTimeoutConfigured = !project.lockTimeout.isEmpty();
    config.statementTimeoutConfigured = !project.statementTimeout.isEmpty();
    if (const QJsonValue server = project.lint.value(u"server"); !server.isUndefined()) {
        config.server = ServerVersion::parse(server.toString());
        if (!config.server) {
            load.error = Text::tr("%1/godwit.json: lint.server: \"%2\" is not a MySQL or MariaDB version such as \"mysql 8.0.35\" "
                            "or \"mariadb 10.11\"")
                             .arg(project.directory, server.toString());
            return load;
        }
    }
    if (target && target->dialect() == Dialect::MySQL) {
        if (const auto version = ServerVersion::parse(target->serverVersion()))
            config.server = version;
    }
    const QJsonObject rules = project.lint.value(u"rules").toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        if (!lintRule(it.key())) {
            load.error = Text::tr("%1/godwit.json: lint.rules: unknown rule \"%2\"").arg(project.directory, it.key());
            return load;
        }
        const QString value = it.value().toString();
        const auto severity = severityFromId(value);
        if (!severity && value != u"off") {
            load.error = Text::tr("%1/godwit.json: lint.rules.%2: \"%3\" is not off, info, warning or error")
                             .arg(project.directory, it.key(), value);
            return load;
        }
        config.rules.insert(it.key(), severity);
    }
    load.config = config;
    return load;
}

LintResult lintScript(const Script &script, Dialect dialect, const LintConfig &config, bool wrapped)
{
    return lintSource(script.path, script, dialect, config, wrapped && !script.noTransaction);
}

LintResult lintMigration(const Migration &migration, Dialect dialect, const LintConfig &config,
                         const std::optional<QString> &editedUp)
{
    LintResult result;
    if (migration.up) {
        result = editedUp ? lintText(migration.up->path, *editedUp, dialect, config, !migration.up->noTransaction)
                          : lintScript(*migration.up, dialect, config);
    }
    if (migration.lacksDown()) {
        QList<Finding> missing{makeFinding(u"missing-down"_s,
                                           Text::msg("%1 %2 has no down script").arg(migration.displayVersion(), migration.description),
                                           {migration.up->path, migration.up->firstLine, 1}, {})};
        QByteArray bytes;
        if (editedUp) {
            bytes = editedUp->toUtf8();
        } else if (QFile file(migration.up->path); file.open(QIODevice::ReadOnly)) {
            bytes = file.readAll();
        }
        missing = settle(missing, config, ignoresOf(bytes), INT_MAX, {});
        result.findings = missing + result.findings;
    }
    return result;
}

LintResult lintText(const QString &path, const QString &text, Dialect dialect, const LintConfig &config, bool wrapped)
{
    const SourceText source(path, text.toUtf8());
    Script script;
    script.path = path;
    script.parts = {ScriptPart{0, source.bytes().size(), false}};
    return lintSourceText(source, script, dialect, config, wrapped);
}

LintResult lintFile(const QString &path, Dialect dialect, const LintConfig &config)
{
    QFile file(path);
    const qsizetype size = file.open(QIODevice::ReadOnly) ? file.size() : 0;
    Script script;
    script.path = path;
    script.parts = {ScriptPart{0, size, false}};
    return lintSource(path, script, dialect, config, true);
}

QList<LintResult> lintMigrations(const QList<Migration> &migrations, Dialect dialect, const LintConfig &config)
{
    // Scripts are independent: one share of them per core; the narrowing check runs after.
    QList<LintResult> results(migrations.size());
    inShares(migrations.size(), [&](qsizetype i) { results[i] = lintMigration(migrations.at(i), dialect, config); });
    markNarrowing(results, config);
    return results;
}

void markNarrowing(QList<LintResult> &results, const LintConfig &config)
{
    QHash<QString, QString> known; // "table.column" (lower case) → type
    for (LintResult &r : results) {
        for (const ColumnTypeEvent &e : std::as_const(r.columnTypes)) {
            const QString key = (e.table + u'.' + e.column).toLower();
            const QString before = known.value(key);
            known.insert(key, e.type);
            if (!e.change || before.isEmpty() || !narrowerType(before, e.type))
                continue;
            for (Finding &f : r.findings) {
                if (f.rule != u"column-type-change" || f.location.line != e.change->line
                    || f.location.column != e.change->column)
                    continue;
                f.message = Message::join(
                    {Text::msg("narrows %1.%2 from %3 to %4: possible data loss").arg(e.table, e.column, before, e.type),
                     f.message},
                    u"; "_s);
                if (!config.rules.contains(f.rule))
                    f.severity = Severity::Error;
            }
        }
    }
}

bool narrowerType(QString a, QString b)
{
    // MySQL's display widths and signedness do not change what an integer holds here.
    static const QRegularExpression width(uR"(^(tinyint|smallint|mediumint|int|integer|bigint)\(\d+\))"_s);
    a.replace(width, u"\\1"_s).remove(u" unsigned"_s);
    b.replace(width, u"\\1"_s).remove(u" unsigned"_s);
    const auto rank = [](const QString &t) {
        static const QStringList order = {u"tinyint"_s, u"smallint"_s, u"mediumint"_s, u"integer"_s, u"bigint"_s};
        static const QHash<QString, QString> aliases = {{u"int"_s, u"integer"_s},
                                                        {u"serial"_s, u"integer"_s},
                                                        {u"bigserial"_s, u"bigint"_s},
                                                        {u"smallserial"_s, u"smallint"_s}};
        return order.indexOf(aliases.value(t, t));
    };
    if (rank(a) >= 0 && rank(b) >= 0)
        return rank(b) < rank(a);
    static const QRegularExpression sized(uR"(^(character varying|character|varchar|char)\((\d+)\)$)"_s);
    const auto mb = sized.match(b);
    if (!mb.hasMatch())
        return false;
    if (a == u"text" || a == u"character varying" || a == u"mediumtext" || a == u"longtext")
        return true;
    const auto ma = sized.match(a);
    return ma.hasMatch() && mb.captured(2).toInt() < ma.captured(2).toInt();
}

QJsonObject sarifLog(const QList<Finding> &findings, const QString &toolVersion)
{
    QJsonArray rules;
    QMap<QString, int> ruleIndex;
    QJsonArray results;
    for (const Finding &f : findings) {
        if (!ruleIndex.contains(f.rule)) {
            ruleIndex.insert(f.rule, int(rules.size()));
            const LintRule *rule = lintRule(f.rule);
            rules.append(QJsonObject{{u"id"_s, f.rule},
                                     {u"name"_s, rule ? rule->title.english() : f.rule},
                                     {u"shortDescription"_s, QJsonObject{{u"text"_s, rule ? rule->title.english() : f.rule}}},
                                     {u"fullDescription"_s, QJsonObject{{u"text"_s, f.why.english()}}},
                                     {u"help"_s, QJsonObject{{u"text"_s, f.recipe.english()}}},
                                     {u"defaultConfiguration"_s,
                                      QJsonObject{{u"level"_s, sarifLevel(rule ? rule->severity : f.severity)}}}});
        }
        QJsonObject region{{u"startLine"_s, std::max(1, f.location.line)}, {u"startColumn"_s, std::max(1, f.location.column)}};
        QJsonObject result{
            {u"ruleId"_s, f.rule},
            {u"ruleIndex"_s, ruleIndex.value(f.rule)},
            {u"level"_s, sarifLevel(f.severity)},
            {u"message"_s,
             QJsonObject{{u"text"_s, Message::join({f.message, f.why, Text::msg("Instead: %1").arg(f.recipe)}, u". "_s).english()}}},
            {u"locations"_s,
             QJsonArray{QJsonObject{{u"physicalLocation"_s,
                                     QJsonObject{{u"artifactLocation"_s, QJsonObject{{u"uri"_s, f.location.file}}},
                                                 {u"region"_s, region}}}}}}};
        if (f.suppressed)
            result.insert(u"suppressions"_s,
                          QJsonArray{QJsonObject{{u"kind"_s, u"inSource"_s}, {u"justification"_s, f.suppression}}});
        results.append(result);
    }
    const QJsonObject driver{{u"name"_s, u"godwit"_s},
                             {u"version"_s, toolVersion},
                             {u"informationUri"_s, u"https://github.com/godwit-db/godwit"_s},
                             {u"rules"_s, rules}};
    return {{u"$schema"_s, u"https://json.schemastore.org/sarif-2.1.0.json"_s},
            {u"version"_s, u"2.1.0"_s},
            {u"runs"_s, QJsonArray{QJsonObject{{u"tool"_s, QJsonObject{{u"driver"_s, driver}}}, {u"results"_s, results}}}}};
}

} // namespace godwit
