#pragma once

#include "i18n/remedy.h"

#include <QList>
#include <QString>

namespace godwit {

/*! A remedy as the window says it: the menu item, setting or button that does it, or, where
    the window has none, that in words. Never a command-line flag. */
QString windowRemedyText(const SuggestedRemedy &remedy);

/*! text, then each remedy on a line of its own. */
QString withWindowRemedies(const QString &text, const QList<SuggestedRemedy> &remedies);

} // namespace godwit
