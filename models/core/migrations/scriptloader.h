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
};

/*! Reads the script's file again and splits each of its parts for the dialect. The file is
    read at run time, not kept from discovery, so the checksum is the one of what runs. */
LoadedScript loadScript(const Script &script, Dialect dialect);
/*! The same on the file's bytes already read (the linter reads them for comments too). */
LoadedScript loadScript(const Script &script, Dialect dialect, const SourceText &source);

/*! The script's text as the file holds it now (its section, for a file of several); empty
    when the file cannot be read. */
QString scriptSource(const Script &script);

} // namespace godwit
