#include "peerhistory.h"

#include "migrations/graphformats.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(PeerHistory)
};

struct ToolName
{
    PeerTool tool;
    const char *id;
    const char *table;
};

constexpr ToolName tools[] = {
    {PeerTool::Flyway, "flyway", "flyway_schema_history"},
    {PeerTool::GolangMigrate, "golang-migrate", "schema_migrations"},
    {PeerTool::Dbmate, "dbmate", "schema_migrations"},
    {PeerTool::Goose, "goose", "goose_db_version"},
    {PeerTool::Diesel, "diesel", "__diesel_schema_migrations"},
    {PeerTool::Prisma, "prisma", "_prisma_migrations"},
    {PeerTool::Sqitch, "sqitch", "changes"},
    {PeerTool::Custom, "custom", ""},
};

// A numeric value in its one spelling ("0002" and "2" alike), else the text as it is.
QString numericForm(const QString &value)
{
    const auto version = Version::parse(value);
    return version ? version->canonical() : value;
}

// The up file's name without ".sql" and a direction: what a runner that records stems keeps.
QString stemOf(const Migration &m)
{
    QString name = QFileInfo(m.file()).fileName();
    for (const QString &suffix : {QStringLiteral(".sql"), QStringLiteral(".up"), QStringLiteral("_up")}) {
        if (name.endsWith(suffix))
            name.chop(suffix.size());
    }
    return name;
}

// How a value of the tool's table names a migration, and the same for the folder's side.
QString folderForm(const PeerTableSpec &spec, const Migration &m)
{
    switch (spec.tool) {
    case PeerTool::Prisma: return m.key();
    case PeerTool::Diesel: return QString(m.version.text()).remove(u'-');
    case PeerTool::Custom:
        if (spec.value == PeerValue::Stem)
            return stemOf(m);
        if (spec.value == PeerValue::FileName)
            return QFileInfo(m.file()).fileName();
        break;
    default: break;
    }
    return m.version.isNamed() ? m.key() : m.version.canonical();
}

QString valueForm(const PeerTableSpec &spec, const QString &value)
{
    const bool numeric = spec.tool != PeerTool::Prisma && spec.tool != PeerTool::Diesel
                         && (spec.tool != PeerTool::Custom || spec.value == PeerValue::Version);
    return numeric ? numericForm(value) : value;
}

class Adoption
{
public:
    Adoption(const PeerHistory &peer, const MigrationSource &source)
        : m_peer(peer)
    {
        for (const Migration &m : source.migrations) {
            if (m.kind != MigrationKind::Repeatable && m.kind != MigrationKind::Baseline)
                m_byValue.insert(folderForm(peer.spec, m), &m);
        }
        m_source = &source;
    }

    QList<HistoryEntry> entries()
    {
        if (m_peer.spec.tool == PeerTool::GolangMigrate)
            return upToVersion();
        if (m_peer.spec.tool == PeerTool::Sqitch)
            return byInstance();
        QList<PeerRow> rows = m_peer.rows;
        std::stable_sort(rows.begin(), rows.end(), [](const PeerRow &a, const PeerRow &b) { return a.order < b.order; });
        QList<HistoryEntry> out;
        QHash<QString, qsizetype> slot; // the latest row per migration wins
        for (const PeerRow &row : std::as_const(rows)) {
            std::optional<HistoryEntry> e = entryOf(row);
            if (!e)
                continue;
            const QString key = historySlot(e->kind, e->key);
            const bool removes = row.undone || row.type == u"UNDO_SQL" || row.type == u"DELETE";
            if (const auto at = slot.find(key); at != slot.end()) {
                // Prisma: a row that finished stays applied whatever later attempts did.
                if (m_peer.spec.tool == PeerTool::Prisma && out.at(*at).status == HistoryEntry::Status::Applied)
                    continue;
                if (removes) {
                    out[*at].key.clear(); // dropped below
                    slot.erase(at);
                    continue;
                }
                out[*at] = std::move(*e);
            } else if (!removes) {
                slot.insert(key, out.size());
                out.append(std::move(*e));
            }
        }
        out.removeIf([](const HistoryEntry &e) { return e.key.isEmpty(); });
        return out;
    }

private:
    HistoryEntry base(const PeerRow &row) const
    {
        HistoryEntry e;
        e.origin = peerToolId(m_peer.spec.tool);
        e.checksum = row.checksum;
        e.appliedBy = row.by;
        e.appliedAt = row.at;
        e.script = row.script;
        if (!row.success) {
            e.status = HistoryEntry::Status::Failed;
            e.error = row.error.isEmpty() ? Text::msg("%1 recorded it as failed").arg(peerToolId(m_peer.spec.tool)).text()
                                          : row.error;
        }
        return e;
    }

    std::optional<HistoryEntry> entryOf(const PeerRow &row) const
    {
        HistoryEntry e = base(row);
        if (m_peer.spec.tool == PeerTool::Flyway && row.value.isEmpty()) { // a repeatable
            e.kind = MigrationKind::Repeatable;
            e.key = e.description = row.description;
            return e;
        }
        if (row.value.isEmpty())
            return std::nullopt;
        if (m_peer.spec.tool == PeerTool::Goose && numericForm(row.value) == u"0")
            return std::nullopt; // the row goose writes when it makes its table
        if (row.type == u"BASELINE" || row.type == u"SQL_BASELINE") {
            e.kind = MigrationKind::Baseline;
            e.key = e.version = numericForm(row.value);
            e.description = row.description;
            return e;
        }
        if (const Migration *m = m_byValue.value(valueForm(m_peer.spec, row.value))) {
            e.kind = m->kind;
            e.key = m->key();
            e.version = m->version.text();
            e.description = m->description;
        } else {
            e.key = valueForm(m_peer.spec, row.value);
            e.version = row.value;
            e.description = row.description;
        }
        return e;
    }

    // golang-migrate keeps one row: everything up to its version is applied; dirty means
    // the migration at that version failed or was interrupted.
    QList<HistoryEntry> upToVersion() const
    {
        QList<HistoryEntry> out;
        if (m_peer.rows.isEmpty())
            return out;
        const PeerRow &row = *std::max_element(m_peer.rows.cbegin(), m_peer.rows.cend(), [](const PeerRow &a, const PeerRow &b) {
            return Version::fromKey(numericForm(a.value)) < Version::fromKey(numericForm(b.value));
        });
        const Version current = Version::fromKey(numericForm(row.value));
        bool found = false;
        for (const Migration &m : m_source->migrations) {
            if (m.kind == MigrationKind::Repeatable || m.kind == MigrationKind::Baseline || current < m.version)
                continue;
            HistoryEntry e = base(m.version == current ? row : PeerRow{});
            e.kind = m.kind;
            e.key = m.key();
            e.version = m.version.text();
            e.description = m.description;
            if (m.version == current) {
                found = true;
                e.appliedAt = row.at;
            }
            out.append(std::move(e));
        }
        if (!found) {
            std::optional<HistoryEntry> e = entryOf(row);
            if (e)
                out.append(std::move(*e));
        }
        return out;
    }

    // sqitch's changes rows name a change; a reworked change is deployed once per instance,
    // in plan order: the n-th row of a name (in commit order) is its n-th instance.
    QList<HistoryEntry> byInstance() const
    {
        QHash<QString, QList<const Migration *>> instances;
        for (const Migration &m : m_source->migrations)
            instances[m.key().section(u'#', 0, 0)].append(&m); // name#2: its second instance
        QList<PeerRow> rows = m_peer.rows;
        std::stable_sort(rows.begin(), rows.end(), [](const PeerRow &a, const PeerRow &b) { return a.order < b.order; });
        QHash<QString, qsizetype> seen;
        QList<HistoryEntry> out;
        for (const PeerRow &row : std::as_const(rows)) {
            HistoryEntry e = base(row);
            const qsizetype n = seen[row.value]++;
            if (const QList<const Migration *> list = instances.value(row.value); n < list.size()) {
                e.kind = list.at(n)->kind;
                e.key = list.at(n)->key();
                e.version = list.at(n)->version.text();
                e.description = list.at(n)->description;
            } else {
                e.key = e.version = e.description = row.value;
            }
            out.append(std::move(e));
        }
        return out;
    }

    const PeerHistory &m_peer;
    const MigrationSource *m_source = nullptr;
    QHash<QString, const Migration *> m_byValue;
};

} // namespace

QString peerToolId(PeerTool tool)
{
    for (const ToolName &t : tools) {
        if (t.tool == tool)
            return QLatin1String(t.id);
    }
    return {};
}

QString peerValueId(PeerValue value)
{
    switch (value) {
    case PeerValue::Version: return QStringLiteral("version");
    case PeerValue::Stem: return QStringLiteral("stem");
    case PeerValue::FileName: return QStringLiteral("name");
    }
    return {};
}

std::optional<PeerTool> peerToolFromId(const QString &id)
{
    for (const ToolName &t : tools) {
        if (id == QLatin1String(t.id))
            return t.tool;
    }
    return std::nullopt;
}

QString peerToolTable(PeerTool tool)
{
    for (const ToolName &t : tools) {
        if (t.tool == tool)
            return QLatin1String(t.table);
    }
    return {};
}

QString peerTableTitle(const PeerTableSpec &spec)
{
    return spec.tool == PeerTool::Sqitch ? QStringLiteral("sqitch.") + spec.table : spec.table;
}

PeerTableSpec peerTableSpec(PeerTool tool)
{
    PeerTableSpec spec;
    spec.tool = tool;
    spec.table = peerToolTable(tool);
    return spec;
}

QList<HistoryEntry> adoptedHistory(const PeerHistory &peer, const MigrationSource &source)
{
    return Adoption(peer, source).entries();
}

bool peerKeeps(const PeerTableSpec &spec, const Migration &m)
{
    return m.kind == MigrationKind::Versioned || (m.kind == MigrationKind::Repeatable && spec.tool == PeerTool::Flyway);
}

QString peerValueOf(const PeerTableSpec &spec, const Migration &m)
{
    // Where the folder's form is a name, the tool writes that; a version as its file spells it.
    if (spec.tool == PeerTool::Prisma || spec.tool == PeerTool::Diesel
        || (spec.tool == PeerTool::Custom && spec.value != PeerValue::Version))
        return folderForm(spec, m);
    if (spec.tool == PeerTool::Flyway)
        return QString(m.version.text()).replace(u'_', u'.');
    return m.version.text();
}

namespace {

// Interop: Godwit's applied rows of versioned migrations stand only where the tool's table
// has the migration too. A table with no row at all (missing, just made, misnamed) says
// nothing was rolled back: it was never written, and Godwit's rows stand.
QList<HistoryEntry> confirmedByTool(const QList<HistoryEntry> &own, const QList<HistoryEntry> &adopted)
{
    if (adopted.isEmpty())
        return own;
    QSet<QString> theirs;
    for (const HistoryEntry &e : adopted)
        theirs.insert(historySlot(e.kind, e.key));
    QList<HistoryEntry> kept = own;
    kept.removeIf([&](const HistoryEntry &e) {
        return e.kind == MigrationKind::Versioned && e.status == HistoryEntry::Status::Applied && !theirs.contains(historySlot(e.kind, e.key));
    });
    return kept;
}

} // namespace

QList<HistoryEntry> withAdopted(const QList<HistoryEntry> &own, const QList<HistoryEntry> &adopted)
{
    QSet<QString> recorded;
    for (const HistoryEntry &e : own)
        recorded.insert(historySlot(e.kind, e.key));
    QList<HistoryEntry> merged = own;
    for (const HistoryEntry &e : adopted) {
        if (!recorded.contains(historySlot(e.kind, e.key)))
            merged.append(e);
    }
    return merged;
}

QList<HistoryEntry> historyOfFolder(const MigrationSource &source, const QList<HistoryEntry> &own,
                                    const QStringList &alembicHeads, const std::optional<PeerHistory> &adopted)
{
    if (source.format == Format::Alembic)
        return alembicHistory(source, alembicHeads);
    if (!adopted)
        return own;
    const QList<HistoryEntry> theirs = adoptedHistory(*adopted, source);
    return withAdopted(adopted->spec.interop ? confirmedByTool(own, theirs) : own, theirs);
}

PeerTableSpec proposedSpec(const PeerHistory &found, const MigrationSource &source)
{
    if (found.spec.tool != PeerTool::Dbmate || found.rows.isEmpty())
        return found.spec;
    // Count the values each reading finds in the folder; versions win ties.
    auto matches = [&](const PeerTableSpec &spec) {
        QSet<QString> forms;
        for (const Migration &m : source.migrations)
            forms.insert(folderForm(spec, m));
        return std::count_if(found.rows.cbegin(), found.rows.cend(),
                             [&](const PeerRow &r) { return forms.contains(valueForm(spec, r.value)); });
    };
    PeerTableSpec best = found.spec;
    qsizetype bestCount = matches(best);
    for (const PeerValue value : {PeerValue::Stem, PeerValue::FileName}) {
        PeerTableSpec custom;
        custom.tool = PeerTool::Custom;
        custom.table = found.spec.table;
        custom.column = QStringLiteral("version");
        custom.value = value;
        if (const qsizetype count = matches(custom); count > bestCount) {
            best = custom;
            bestCount = count;
        }
    }
    return best;
}

PeerTableFound summarize(const PeerHistory &peer)
{
    PeerTableFound found;
    found.spec = peer.spec;
    const MigrationSource none;
    for (const HistoryEntry &e : adoptedHistory(peer, none)) {
        if (e.status != HistoryEntry::Status::Applied) {
            ++found.failed;
            if (peer.spec.tool != PeerTool::GolangMigrate)
                continue;
        }
        ++found.applied;
        // sqitch's rows come in the order they were deployed; the others' by version.
        const bool later = peer.spec.tool == PeerTool::Sqitch || found.last.isEmpty()
                           || Version::fromKey(found.last) < Version::fromKey(e.key);
        if (e.kind != MigrationKind::Repeatable && later) {
            found.last = e.version.isEmpty() ? e.key : e.version;
            found.lastAt = e.appliedAt;
        }
    }
    return found;
}

PeerTablesSeen peerTablesSeen(const std::optional<PeerHistory> &adopted, const QList<PeerHistory> &found,
                              const MigrationSource &source)
{
    PeerTablesSeen seen;
    if (adopted)
        seen.adopted = summarize(*adopted);
    for (const PeerHistory &peer : found)
        seen.found.append(summarize(PeerHistory{proposedSpec(peer, source), peer.rows}));
    return seen;
}

Message describeFound(const PeerTableFound &found)
{
    const Message table = Text::msg("%1 (%2)").arg(peerTableTitle(found.spec), peerToolId(found.spec.tool));
    if (found.applied == 0 && found.failed == 0)
        return Text::msg("%1: no migration applied").arg(table);
    const QString on = found.lastAt.isValid() ? found.lastAt.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd") : QString();
    Message said;
    if (found.spec.tool == PeerTool::GolangMigrate) // one row: the version the database is at
        said = found.failed > 0 ? Text::msg("%1: at version %2, dirty (it failed or was interrupted)").arg(table, found.last)
                                : Text::msg("%1: at version %2").arg(table, found.last);
    else if (on.isEmpty())
        said = Text::msg("%1: %n applied, last %2", nullptr, found.applied).arg(table, found.last);
    else
        said = Text::msg("%1: %n applied, last %2 on %3", nullptr, found.applied).arg(table, found.last, on);
    if (found.failed > 0 && found.spec.tool != PeerTool::GolangMigrate)
        said = Text::msg("%1; %n failed", nullptr, found.failed).arg(said);
    return said;
}

} // namespace godwit
