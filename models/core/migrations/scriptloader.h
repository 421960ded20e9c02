#pragma once

#include "migration.h"

#include "sql/sqlsplitter.h"

namespace godwit {

/*! A script read from disk for running: its statements (or the error that stops it) and
    the checksum of exactly the text that was split. */
struct LoadedScript
{
    SplitResult split;
    QString checksum;
    /*! The script wraps itself in BEGIN … COMMIT: the pair was taken off, and the statements
        between run in Godwit's transaction with the history row. */
    bool selfWrapped = false;
};

/*! Reads the script's file again and splits each of its parts for the dialect. The file is
    read at run time, not kept from discovery, so the checksum is the one of what runs. */
LoadedScript loadScript(const Script &script, Dialect dialect);
/*! The same on the file's bytes already read (the linter reads them for comments too). */
LoadedScript loadScript(const Script &script, Dialect dialect, const SourceText &source);

/*! Takes off a BEGIN … COMMIT that wraps the whole script (the template many teams write),
    so that the statements between run in Godwit's transaction with the history row; with
    endsInRollback, a BEGIN … ROLLBACK too (sqitch's verify scripts). Not when anything else
    controls the transaction, nor when the BEGIN sets options a plain BEGIN would lose.
    loadScript() does this for COMMIT. */
bool unwrapOwnTransaction(LoadedScript &loaded, bool endsInRollback);

/*! The script's text as the file holds it now (its section, for a file of several); empty
    when the file cannot be read. */
QString scriptSource(const Script &script);

/*! script is its file, all of it (one part from the start, not shared with another script
    of migration): it can be edited as a whole, and its file's lines are its lines. A section
    of a file (dbmate, goose, -- UP/-- DOWN) is not; what the file holds now does not matter. */
bool isWholeFile(const Migration &migration, const Script &script);

/*! The line (1-based) of script's text (as scriptSource() gives it) that is line fileLine of
    its file, whose bytes are fileBytes; none when that line is not in the script (the other
    section of a file that holds up and down). */
std::optional<int> scriptLine(const Script &script, const QByteArray &fileBytes, int fileLine);

} // namespace godwit
