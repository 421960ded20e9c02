#include "discovery.h"

#include "checksum.h"
#include "codefiles.h"
#include "filenames.h"
#include "graphformats.h"
#include "folderreader.h"
#include "sections.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Discovery)
};

using Role = FileName::Role;

/*! One file (or diesel folder) read as a piece of a migration. */
struct Candidate : FileName
{
    Version version;
    QString normalizedTag;
    QString key; ///< the canonical version, or "R:" and the description
    QString path;      ///< the script file
    QString shownName; ///< as listed in problems: relative to the folder
    bool readable = true;
    QString unreadable; ///< why the file cannot be read
    bool named = true; ///< false until the file name has been classified
    bool unmatched = false;
    std::optional<SectionStyle> style;
    std::optional<Script> script;           ///< the whole file, for one-direction files
    std::optional<ScriptSections> sections; ///< for files holding both directions
};

// Classifies a candidate's name (unless a custom pattern did), reads its file, tells numbered
// files apart by their annotations, and makes its scripts (checksums included). Runs on
// worker threads: touches nothing but c.
void prepare(Candidate &c, const FolderReader &reader, bool orderByName)
{
    if (!c.named) {
        std::optional<FileName> named = parseFileName(c.shownName);
        if (!named) {
            c.unmatched = true;
            return;
        }
        static_cast<FileName &>(c) = std::move(*named);
    }
    if (!c.versionText.isEmpty()) {
        // Runners that order by the whole name record it; Prisma's folders are such names.
        std::optional<Version> version;
        if (orderByName || c.format == Format::Prisma)
            version = Version::named(c.stem);
        else if (version = Version::parse(c.versionText); !version && c.format == Format::Custom)
            version = Version::named(c.versionText); // a custom pattern's version may be any text
        if (!version) { // "2024--01" is no version
            c.unmatched = true;
            return;
        }
        c.version = *version;
    }
    c.normalizedTag = normalizedDialectTag(c.tag);
    if (c.role == Role::Repeatable)
        c.key = u"R:" + c.description;
    else
        c.key = (c.baseline ? QStringLiteral("B:") : QString()) + c.version.canonical();
    QByteArray bytes;
    if (!reader.read(c.shownName, bytes, &c.unreadable)) {
        c.readable = false;
        return;
    }
    if (c.role == Role::Both && (c.format == Format::Paired || c.format == Format::Custom)) {
        c.style = detectSectionStyle(bytes);
        if (!c.style) {
            c.role = Role::Up;
        } else if (c.format == Format::Paired) {
            switch (*c.style) {
            case SectionStyle::Dbmate: c.format = Format::Dbmate; break;
            case SectionStyle::Goose: c.format = Format::Goose; break;
            case SectionStyle::UpDownComments: c.format = Format::Sections; break;
            }
        }
    }
    if (c.role == Role::Both)
        c.sections = parseSections(*c.style, c.path, bytes);
    else
        c.script = wholeFileScript(c.path, bytes);
    if (c.script) {
        c.script->noTransaction = c.script->noTransaction || c.noTransaction;
        if (c.format == Format::Prisma) {
            c.script->peerChecksum = prismaChecksum(bytes);
            QByteArray turned = bytes;
            if (turned.contains("\r\n"))
                turned.replace("\r\n", "\n");
            else
                turned.replace("\n", "\r\n");
            c.script->peerChecksumOtherEndings = prismaChecksum(turned);
        } else if (c.format == Format::Flyway)
            c.script->peerChecksum = flywayChecksum(bytes);
    }
}

template<typename F>
void forEachInParallel(qsizetype count, F &&f)
{
    const qsizetype threads = std::min<qsizetype>(std::max(1u, std::thread::hardware_concurrency()), 8);
    constexpr qsizetype minimumPerThread = 256;
    if (threads < 2 || count < 2 * minimumPerThread) {
        for (qsizetype i = 0; i < count; ++i)
            f(i);
        return;
    }
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        constexpr qsizetype chunk = 64;
        for (qsizetype from = next.fetch_add(chunk); from < count; from = next.fetch_add(chunk)) {
            for (qsizetype i = from; i < std::min(from + chunk, count); ++i)
                f(i);
        }
    };
    std::vector<std::thread> pool;
    for (qsizetype t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
}

Message joinNames(const QStringList &names)
{
    constexpr qsizetype shown = 5;
    const QString text = names.mid(0, shown).join(QStringLiteral(", "));
    if (names.size() > shown)
        return Message::join({text, Text::msg(" and %1 more").arg(names.size() - shown)}, QString());
    return text;
}

struct Slot
{
    QVarLengthArray<Candidate *, 1> ups;
    QVarLengthArray<Candidate *, 1> downs;
};

// Prisma Migrate: NAME/migration.sql, run in the order of the folders' names, which Prisma
// records as the migration's name.
Candidate prismaCandidate(const QString &name, const QString &path)
{
    static const QRegularExpression stamped(QStringLiteral("^(\\d+)_(.+)$"));
    const auto m = stamped.match(name);
    Candidate c;
    c.format = Format::Prisma;
    c.role = Role::Up;
    c.versionText = name;
    c.stem = name;
    c.description = describeFileName(m.hasMatch() ? m.captured(2) : name);
    c.path = path + u"/migration.sql";
    c.shownName = name + u"/migration.sql";
    return c;
}

// migration_lock.toml's provider = "postgresql": the dialect Prisma writes the folder for.
std::optional<Dialect> prismaProvider(const FolderReader &reader)
{
    QByteArray bytes;
    if (!reader.read(QStringLiteral("migration_lock.toml"), bytes, nullptr))
        return std::nullopt;
    static const QRegularExpression provider(QStringLiteral("^\\s*provider\\s*=\\s*\"([^\"]*)\""),
                                             QRegularExpression::MultilineOption);
    const auto m = provider.match(QString::fromUtf8(bytes));
    return m.hasMatch() ? dialectFromName(m.captured(1)) : std::nullopt;
}

// The folder's entries that may be migration files, each a candidate to read: .sql files
// (directories and dangling links of that name included, so that reading says why not) and
// the up.sql / down.sql of diesel folders. Folders and files of other names are ignored.
QList<Candidate> listCandidates(const FolderReader &reader, const QDir &dir, const std::optional<QRegularExpression> &custom,
                                MigrationSource &source, QStringList &ignored, QList<CodeFile> &code)
{
    static const QRegularExpression dieselDir(QStringLiteral("^(\\d[\\d-]*\\d|\\d)_(.+)$"));
    QList<Candidate> candidates;
    const QList<FolderReader::Entry> entries = reader.entries();
    candidates.reserve(entries.size());
    for (const FolderReader::Entry &entry : entries) {
        const QString &name = entry.name;
        const QString path = dir.filePath(name);
        if (name == u"godwit.json" || name == u"migration_lock.toml" || name.startsWith(u'.'))
            continue;
        const bool sqlName = name.endsWith(u".sql", Qt::CaseInsensitive);
        // A .sql name that is a directory is a file that cannot be read, not a diesel folder.
        if (entry.isDir && !sqlName && reader.exists(name + u"/migration.sql")) {
            candidates.append(prismaCandidate(name, path));
            continue;
        }
        if (entry.isDir && !sqlName) {
            const auto m = dieselDir.match(name);
            const bool hasUp = reader.exists(name + u"/up.sql");
            if (m.hasMatch() && (hasUp || reader.exists(name + u"/down.sql"))) {
                for (const auto &[file, role] : {std::pair{u"up.sql", Role::Up}, std::pair{u"down.sql", Role::Down}}) {
                    Candidate c;
                    c.format = Format::Diesel;
                    c.role = role;
                    c.versionText = m.captured(1);
                    c.description = describeFileName(m.captured(2));
                    c.path = path + u'/' + QString::fromUtf16(file);
                    c.shownName = name + u'/' + QString::fromUtf16(file);
                    // Exists as anything, a dangling link included: reading it says why not.
                    if (reader.exists(c.shownName))
                        candidates.append(std::move(c));
                }
            } else {
                ignored.append(name + u'/');
            }
            continue;
        }
        if (!entry.brokenLink.isEmpty() && !sqlName && dieselDir.match(name).hasMatch()) {
            source.problems.append({FolderProblem::Severity::Error, FolderProblem::Kind::Unreadable,
                                    Text::msg("%1 cannot be read: %2").arg(name, entry.brokenLink), {path}});
            continue;
        }
        if (!sqlName) {
            if (auto file = codeFileOf(name, path))
                code.append(std::move(*file));
            else
                ignored.append(name);
            continue;
        }
        // A custom pattern is matched here, on this thread; the built-in names are
        // classified with the rest of the per-file work.
        Candidate c;
        if (custom) {
            if (auto named = parseFileName(*custom, name))
                static_cast<FileName &>(c) = std::move(*named);
        }
        c.named = c.format != Format::Unknown;
        c.path = path;
        c.shownName = name;
        candidates.append(std::move(c));
    }
    return candidates;
}

// A folder of SQL in which not one migration was recognised cannot run: it must never read
// as "up to date". Its .sql files, and those one folder down (Prisma's NAME/migration.sql),
// are named.
void reportNothingRecognised(const QDir &dir, const QStringList &unmatched, const QStringList &ignored,
                             MigrationSource &source)
{
    if (!source.migrations.isEmpty())
        return;
    QStringList sql = unmatched;
    for (const QString &name : ignored) {
        if (!name.endsWith(u'/'))
            continue;
        for (const QString &file : QDir(dir.filePath(name)).entryList({QStringLiteral("*.sql")}, QDir::Files))
            sql.append(name + file);
    }
    if (sql.isEmpty())
        return;
    QStringList files;
    for (const QString &name : std::as_const(sql))
        files.append(dir.filePath(name));
    source.problems.append({FolderProblem::Severity::Error, FolderProblem::Kind::NothingRecognised,
                            Text::msg("no migration recognised: %n .sql file(s) match no naming Godwit reads (%1); "
                                      "set \"format\" or \"naming\" in godwit.json",
                                      nullptr, int(sql.size()))
                                .arg(joinNames(sql)),
                            files});
}

} // namespace

QString normalizedDialectTag(const QString &tag)
{
    const auto dialect = dialectFromName(tag);
    if (!dialect) // "all" fits every engine; "cockroach" none that Godwit runs
        return tag.compare(u"all", Qt::CaseInsensitive) == 0 ? QString() : tag.toLower();
    switch (*dialect) {
    case Dialect::SQLite: return QStringLiteral("sqlite");
    case Dialect::PostgreSQL: return QStringLiteral("postgres");
    case Dialect::MySQL: return QStringLiteral("mysql");
    }
    return {};
}

bool MigrationSource::hasErrors() const
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const FolderProblem &p) { return p.severity == FolderProblem::Severity::Error; });
}

const Migration *MigrationSource::find(const QString &key) const
{
    for (const Migration &m : migrations) {
        if (m.key() == key)
            return &m;
    }
    return nullptr;
}

namespace {

// The format most readable candidates match, unless the project names one.
Format folderFormat(const QList<Candidate> &candidates, Format named)
{
    if (named != Format::Unknown)
        return named;
    QMap<Format, int> counts;
    for (const Candidate &c : candidates) {
        if (c.readable)
            ++counts[c.format];
    }
    Format format = Format::Unknown;
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            format = it.key();
        }
    }
    return format;
}

// The candidates of the folder's format by version key, in the folder's order; the others
// are reported as foreign.
struct Slots
{
    QHash<QString, Slot> byKey;
    QStringList keysInOrder;
    QStringList foreign;
    int matched = 0;
};

Slots slotCandidates(QList<Candidate> &candidates, Format format, MigrationSource &source)
{
    // Files without annotations fit the section formats as up-only scripts.
    const bool sectionFormat = format == Format::Dbmate || format == Format::Goose || format == Format::Sections;
    Slots result;
    result.byKey.reserve(candidates.size());
    for (Candidate &c : candidates) {
        if (!c.readable)
            continue;
        const bool fits = c.format == format || (sectionFormat && c.format == Format::Paired && c.role == Role::Up);
        if (!fits) {
            result.foreign.append(c.shownName);
            source.problems.append({FolderProblem::Severity::Warning, FolderProblem::Kind::ForeignFormat,
                                    Text::msg("%1 follows %2, not the folder's %3; it is ignored")
                                        .arg(c.shownName, formatId(c.format), formatId(format)),
                                    {c.path}});
            continue;
        }
        ++result.matched;
        auto it = result.byKey.find(c.key);
        if (it == result.byKey.end()) {
            it = result.byKey.insert(c.key, Slot{});
            result.keysInOrder.append(c.key);
        }
        (c.role == Role::Down ? it->downs : it->ups).append(&c);
    }
    return result;
}

// Two files of one version and one dialect tag are an error.
void reportDuplicates(const Slot &slot, MigrationSource &source)
{
    for (const auto *list : {&slot.ups, &slot.downs}) {
        if (list->size() < 2)
            continue;
        QHash<QString, QStringList> byTag;
        QHash<QString, QSet<QString>> stems;
        for (const Candidate *c : *list) {
            byTag[c->normalizedTag].append(c->shownName);
            stems[c->normalizedTag].insert(c->stem);
        }
        for (auto it = byTag.cbegin(); it != byTag.cend(); ++it) {
            const QStringList &files = it.value();
            if (files.size() < 2)
                continue;
            Message message = Text::msg("%1 files claim version %2: %3")
                                  .arg(files.size())
                                  .arg(list->first()->versionText, files.join(QStringLiteral(", ")));
            // Files of one number and different names are two migrations to a runner that
            // orders by the whole name: the other reading, said.
            if (stems.value(it.key()).size() == files.size())
                message = Message::join({message, Text::msg("; if their runner orders migrations by the whole file name "
                                                            "(knex, node-pg-migrate, maragudk/migrate), set \"order\": "
                                                            "\"name\" in godwit.json")},
                                        QString());
            source.problems.append({FolderProblem::Severity::Error, FolderProblem::Kind::DuplicateVersion, message, files});
        }
    }
}

// One migration per version: the up and the down of the connected dialect's variant, or
// the untagged ("all") one.
void pickMigrations(const Slots &found, const std::optional<Dialect> &dialect, MigrationSource &source)
{
    const QString wanted = dialect ? normalizedDialectTag(dialectName(*dialect)) : QString();
    auto choose = [&](const QVarLengthArray<Candidate *, 1> &list) -> const Candidate * {
        const Candidate *untagged = nullptr;
        for (const Candidate *c : list) {
            if (!wanted.isEmpty() && c->normalizedTag == wanted)
                return c;
            if (c->normalizedTag.isEmpty() && !untagged)
                untagged = c;
        }
        return untagged ? untagged : (!dialect && !list.isEmpty() ? list.first() : nullptr);
    };
    source.migrations.reserve(found.keysInOrder.size());
    for (const QString &key : found.keysInOrder) {
        const Slot &slot = *found.byKey.constFind(key);
        reportDuplicates(slot, source);
        const Candidate *up = choose(slot.ups);
        const Candidate *down = choose(slot.downs);
        if (!up) {
            if (slot.ups.isEmpty()) {
                const Candidate *orphan = slot.downs.first();
                source.problems.append({FolderProblem::Severity::Warning, FolderProblem::Kind::UnmatchedFile,
                                        Text::msg("%1 is a down script without an up script").arg(orphan->shownName),
                                        {orphan->path}});
            }
            continue; // only variants for other dialects
        }
        Migration m;
        m.kind = up->role == Role::Repeatable ? MigrationKind::Repeatable
                 : up->baseline                ? MigrationKind::Baseline
                                               : MigrationKind::Versioned;
        if (m.kind != MigrationKind::Repeatable)
            m.version = up->version;
        m.description = up->description;
        m.dialectTag = up->normalizedTag;
        if (up->sections) {
            m.up = up->sections->up;
            m.down = up->sections->down;
            if (!m.up) {
                source.problems.append({FolderProblem::Severity::Error, FolderProblem::Kind::UnmatchedFile,
                                        Text::msg("%1 has no up section").arg(up->shownName), {up->path}});
                continue;
            }
        } else {
            m.up = up->script;
        }
        if (down)
            m.down = down->script;
        source.migrations.append(std::move(m));
    }
}

// Versioned and code migrations by version, then repeatables by description.
void sortMigrations(MigrationSource &source)
{
    std::stable_sort(source.migrations.begin(), source.migrations.end(), [](const Migration &a, const Migration &b) {
        const bool aRepeatable = a.kind == MigrationKind::Repeatable;
        if (aRepeatable != (b.kind == MigrationKind::Repeatable))
            return !aRepeatable;
        if (aRepeatable)
            return a.description < b.description;
        if (const int c = a.version.compare(b.version); c != 0)
            return c < 0;
        return a.kind != MigrationKind::Baseline && b.kind == MigrationKind::Baseline; // B2 after V2
    });
}

// Versioned migrations without a down, and empty scripts.
void reportScriptGaps(MigrationSource &source)
{
    for (const Migration &m : std::as_const(source.migrations)) {
        if (m.lacksDown()) {
            source.problems.append({FolderProblem::Severity::Warning, FolderProblem::Kind::MissingDown,
                                    Text::msg("%1 %2 has no down script").arg(m.version.text(), m.description),
                                    {m.up->path}});
        }
        for (const auto *script : {&m.up, &m.down}) {
            if (*script && (*script)->empty) {
                source.problems.append({FolderProblem::Severity::Warning, FolderProblem::Kind::EmptyScript,
                                        Text::msg("%1 %2: the %3 script is empty (a no-op)")
                                            .arg(m.displayVersion(), m.description,
                                                 script == &m.up ? QStringLiteral("up") : QStringLiteral("down")),
                                        {(*script)->path}});
            }
        }
    }
}

// What was detected and why, for status and the window.
Message explanation(const DiscoveryOptions &options, const MigrationSource &source, const Slots &found,
                    const QStringList &unmatched, const QStringList &ignored)
{
    const Format format = source.format;
    QList<Message> why;
    if (options.format != Format::Unknown)
        why.append(Text::msg("format %1 set in godwit.json; %n file(s) matched it", nullptr, found.matched).arg(formatId(format)));
    else if (format == Format::Unknown)
        why.append(Text::msg("no migration files yet"));
    else
        why.append(Text::msg("%n file(s) matched %1", nullptr, found.matched).arg(formatDescription(format)));
    const auto code = std::count_if(source.migrations.cbegin(), source.migrations.cend(),
                                    [](const Migration &m) { return m.kind == MigrationKind::Code; });
    if (code > 0)
        why.append(Text::msg("%n code migration(s), run by the application", nullptr, int(code)));
    if (options.orderByName)
        why.append(Text::msg("ordered by file name (\"order\": \"name\" in godwit.json)"));
    if (!found.foreign.isEmpty())
        why.append(Text::msg("%n file(s) matched another format: %1", nullptr, int(found.foreign.size())).arg(joinNames(found.foreign)));
    if (!unmatched.isEmpty())
        why.append(Text::msg("%n file(s) matched nothing: %1", nullptr, int(unmatched.size())).arg(joinNames(unmatched)));
    if (!ignored.isEmpty())
        why.append(Text::msg("ignored: %1").arg(joinNames(ignored)));
    return Message::join(why, QStringLiteral("; "));
}

// The folder's own trouble (missing, unreadable): source.explanation and a problem.
MigrationSource folderTrouble(const QString &folder, const Message &why)
{
    MigrationSource source;
    source.folder = folder;
    source.explanation = why;
    source.problems.append({FolderProblem::Severity::Error, FolderProblem::Kind::Unreadable, why, {folder}});
    return source;
}

} // namespace

MigrationSource discoverMigrations(const QString &folder, const DiscoveryOptions &options)
{
    const QDir dir(folder);
    if (!dir.exists())
        return folderTrouble(folder, Text::msg("the migrations folder %1 does not exist").arg(folder));
    const FolderReader reader(folder);
    if (!reader.isOpen())
        return folderTrouble(folder, Text::msg("the migrations folder %1 cannot be read: %2").arg(folder, reader.openError()));
    if (std::optional<MigrationSource> graph = discoverGraphFormat(folder, options))
        return *std::move(graph);
    MigrationSource source;
    source.folder = folder;
    std::optional<QRegularExpression> custom;
    if (!options.namingPattern.isEmpty())
        custom.emplace(options.namingPattern);
    QStringList ignored;
    QList<CodeFile> code;
    QList<Candidate> candidates = listCandidates(reader, dir, custom, source, ignored, code);

    // Classifying, reading, telling formats apart by content and checksumming is per-file
    // work: spread it over the cores, then report in the folder's order.
    forEachInParallel(candidates.size(), [&](qsizetype i) { prepare(candidates[i], reader, options.orderByName); });
    QStringList unmatched;
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.unmatched)
            unmatched.append(c.shownName);
    }
    candidates.removeIf([](const Candidate &c) { return c.unmatched; });
    for (const Candidate &c : std::as_const(candidates)) {
        if (!c.readable) {
            source.problems.append({FolderProblem::Severity::Error, FolderProblem::Kind::Unreadable,
                                    Text::msg("%1 cannot be read: %2").arg(c.shownName, c.unreadable), {c.path}});
        }
    }

    source.format = folderFormat(candidates, options.format);
    const Slots found = slotCandidates(candidates, source.format, source);
    pickMigrations(found, options.dialect, source);
    placeCodeFiles(code, source, options.orderByName);
    sortMigrations(source);
    if (source.format == Format::Prisma) {
        source.dialect = prismaProvider(reader);
        for (Migration &m : source.migrations)
            m.downless = true; // Prisma writes no downs
    }
    reportScriptGaps(source);
    for (const QString &name : std::as_const(unmatched)) {
        source.problems.append({FolderProblem::Severity::Warning, FolderProblem::Kind::UnmatchedFile,
                                Text::msg("%1 matches no migration naming").arg(name), {dir.filePath(name)}});
    }
    reportNothingRecognised(dir, unmatched, ignored, source);
    source.explanation = explanation(options, source, found, unmatched, ignored);
    return source;
}
} // namespace godwit
