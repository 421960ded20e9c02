#include "status.h"

#include <QHash>

#include <algorithm>

namespace godwit {

QString stateId(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied: return QStringLiteral("applied");
    case MigrationState::Pending: return QStringLiteral("pending");
    case MigrationState::Modified: return QStringLiteral("modified");
    case MigrationState::Missing: return QStringLiteral("missing");
    case MigrationState::Failed: return QStringLiteral("failed");
    case MigrationState::OutOfOrder: return QStringLiteral("out-of-order");
    }
    return {};
}

QString StatusEntry::version() const
{
    if (migration)
        return migration->displayVersion();
    return history->kind == MigrationKind::Repeatable ? QStringLiteral("R") : history->version;
}

QString StatusEntry::description() const
{
    return migration ? migration->description : history->description;
}

QList<StatusEntry> computeStatus(const MigrationSource &source, const QList<HistoryEntry> &history)
{
    QHash<QString, const HistoryEntry *> byKey;
    std::optional<Version> newestApplied;
    for (const HistoryEntry &h : history) {
        byKey.insert((h.kind == MigrationKind::Repeatable ? u"R|" : u"V|") + h.key, &h);
        if (h.kind == MigrationKind::Versioned) {
            if (const auto v = Version::parse(h.key); v && (!newestApplied || *newestApplied < *v))
                newestApplied = v;
        }
    }

    QList<StatusEntry> entries;
    entries.reserve(source.migrations.size() + 8);
    for (const Migration &m : source.migrations) {
        StatusEntry e;
        e.migration = m;
        const QString key = (m.kind == MigrationKind::Repeatable ? u"R|" : u"V|") + m.key();
        const HistoryEntry *h = byKey.take(key);
        if (!h) {
            e.state = m.kind == MigrationKind::Versioned && newestApplied && m.version < *newestApplied
                          ? MigrationState::OutOfOrder
                          : MigrationState::Pending;
        } else {
            e.history = *h;
            if (h->status != HistoryEntry::Status::Applied)
                e.state = MigrationState::Failed;
            else if (h->checksum != m.checksum())
                e.state = m.kind == MigrationKind::Repeatable ? MigrationState::Pending : MigrationState::Modified;
            else
                e.state = MigrationState::Applied;
        }
        entries.append(std::move(e));
    }
    for (const HistoryEntry *h : std::as_const(byKey)) {
        StatusEntry e;
        e.state = MigrationState::Missing;
        e.history = *h;
        entries.append(std::move(e));
    }
    if (byKey.isEmpty())
        return entries; // the folder's order already is the right one

    // Missing migrations go where their version belongs.
    std::stable_sort(entries.begin(), entries.end(), [](const StatusEntry &a, const StatusEntry &b) {
        if (a.kind() != b.kind())
            return a.kind() == MigrationKind::Versioned;
        if (a.kind() == MigrationKind::Repeatable)
            return a.description() < b.description();
        const auto va = a.migration ? std::optional(a.migration->version) : Version::parse(a.history->key);
        const auto vb = b.migration ? std::optional(b.migration->version) : Version::parse(b.history->key);
        if (!va || !vb)
            return bool(va);
        return *va < *vb;
    });
    return entries;
}

QString currentVersion(const QList<StatusEntry> &status)
{
    QString current;
    for (const StatusEntry &e : status) {
        if (e.kind() == MigrationKind::Versioned && e.history && e.history->status == HistoryEntry::Status::Applied)
            current = e.version();
    }
    return current;
}

} // namespace godwit
