#pragma once

#include <QString>
#include <QStringList>

namespace godwit::ddltext {

/*! Splits at commas outside parentheses and quotes, trimming each part. */
QStringList splitTopLevel(const QString &text);
/*! "name", `name` or [name] without its quotes; anything else as it is. */
QString unquote(const QString &identifier);
/*! A regular-expression alternative matching one identifier, quoted or bare. */
const QString &identifierPattern();
/*! The index just past the parenthesis closing the one at open, or -1. */
qsizetype matchingParenthesis(const QString &text, qsizetype open);

} // namespace godwit::ddltext
