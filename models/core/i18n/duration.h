#pragma once

#include "message.h"

namespace godwit {

/*! A duration for people: "420 ms", "12.5 s", "4 min 10 s". */
Message durationMessage(qint64 ms);
/*! The same, in the language chosen. */
QString durationText(qint64 ms);

} // namespace godwit
