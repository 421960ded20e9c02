#include "enginelog.h"

namespace godwit {

Q_LOGGING_CATEGORY(lcEngine, "godwit.engine")

} // namespace godwit
