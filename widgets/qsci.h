#pragma once

// QScintilla's headers say "signals" and "slots", which QT_NO_KEYWORDS turns off for our
// own code: they are spelled out for these headers alone.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qsciapis.h>
#include <Qsci/qscilexercustom.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>
#undef signals
#undef slots
