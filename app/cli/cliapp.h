#pragma once

#include <QStringList>

#include <atomic>

namespace godwit::cli {

/*! Parses godwit-cli's arguments and runs the subcommand; returns the exit code. */
int run(const QStringList &arguments, const std::atomic_bool *cancel);

} // namespace godwit::cli
