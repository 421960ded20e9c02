#include "mysqlalter.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

using A = AlterAlgorithm;
using O = AlterOperation;

struct Step
{
    int major, minor, patch;
    AlterAlgorithm algorithm;
    bool blocksWrites = false;
};

// From the servers' online DDL tables: what each operation costs from a version on. The
// first step is the oldest server considered (MySQL 5.7, MariaDB 10.2).
QList<Step> stepsOf(O operation, ServerVersion::Flavor flavor)
{
    const bool maria = flavor == ServerVersion::Flavor::MariaDB;
    const auto base = [&](A algorithm, bool blocks = false) -> QList<Step> {
        return {maria ? Step{10, 2, 0, algorithm, blocks} : Step{5, 7, 0, algorithm, blocks}};
    };
    const auto instantFrom = [&](A before, Step mysql, Step mariadb) -> QList<Step> {
        return base(before) << (maria ? mariadb : mysql);
    };
    switch (operation) {
    case O::AddColumn:
        return instantFrom(A::Rebuild, {8, 0, 12, A::Instant}, {10, 3, 2, A::Instant});
    case O::AddColumnPositioned:
        return instantFrom(A::Rebuild, {8, 0, 29, A::Instant}, {10, 4, 0, A::Instant});
    case O::DropColumn:
        return instantFrom(A::Rebuild, {8, 0, 29, A::Instant}, {10, 4, 0, A::Instant});
    case O::RenameColumn:
        return instantFrom(A::NoRebuild, {8, 0, 28, A::Instant}, {10, 3, 7, A::Instant});
    case O::SetDefault:
        return instantFrom(A::NoRebuild, {8, 0, 0, A::Instant}, {10, 3, 7, A::Instant});
    case O::RenameTable: // metadata only, under an exclusive metadata lock: LOCK=NONE is refused
        return base(A::NoRebuild, true) << (maria ? Step{10, 3, 7, A::Instant, true} : Step{8, 0, 0, A::Instant, true});
    case O::RenameIndex:
    case O::DropForeignKey:
        return maria ? base(A::NoRebuild) << Step{10, 3, 7, A::Instant} : base(A::NoRebuild);
    case O::DropIndex:
    case O::AddIndex:
    case O::AddForeignKeyUnchecked:
        return base(A::NoRebuild);
    case O::AddFulltextIndex:
    case O::AddAutoIncrementColumn:
        return base(A::Rebuild, true);
    case O::AddPrimaryKey:
    case O::ReplacePrimaryKey:
    case O::RebuildTable:
        return base(A::Rebuild);
    case O::AddStoredColumn:
    case O::ModifyColumn:
    case O::DropPrimaryKey:
    case O::AddForeignKey:
    case O::ConvertCharset:
    case O::ChangeEngine:
        return base(A::Copy, true);
    }
    return base(A::Copy, true);
}

std::array<int, 3> key(int major, int minor, int patch)
{
    return {major, minor, patch};
}

} // namespace

ParsedAlter parseAlter(const QString &clauses, bool foreignKeyChecksOff)
{
    const auto re = [](const char *pattern) {
        return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption);
    };
    // First match wins; std::nullopt: a clause whose cost is not reasoned about here.
    static const QList<std::pair<QRegularExpression, std::optional<O>>> patterns = {
        {re(R"(^ADD\s+(?:CONSTRAINT\s+(?:\w+\s+)?)?PRIMARY\s+KEY\b)"), O::AddPrimaryKey},
        {re(R"(^ADD\s+(?:CONSTRAINT\s+(?:\w+\s+)?)?FOREIGN\s+KEY\b)"), O::AddForeignKey},
        {re(R"(^ADD\s+(?:(?:CONSTRAINT\s+(?:\w+\s+)?)?UNIQUE|INDEX|KEY)\b)"), O::AddIndex},
        {re(R"(^ADD\s+(?:FULLTEXT|SPATIAL)\b)"), O::AddFulltextIndex},
        {re(R"(^ADD\s+(?:CONSTRAINT|CHECK|PARTITION|PERIOD|SYSTEM)\b)"), std::nullopt},
        {re(R"(^ADD\s+(?:COLUMN\b|\w|\())"), O::AddColumn},
        {re(R"(^DROP\s+PRIMARY\s+KEY\b)"), O::DropPrimaryKey},
        {re(R"(^DROP\s+FOREIGN\s+KEY\b)"), O::DropForeignKey},
        {re(R"(^DROP\s+(?:INDEX|KEY)\b)"), O::DropIndex},
        {re(R"(^DROP\s+(?:CONSTRAINT|CHECK|PARTITION|PERIOD|SYSTEM)\b)"), std::nullopt},
        {re(R"(^DROP\s+(?:COLUMN\b|\w))"), O::DropColumn},
        {re(R"(^(?:MODIFY|CHANGE)\b)"), O::ModifyColumn},
        {re(R"(^RENAME\s+COLUMN\b)"), O::RenameColumn},
        {re(R"(^RENAME\s+(?:INDEX|KEY)\b)"), O::RenameIndex},
        {re(R"(^RENAME\b)"), O::RenameTable},
        {re(R"(^ALTER\s+(?:COLUMN\s+)?\w+\s+(?:SET|DROP)\s+DEFAULT\b)"), O::SetDefault},
        {re(R"(^CONVERT\s+TO\s+(?:CHARACTER\s+SET|CHARSET)\b)"), O::ConvertCharset},
        {re(R"(^ENGINE\s*=?\s*InnoDB\b)"), O::RebuildTable},
        {re(R"(^ENGINE\b)"), O::ChangeEngine},
        {re(R"(^(?:FORCE|ROW_FORMAT|KEY_BLOCK_SIZE)\b)"), O::RebuildTable},
    };
    static const QRegularExpression algorithm = re(R"(^ALGORITHM\s*=?\s*(\w+))");
    static const QRegularExpression lock = re(R"(^LOCK\s*=?\s*(\w+))");
    static const QRegularExpression autoIncrement = re(R"(\bAUTO_INCREMENT\b)");
    static const QRegularExpression stored = re(R"(\b(?:STORED|PERSISTENT)\b)");
    static const QRegularExpression positioned = re(R"(\b(?:FIRST|AFTER)\b)");

    ParsedAlter parsed;
    const auto take = [&](qsizetype from, qsizetype to) {
        while (from < to && clauses.at(from).isSpace())
            ++from;
        const QString text = clauses.mid(from, to - from).simplified();
        if (const auto m = algorithm.match(text); m.hasMatch()) {
            parsed.algorithm = m.captured(1).toUpper();
            parsed.algorithmOffset = from;
            return;
        }
        if (const auto m = lock.match(text); m.hasMatch()) {
            parsed.lock = m.captured(1).toUpper();
            parsed.lockOffset = from;
            return;
        }
        for (const auto &[pattern, operation] : patterns) {
            if (!pattern.match(text).hasMatch())
                continue;
            if (!operation)
                return;
            O op = *operation;
            if (op == O::AddColumn)
                op = autoIncrement.match(text).hasMatch() ? O::AddAutoIncrementColumn
                     : stored.match(text).hasMatch()      ? O::AddStoredColumn
                     : positioned.match(text).hasMatch()  ? O::AddColumnPositioned
                                                          : O::AddColumn;
            if (op == O::AddForeignKey && foreignKeyChecksOff)
                op = O::AddForeignKeyUnchecked;
            parsed.clauses << AlterClause{op, from, text};
            return;
        }
    };
    // Top-level commas separate the clauses; a column's definition keeps its parentheses.
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        const QChar c = clauses.at(i);
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            depth = std::max(0, depth - 1);
        } else if (c == u',' && depth == 0) {
            take(start, i);
            start = i + 1;
        }
    }
    take(start, clauses.size());
    // DROP PRIMARY KEY with ADD PRIMARY KEY in one statement replaces the key in place.
    const auto has = [&](O op) {
        return std::any_of(parsed.clauses.cbegin(), parsed.clauses.cend(), [op](const AlterClause &c) { return c.operation == op; });
    };
    if (has(O::AddPrimaryKey) && has(O::DropPrimaryKey)) {
        for (AlterClause &c : parsed.clauses) {
            if (c.operation == O::AddPrimaryKey || c.operation == O::DropPrimaryKey)
                c.operation = O::ReplacePrimaryKey;
        }
    }
    return parsed;
}

bool allows(const QString &algorithm, const QString &lock, AlterCost cost)
{
    const bool algorithmOk = algorithm == u"INSTANT"   ? cost.algorithm == A::Instant
                             : algorithm == u"NOCOPY"  ? cost.algorithm <= A::NoRebuild
                             : algorithm == u"INPLACE" ? cost.algorithm <= A::Rebuild
                                                       : true;
    const bool lockOk = lock != u"NONE" || (!cost.blocksWrites && cost.algorithm != A::Copy);
    return algorithmOk && lockOk;
}

std::optional<ServerVersion> ServerVersion::parse(const QString &text)
{
    static const QRegularExpression named(uR"(^\s*(mysql|mariadb)[\s-]*(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    // SELECT VERSION(): "8.0.35", "8.0.35-0ubuntu0.22.04.1", "10.11.6-MariaDB-0+deb12u1",
    // and through old replication clients "5.5.5-10.11.6-MariaDB".
    static const QRegularExpression reported(uR"(^(?:5\.5\.5-)?(\d+)\.(\d+)\.(\d+)(.*)$)"_s);
    ServerVersion v;
    if (const auto m = named.match(text); m.hasMatch()) {
        v.flavor = m.captured(1).compare(u"mariadb"_s, Qt::CaseInsensitive) == 0 ? Flavor::MariaDB : Flavor::MySQL;
        v.major = m.captured(2).toInt();
        v.minor = m.captured(3).toInt();
        v.patch = m.captured(4).toInt();
        return v;
    }
    if (const auto m = reported.match(text.trimmed()); m.hasMatch()) {
        v.major = m.captured(1).toInt();
        v.minor = m.captured(2).toInt();
        v.patch = m.captured(3).toInt();
        v.flavor = m.captured(4).contains(u"mariadb"_s, Qt::CaseInsensitive) || v.major >= 10 ? Flavor::MariaDB
                                                                                                : Flavor::MySQL;
        return v;
    }
    return std::nullopt;
}

QString ServerVersion::toString() const
{
    return u"%1 %2.%3.%4"_s.arg(flavor == Flavor::MariaDB ? u"MariaDB"_s : u"MySQL"_s).arg(major).arg(minor).arg(patch);
}

bool ServerVersion::atLeast(int maj, int min, int pat) const
{
    return key(major, minor, patch) >= key(maj, min, pat);
}

AlterCost alterCost(AlterOperation operation, const ServerVersion &server)
{
    const QList<Step> steps = stepsOf(operation, server.flavor);
    AlterCost cost{steps.first().algorithm, steps.first().blocksWrites};
    for (const Step &s : steps) {
        if (server.atLeast(s.major, s.minor, s.patch))
            cost = {s.algorithm, s.blocksWrites};
    }
    return cost;
}

QString instantSince(AlterOperation operation, ServerVersion::Flavor flavor)
{
    for (const Step &s : stepsOf(operation, flavor)) {
        if (s.algorithm == A::Instant)
            return u"%1.%2.%3"_s.arg(s.major).arg(s.minor).arg(s.patch);
    }
    return {};
}

AlterCost worstAlterCost(AlterOperation operation)
{
    AlterCost worst{A::Instant, false};
    for (const auto flavor : {ServerVersion::Flavor::MySQL, ServerVersion::Flavor::MariaDB}) {
        const Step first = stepsOf(operation, flavor).first();
        worst.algorithm = std::max(worst.algorithm, first.algorithm);
        worst.blocksWrites = worst.blocksWrites || first.blocksWrites;
    }
    return worst;
}

QString algorithmName(AlterAlgorithm algorithm)
{
    switch (algorithm) {
    case A::Instant:
        return u"INSTANT"_s;
    case A::NoRebuild:
    case A::Rebuild:
        return u"INPLACE"_s;
    case A::Copy:
        return u"COPY"_s;
    }
    return {};
}

} // namespace godwit
