#pragma once

#include <QString>

class QCoreApplication;

namespace godwit {

/*! What `godwit [DIR] [--profile NAME]` asks for. */
struct WindowCommandLine
{
    QString project; ///< empty: the demo project
    QString profile; ///< empty: the project's default
};

/*! Parses godwit's arguments; --help and --version print and end the process, as
    QCommandLineParser::process does. Here, not in main.cpp, so that its text is in the
    window's catalog. */
WindowCommandLine parseWindowCommandLine(const QCoreApplication &app);

} // namespace godwit
