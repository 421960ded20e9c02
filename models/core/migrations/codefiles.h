#pragma once

#include "discovery.h"

#include <QList>
#include <QString>

#include <optional>

namespace godwit {

/*! A migration written in the application's language that sits in the sequence of SQL ones:
    NNN_name.go (goose, golang-migrate hooks), NNN_name.js / .ts (knex, node-pg-migrate). */
struct CodeFile
{
    QString name; ///< as listed: relative to the folder
    QString path;
    QString versionText;
    QString stem; ///< the name without its extension
    QString description;
};

/*! Whether a folder entry's name is a code migration's (tests and type declarations are not). */
std::optional<CodeFile> codeFileOf(const QString &name, const QString &path);

/*! Puts code files in the sequence: beside the migration of their version as a hook
    (7_postmigrate.go beside 7_name.up.sql), or as a code migration of their own. Call before
    the migrations are sorted. */
void placeCodeFiles(const QList<CodeFile> &files, MigrationSource &source, bool orderByName);

} // namespace godwit
