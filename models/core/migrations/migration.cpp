#include "migration.h"

#include <QCoreApplication>

namespace godwit {

namespace {
struct FormatInfo
{
    Format format;
    const char16_t *id;
    const char *description;
};

constexpr FormatInfo formats[] = {
    {Format::GolangMigrate, u"golang-migrate", QT_TRANSLATE_NOOP("Format", "golang-migrate naming (NNN_name.up.sql / NNN_name.down.sql)")},
    {Format::Flyway, u"flyway", QT_TRANSLATE_NOOP("Format", "Flyway naming (V1__desc.sql, U1__desc.sql, R__desc.sql)")},
    {Format::Dbmate, u"dbmate", QT_TRANSLATE_NOOP("Format", "dbmate files (-- migrate:up / -- migrate:down)")},
    {Format::Goose, u"goose", QT_TRANSLATE_NOOP("Format", "goose SQL annotations (-- +goose Up / Down)")},
    {Format::Paired, u"paired", QT_TRANSLATE_NOOP("Format", "paired files (NNN_desc.sql + NNN_desc_down.sql)")},
    {Format::Sections, u"sections", QT_TRANSLATE_NOOP("Format", "single files with -- UP / -- DOWN sections")},
    {Format::Diesel, u"diesel", QT_TRANSLATE_NOOP("Format", "diesel folders (TIMESTAMP_name/up.sql + down.sql)")},
    {Format::Custom, u"custom", QT_TRANSLATE_NOOP("Format", "the naming pattern in godwit.json")},
    {Format::Prisma, u"prisma", QT_TRANSLATE_NOOP("Format", "Prisma Migrate folders (NAME/migration.sql, migration_lock.toml)")},
    {Format::Sqitch, u"sqitch", QT_TRANSLATE_NOOP("Format", "a sqitch project (sqitch.plan with deploy/, revert/, verify/)")},
    {Format::Alembic, u"alembic", QT_TRANSLATE_NOOP("Format", "Alembic revisions (versions/*.py), applied with Alembic")},
};
} // namespace

QString migrationKindId(MigrationKind kind)
{
    switch (kind) {
    case MigrationKind::Versioned: return QStringLiteral("versioned");
    case MigrationKind::Repeatable: return QStringLiteral("repeatable");
    case MigrationKind::Code: return QStringLiteral("code");
    case MigrationKind::Baseline: return QStringLiteral("baseline");
    }
    return {};
}

QString formatId(Format format)
{
    for (const auto &info : formats) {
        if (info.format == format)
            return QString::fromUtf16(info.id);
    }
    return QStringLiteral("unknown");
}

Message formatDescription(Format format)
{
    for (const auto &info : formats) {
        if (info.format == format)
            return Message("Format", info.description);
    }
    return Message("Format", QT_TRANSLATE_NOOP("Format", "no known format"));
}

std::optional<Format> formatFromId(const QString &id)
{
    for (const auto &info : formats) {
        if (id == QString::fromUtf16(info.id))
            return info.format;
    }
    return std::nullopt;
}

QString problemKindId(FolderProblem::Kind kind)
{
    switch (kind) {
    case FolderProblem::Kind::DuplicateVersion: return QStringLiteral("duplicate-version");
    case FolderProblem::Kind::UnmatchedFile: return QStringLiteral("unmatched-file");
    case FolderProblem::Kind::ForeignFormat: return QStringLiteral("foreign-format");
    case FolderProblem::Kind::MissingDown: return QStringLiteral("missing-down");
    case FolderProblem::Kind::EmptyScript: return QStringLiteral("empty-script");
    case FolderProblem::Kind::Unreadable: return QStringLiteral("unreadable");
    case FolderProblem::Kind::NothingRecognised: return QStringLiteral("nothing-recognised");
    case FolderProblem::Kind::Plan: return QStringLiteral("plan");
    }
    return {};
}

} // namespace godwit
