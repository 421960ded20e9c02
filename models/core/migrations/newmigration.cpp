#include "newmigration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NewMigration)
};

QString slug(const QString &name)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString s = name.toLower();
    s.replace(other, QStringLiteral("_"));
    while (s.startsWith(u'_'))
        s.remove(0, 1);
    while (s.endsWith(u'_'))
        s.chop(1);
    return s;
}

QString nextVersion(const MigrationSource &source, Format format, const QDateTime &now)
{
    const Migration *last = nullptr;
    for (const Migration &m : source.migrations) {
        if (m.kind != MigrationKind::Repeatable) // a code migration's or a baseline's version is taken too
            last = &m;
    }
    if (format == Format::Diesel)
        return now.toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    const bool timestamps = format == Format::Prisma || (last ? last->version.isTimestamp() : format == Format::Dbmate);
    if (timestamps)
        return now.toString(QStringLiteral("yyyyMMddHHmmss"));
    // The first group, plus one, padded like the last version.
    const QString text = last ? last->version.text() : QString();
    static const QRegularExpression firstGroup(QStringLiteral("^\\d+"));
    const QString digits = firstGroup.match(text).captured(0);
    const qulonglong next = digits.toULongLong() + 1;
    int width = last ? int(digits.size()) : (format == Format::Goose ? 5 : format == Format::GolangMigrate ? 6 : 3);
    if (format == Format::Flyway && (!last || digits.size() == QString::number(digits.toULongLong()).size()))
        width = 0;
    return QStringLiteral("%1").arg(next, width, 10, QLatin1Char('0'));
}

} // namespace

QList<Format> writableFormats()
{
    return {Format::GolangMigrate, Format::Flyway, Format::Dbmate, Format::Goose,
            Format::Paired,        Format::Sections, Format::Diesel, Format::Prisma};
}

NewMigrationPlan planMigration(const MigrationSource &source, const QString &name, Format fallback,
                               const QDateTime &nowUtc)
{
    NewMigrationPlan result;
    const QString s = slug(name);
    if (s.isEmpty()) {
        result.error = Text::tr("\"%1\" makes no file name: use letters and digits").arg(name);
        return result;
    }
    const Format format = source.format == Format::Unknown ? fallback : source.format;
    const QString v = nextVersion(source, format, nowUtc);
    result.version = v;
    const QDir dir(source.folder);
    QList<std::pair<QString, QByteArray>> files;
    switch (format) {
    case Format::GolangMigrate:
        files = {{v + u'_' + s + u".up.sql", "-- " + s.toUtf8() + " (up)\n"},
                 {v + u'_' + s + u".down.sql", "-- " + s.toUtf8() + " (down)\n"}};
        break;
    case Format::Flyway:
        files = {{u'V' + v + u"__" + s + u".sql", "-- " + s.toUtf8() + "\n"},
                 {u'U' + v + u"__" + s + u".sql", "-- undo " + s.toUtf8() + "\n"}};
        break;
    case Format::Dbmate:
        files = {{v + u'_' + s + u".sql", "-- migrate:up\n\n\n-- migrate:down\n\n"}};
        break;
    case Format::Goose:
        files = {{v + u'_' + s + u".sql", "-- +goose Up\n\n\n-- +goose Down\n\n"}};
        break;
    case Format::Paired:
        files = {{v + u'_' + s + u".sql", "-- " + s.toUtf8() + "\n"},
                 {v + u'_' + s + u"_down.sql", "-- undo " + s.toUtf8() + "\n"}};
        break;
    case Format::Sections:
        files = {{v + u'_' + s + u".sql", "-- UP\n\n\n-- DOWN\n\n"}};
        break;
    case Format::Diesel:
        files = {{v + u'_' + s + u"/up.sql", "-- " + s.toUtf8() + "\n"},
                 {v + u'_' + s + u"/down.sql", "-- undo " + s.toUtf8() + "\n"}};
        break;
    case Format::Prisma: // up only: Prisma writes no downs
        files = {{v + u'_' + s + u"/migration.sql", "-- " + s.toUtf8() + "\n"}};
        break;
    case Format::Sqitch:
        result.error = Text::tr("sqitch plans its changes itself: add one with \"sqitch add %1\"").arg(s);
        return result;
    case Format::Alembic:
        result.error = Text::tr("Alembic revisions are Python: add one with \"alembic revision -m %1\"").arg(s);
        return result;
    case Format::Custom:
    case Format::Unknown:
        result.error = Text::tr("cannot make file names from a custom naming pattern; create the files by hand");
        return result;
    }
    for (const auto &[file, content] : std::as_const(files)) {
        if (QFile::exists(dir.filePath(file))) {
            result.error = Text::tr("%1 exists already; nothing was created").arg(dir.filePath(file));
            return result;
        }
        result.files.append({dir.filePath(file), content});
    }
    return result;
}

NewMigration createMigration(const MigrationSource &source, const QString &name, Format fallback,
                             const QDateTime &nowUtc)
{
    NewMigration result;
    const NewMigrationPlan plan = planMigration(source, name, fallback, nowUtc);
    result.version = plan.version;
    result.error = plan.error;
    if (!plan.error.isEmpty())
        return result;
    for (const auto &[path, content] : plan.files) {
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        if (!out.open(QIODevice::NewOnly | QIODevice::WriteOnly) || out.write(content) != content.size()) {
            result.error = Text::tr("%1: %2").arg(path, out.errorString());
            return result;
        }
        result.files.append(path);
    }
    return result;
}

} // namespace godwit
