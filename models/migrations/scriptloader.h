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

} // namespace godwit
