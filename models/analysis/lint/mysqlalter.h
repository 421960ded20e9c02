#pragma once

// Which algorithm MySQL and MariaDB (InnoDB) use for an ALTER TABLE clause, by server
// version: instant (metadata only), in place without a rebuild, in place with a rebuild
// (writes continue), or a copy (writes blocked). The lint rules mysql-copy-alter,
// mysql-rebuild-alter and mysql-algorithm-unsupported read it.

#include <QList>
#include <QString>

#include <optional>

namespace godwit {

/*! A MySQL-family server: "8.0.35", "10.11.6-MariaDB-0+deb12u1", "mariadb 10.11". */
struct ServerVersion
{
    enum class Flavor { MySQL, MariaDB };
    Flavor flavor = Flavor::MySQL;
    int major = 0;
    int minor = 0;
    int patch = 0;

    /*! What SELECT VERSION() returns, or what godwit.json's lint.server and
        --server-version take ("mysql 8.0.29", "mariadb-10.4"); nullopt when it is neither. */
    static std::optional<ServerVersion> parse(const QString &text);
    QString toString() const; ///< "MySQL 8.0.29", "MariaDB 10.11.6"
    bool atLeast(int major, int minor = 0, int patch = 0) const;
};

/*! The cost of an ALTER TABLE, from cheapest to dearest. */
enum class AlterAlgorithm { Instant, NoRebuild, Rebuild, Copy };

/*! What an ALTER TABLE clause is, as far as InnoDB's algorithm choice goes. */
enum class AlterOperation {
    AddColumn,           ///< at the end
    AddColumnPositioned, ///< FIRST or AFTER
    AddAutoIncrementColumn,
    AddStoredColumn, ///< a STORED/PERSISTENT generated column
    DropColumn,
    RenameColumn,
    ModifyColumn, ///< MODIFY or CHANGE: a new definition, type included
    SetDefault,   ///< ALTER COLUMN … SET/DROP DEFAULT
    AddIndex,
    AddFulltextIndex,
    DropIndex,
    RenameIndex,
    AddPrimaryKey,
    DropPrimaryKey,
    ReplacePrimaryKey, ///< DROP PRIMARY KEY and ADD PRIMARY KEY together
    AddForeignKey,
    AddForeignKeyUnchecked, ///< with foreign_key_checks = 0
    DropForeignKey,
    ConvertCharset,
    RebuildTable, ///< FORCE, ENGINE=InnoDB, ROW_FORMAT, KEY_BLOCK_SIZE
    ChangeEngine,
    RenameTable,
};

struct AlterCost
{
    AlterAlgorithm algorithm = AlterAlgorithm::Copy;
    bool blocksWrites = false; ///< LOCK=NONE is refused
};

/*! The operation's cost on that server. */
AlterCost alterCost(AlterOperation operation, const ServerVersion &server);
/*! The first version of the server's flavor where the operation is instant ("8.0.29"), or
    an empty string when it never is. */
QString instantSince(AlterOperation operation, ServerVersion::Flavor flavor);
/*! The oldest servers Godwit reasons about when the version is not known: what the
    operation costs at worst. */
AlterCost worstAlterCost(AlterOperation operation);

QString algorithmName(AlterAlgorithm algorithm); ///< "INSTANT", "INPLACE", "COPY"

struct AlterClause
{
    AlterOperation operation;
    qsizetype offset = 0; ///< in the text given to parseAlter
    QString text;         ///< simplified: "DROP COLUMN note"
};

/*! The clauses of ALTER TABLE t …, as far as they are classified, with the ALGORITHM and
    LOCK asked for (upper case, empty when not given). */
struct ParsedAlter
{
    QList<AlterClause> clauses;
    QString algorithm;
    qsizetype algorithmOffset = -1;
    QString lock;
    qsizetype lockOffset = -1;
};

/*! clauses: what follows the table's name, with comments and literals blanked.
    foreignKeyChecksOff: the script set foreign_key_checks = 0 before it. */
ParsedAlter parseAlter(const QString &clauses, bool foreignKeyChecksOff);

/*! Whether the server takes ALGORITHM=algorithm, LOCK=lock for an operation of that cost
    (instead of refusing the statement). */
bool allows(const QString &algorithm, const QString &lock, AlterCost cost);

} // namespace godwit
