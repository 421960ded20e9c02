#pragma once

#include "i18n/message.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace godwit {

/*! 1-based, the column in characters. */
struct PythonPosition
{
    int line = 0;
    int column = 0;
};

/*! A literal Godwit reads without running Python: None, a string, or a tuple or list of
    strings. A string alone has one item and sequence false. */
struct PythonValue
{
    bool none = false;
    bool sequence = false;
    QStringList items;
    QList<PythonPosition> positions; ///< one per item
};

struct PythonAssignment
{
    PythonValue value;
    PythonPosition at; ///< where the assigned name is
};

/*! What a module says at its top level: some of its assignments (the last one of a name
    wins, as when Python runs the module) and its docstring. */
struct PythonModule
{
    QHash<QString, PythonAssignment> assignments;
    QString docstring;
};

struct PythonReadError
{
    PythonPosition at;
    Message why;
};

/*! Reads the module-level assignments of `names` (`name = value`, `name: annotation = value`)
    from Python source, skipping strings, comments and indented code, so that a name inside
    a docstring or a function is not taken for one. A value that is not such a literal is an
    error, as is a string left open. */
std::optional<PythonReadError> readPythonModule(const QByteArray &content, const QStringList &names, PythonModule &module);

} // namespace godwit
