#pragma once

// Internal to backups and the engine drivers that take them: files and client programs.

#include "target/connectoptions.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>

namespace godwit {

/*! A file in directory that is not there yet: base + extension, or base-2, -3… before it;
    none is overwritten. */
QString freeBackupName(const QString &directory, const QString &base, const QString &extension);
/*! The file, empty and readable by its owner only, before any tool writes to it; empty, or
    why not. */
QString createPrivateFile(const QString &path);
/*! The first of the programs names found on PATH; empty when none is. */
QString firstTool(const QStringList &names);
/*! What tool --version says. */
QString versionOf(const QString &tool);
/*! The system's environment, with options' password in passwordVariable when there is one. */
QProcessEnvironment toolEnvironment(const ConnectOptions &options, const QString &passwordVariable);
/*! Runs a tool to its end (or until cancelled), stdinFile on its standard input if given;
    empty on success, else its error output. */
QString runTool(const QString &tool, const QStringList &args, const QProcessEnvironment &env,
                const std::atomic_bool *cancel, const QString &stdinFile = {});

} // namespace godwit
