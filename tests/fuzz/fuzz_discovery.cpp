// Format detection on a folder holding one fuzzed file: the first line of the input is the
// file name, the rest its content. Detection, section parsing and splitting must not crash.
#include "migrations/discovery.h"
#include "migrations/scriptloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace godwit;
    static QTemporaryDir dir;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    QString name = QString::fromUtf8(newline < 0 ? input : input.left(newline)).left(100);
    name.replace(u'/', u'_');
    name.remove(QChar(0));
    if (name.isEmpty() || name == u"." || name == u"..")
        return 0;
    QDir folder(dir.path());
    for (const QString &old : folder.entryList(QDir::Files))
        folder.remove(old);
    QFile file(folder.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(newline < 0 ? QByteArray() : input.mid(newline + 1));
    file.close();

    for (Dialect dialect : {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MySQL}) {
        const MigrationSource source = discoverMigrations(dir.path(), {Format::Unknown, {}, dialect});
        for (const Migration &m : source.migrations) {
            for (const auto *script : {&m.up, &m.down}) {
                if (*script)
                    loadScript(**script, dialect);
            }
        }
    }
    return 0;
}
