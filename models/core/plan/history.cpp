#include "history.h"

namespace godwit {

QString historyStatusId(HistoryEntry::Status status)
{
    switch (status) {
    case HistoryEntry::Status::Applied: return QStringLiteral("applied");
    case HistoryEntry::Status::Started: return QStringLiteral("started");
    case HistoryEntry::Status::Failed: return QStringLiteral("failed");
    }
    return {};
}

} // namespace godwit
