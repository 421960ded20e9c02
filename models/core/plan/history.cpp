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

QString historySlot(MigrationKind kind, const QString &key)
{
    switch (kind) {
    case MigrationKind::Repeatable: return u"R|" + key;
    case MigrationKind::Baseline: return u"B|" + key;
    case MigrationKind::Versioned:
    case MigrationKind::Code: break;
    }
    return u"V|" + key;
}

} // namespace godwit
