#include "codefiles.h"

#include "filenames.h"

#include <QHash>
#include <QRegularExpression>

namespace godwit {

std::optional<CodeFile> codeFileOf(const QString &name, const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^((\\d+)_([^.]+))\\.(go|js|cjs|mjs|ts)$"));
    const auto m = pattern.match(name);
    if (!m.hasMatch() || name.endsWith(u"_test.go"))
        return std::nullopt;
    return CodeFile{name, path, m.captured(2), m.captured(1), describeFileName(m.captured(3))};
}

void placeCodeFiles(const QList<CodeFile> &files, MigrationSource &source, bool orderByName)
{
    QHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < source.migrations.size(); ++i) {
        if (source.migrations.at(i).kind != MigrationKind::Repeatable)
            byKey.insert(source.migrations.at(i).key(), i);
    }
    for (const CodeFile &file : files) {
        const std::optional<Version> version =
            orderByName ? std::optional(Version::named(file.stem)) : Version::parse(file.versionText);
        if (!version)
            continue;
        if (const auto it = byKey.constFind(version->canonical()); it != byKey.cend()) {
            source.migrations[*it].hooks.append(file.path);
            continue;
        }
        Migration m;
        m.kind = MigrationKind::Code;
        m.version = *version;
        m.description = file.description;
        m.codePath = file.path;
        byKey.insert(m.key(), source.migrations.size());
        source.migrations.append(std::move(m));
    }
}

} // namespace godwit
