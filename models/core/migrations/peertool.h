#pragma once

#include <QString>

#include <optional>

namespace godwit {

/*! The tools whose history tables Godwit reads (../shared/PEER_HISTORY.md has each one's
    columns and what a row means). Sqitch is its registry (sqitch.changes and the tables beside
    it). Custom is a project's own runner table, described in
    godwit.json. */
enum class PeerTool { Flyway, GolangMigrate, Dbmate, Goose, Diesel, Prisma, Sqitch, Custom };

QString peerToolId(PeerTool tool); ///< "flyway", "golang-migrate", … as in godwit.json
std::optional<PeerTool> peerToolFromId(const QString &id);
QString peerToolTable(PeerTool tool); ///< the table the tool keeps; empty for Custom

/*! What a custom table's value names: the migration's version, its up file's stem
    ("001_initial_schema") or its up file's name ("001_initial_schema.sql"). */
enum class PeerValue { Version, Stem, FileName };
QString peerValueId(PeerValue value); ///< "version", "stem", "name", as in godwit.json

/*! Where another tool's history is and how to read it: godwit.json's "history": {"adopt":
    "flyway"} (with "table" when the tool was told another name) or, for a project's own
    runner, {"adopt": "custom", "table": …, "column": …, "value": "version" | "stem" |
    "name", "appliedAt": …}. */
struct PeerTableSpec
{
    PeerTool tool = PeerTool::Flyway;
    QString table;       ///< unqualified; the tool's own name unless a custom one
    QString column;      ///< custom: the column holding the value
    PeerValue value = PeerValue::Version;
    QString appliedAt;   ///< custom: optional column of when it was applied
    /*! "mode": "interop": Godwit also writes this table as the tool would, in the
        migration's transaction, and the table decides what is applied; "adopt" (false):
        the table is read as the past and never written. */
    bool interop = false;
    /*! sqitch: the plan's %project. A registry may hold several projects; only this one's
        rows are the folder's. Empty: every row is read. */
    QString project;
};
PeerTableSpec peerTableSpec(PeerTool tool);
/*! The table as people know it: "sqitch.changes" for sqitch's registry, else its name. */
QString peerTableTitle(const PeerTableSpec &spec);

} // namespace godwit
