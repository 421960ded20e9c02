#pragma once

#include <QLoggingCategory>

namespace godwit {

/*! "godwit.engine": what the engine could not do and had no caller to tell (a rollback after
    a failure, releasing a lock, dropping a scratch database, an audit row), logged rather than
    lost. Warnings are on by default (QT_LOGGING_RULES="godwit.engine.warning=false" silences them). */
Q_DECLARE_LOGGING_CATEGORY(lcEngine)

} // namespace godwit
