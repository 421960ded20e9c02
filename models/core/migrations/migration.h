#pragma once

#include "version.h"

#include "i18n/message.h"
#include "sql/sourcetext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace godwit {

/*! The folder layouts Godwit reads and writes (README.md, "Migration folders"). */
enum class Format { Unknown, GolangMigrate, Flyway, Dbmate, Goose, Paired, Sections, Diesel, Custom, Prisma, Sqitch, Alembic };

QString formatId(Format format);          ///< "golang-migrate", as in godwit.json
Message formatDescription(Format format); ///< the naming, for explanations
std::optional<Format> formatFromId(const QString &id);

/*! A byte range of a script file. Verbatim parts (goose StatementBegin/End) are one
    statement; the others are split by the dialect's splitter. */
struct ScriptPart
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool verbatim = false;
};

/*! An up or down script: a whole file or a section of one. */
struct Script
{
    QString path;
    QList<ScriptPart> parts;
    int firstLine = 1;          ///< where the script starts in its file
    bool noTransaction = false; ///< godwit:no-transaction, dbmate transaction:false, goose NO TRANSACTION
    bool empty = false;         ///< nothing but whitespace and comments: a legal no-op
    QString checksum;
    QString peerChecksum; ///< what the folder's own tool records (Prisma: SHA-256, lowercase hex)
    /*! Prisma also accepts the checksum of the text with its line endings turned the other
        way (CRLF to LF, or LF to CRLF when it has no CRLF): a checkout's autocrlf. */
    QString peerChecksumOtherEndings;
};

/*! Versioned and repeatable migrations are SQL that Godwit runs. A code migration keeps its
    place in the sequence but is run by something else: the application (a goose or
    golang-migrate .go file, a knex or node-pg-migrate .js file) or Alembic (Python). A
    baseline (Flyway's B script) stands for every versioned migration up to its version: it
    runs only on a database with no history, in their place. */
enum class MigrationKind { Versioned, Repeatable, Code, Baseline };

/*! Stable ids: "versioned", "repeatable", "code", "baseline". */
QString migrationKindId(MigrationKind kind);

struct Migration
{
    MigrationKind kind = MigrationKind::Versioned;
    Version version;
    QString description;
    QString dialectTag; ///< "postgres", "mysql", "sqlite" or empty when untagged / "all"
    std::optional<Script> up;
    std::optional<Script> down;
    std::optional<Script> verify; ///< sqitch's verify script: run after the up, in its transaction
    QString codePath;             ///< a code migration's file
    QStringList hooks;            ///< code files that belong to this migration (7_postmigrate.go)
    QStringList parents;          ///< graph formats: the keys this one follows or requires
    QStringList conflicts;        ///< sqitch: keys that must not be deployed with it
    SourceLocation declaredAt;    ///< graph formats: where the plan names it (sqitch.plan's line)
    bool downless = false;        ///< its tool writes no downs (Prisma): a missing one is no finding

    /*! A versioned migration without a down its tool would have written. */
    bool lacksDown() const { return kind == MigrationKind::Versioned && up && !down && !downless; }

    /*! The history key: the canonical version, or the description for a repeatable. */
    QString key() const { return kind == MigrationKind::Repeatable ? description : version.canonical(); }
    QString checksum() const { return up ? up->checksum : QString(); }
    /*! The file that holds it: the up script, or a code migration's file. */
    QString file() const { return up ? up->path : codePath; }
    QString displayVersion() const
    {
        return kind == MigrationKind::Repeatable ? QStringLiteral("R") : version.text();
    }
};

/*! Something wrong with the folder itself; errors stop any run, warnings do not. */
struct FolderProblem
{
    enum class Severity { Warning, Error };
    enum class Kind {
        DuplicateVersion,
        UnmatchedFile,
        ForeignFormat,
        MissingDown,
        EmptyScript,
        Unreadable,
        NothingRecognised, ///< .sql files are there, and not one of them reads as a migration
        Plan,              ///< a plan file (sqitch.plan) or a revision graph (Alembic) is wrong
    };
    Severity severity = Severity::Warning;
    Kind kind = Kind::UnmatchedFile;
    Message message;
    QStringList files;
};

QString problemKindId(FolderProblem::Kind kind);

} // namespace godwit
