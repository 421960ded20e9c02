#pragma once

#include "i18n/remedy.h"

#include <QList>
#include <QString>

namespace godwit::cli {

/*! A remedy as the command line says it: the flag to add or the command to run. */
QString remedyText(const SuggestedRemedy &remedy);

/*! text, then each remedy on a line of its own. */
QString withRemedies(const QString &text, const QList<SuggestedRemedy> &remedies);

} // namespace godwit::cli
