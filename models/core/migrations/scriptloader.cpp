#include "scriptloader.h"

#include "checksum.h"
#include "folderreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <QRegularExpression>

namespace godwit {

LoadedScript loadScript(const Script &script, Dialect dialect)
{
    LoadedScript loaded;
    QByteArray bytes;
    QString reason;
    if (!readMigrationFile(script.path, bytes, &reason)) {
        loaded.split.error = SqlError{{script.path, 0, 0},
                                      QCoreApplication::translate("ScriptLoader", "cannot read the file: %1").arg(reason),
                                      {}};
        return loaded;
    }
    return loadScript(script, dialect, SourceText(script.path, bytes));
}

LoadedScript loadScript(const Script &script, Dialect dialect, const SourceText &source)
{
    LoadedScript loaded;
    const qsizetype size = source.bytes().size();
    if (!script.parts.isEmpty()) {
        loaded.checksum = scriptChecksum(source.bytes(), std::min(script.parts.constFirst().begin, size),
                                         std::min(script.parts.constLast().end, size));
    }
    // The parts' offsets were found when the folder was read; an edit since then moves them.
    if (!script.checksum.isEmpty() && loaded.checksum != script.checksum) {
        loaded.split.error = SqlError{{script.path, script.firstLine, 1},
                                      QCoreApplication::translate("ScriptLoader",
                                                                  "the file changed after the folder was read; read it again"),
                                      {}};
        return loaded;
    }
    for (const ScriptPart &part : script.parts) {
        const qsizetype end = std::min(part.end, size);
        const qsizetype begin = std::min(part.begin, end);
        SplitResult piece = part.verbatim ? verbatimStatement(dialect, source, begin, end)
                                          : splitStatements(dialect, source, begin, end);
        if (!piece.ok()) {
            loaded.split = std::move(piece);
            return loaded;
        }
        loaded.split.statements.append(std::move(piece.statements));
    }
    // A script that asks to run without Godwit's transaction keeps its own.
    if (!script.noTransaction)
        unwrapOwnTransaction(loaded, false);
    return loaded;
}

bool unwrapOwnTransaction(LoadedScript &loaded, bool endsInRollback)
{
    using QRE = QRegularExpression;
    static const QRE begin(QStringLiteral("^\\s*(BEGIN(\\s+(TRANSACTION|WORK|DEFERRED|IMMEDIATE|EXCLUSIVE))?(\\s+TRANSACTION)?"
                                          "|START\\s+TRANSACTION)\\s*;?\\s*$"),
                           QRE::CaseInsensitiveOption);
    static const QRE commit(QStringLiteral("^\\s*(COMMIT|END)(\\s+(TRANSACTION|WORK))?\\s*;?\\s*$"), QRE::CaseInsensitiveOption);
    static const QRE rollback(QStringLiteral("^\\s*ROLLBACK(\\s+(TRANSACTION|WORK))?\\s*;?\\s*$"), QRE::CaseInsensitiveOption);
    QList<Statement> &statements = loaded.split.statements;
    if (loaded.selfWrapped || statements.size() < 2 || !begin.match(statements.constFirst().sql).hasMatch())
        return false;
    const QString &last = statements.constLast().sql;
    if (!commit.match(last).hasMatch() && !(endsInRollback && rollback.match(last).hasMatch()))
        return false;
    for (qsizetype i = 1; i + 1 < statements.size(); ++i) {
        if (isTransactionControl(statements.at(i).sql))
            return false;
    }
    statements.removeLast();
    statements.removeFirst();
    loaded.selfWrapped = true;
    return true;
}

bool isWholeFile(const Migration &migration, const Script &script)
{
    const auto shares = [&](const std::optional<Script> &other) {
        return other && &*other != &script && other->path == script.path;
    };
    return script.parts.size() == 1 && script.parts.constFirst().begin == 0 && !shares(migration.up)
           && !shares(migration.down) && !shares(migration.verify);
}

std::optional<int> scriptLine(const Script &script, const QByteArray &fileBytes, int fileLine)
{
    if (script.parts.isEmpty())
        return std::nullopt;
    const qsizetype begin = std::clamp<qsizetype>(script.parts.constFirst().begin, 0, fileBytes.size());
    const qsizetype end = std::clamp<qsizetype>(script.parts.constLast().end, begin, fileBytes.size());
    const int first = int(QByteArrayView(fileBytes).first(begin).count('\n')) + 1;
    if (end == begin) // an empty section holds no line, not the next section's first
        return std::nullopt;
    const QByteArrayView span = QByteArrayView(fileBytes).sliced(begin, end - begin);
    const int last = first + int(span.count('\n')) - (span.endsWith('\n') ? 1 : 0);
    if (fileLine < first || fileLine > last)
        return std::nullopt;
    return fileLine - first + 1;
}

QString scriptSource(const Script &script)
{
    QByteArray bytes;
    if (script.parts.isEmpty() || !readMigrationFile(script.path, bytes, nullptr))
        return {};
    // Parts are byte offsets into the file.
    const qsizetype begin = script.parts.constFirst().begin;
    return QString::fromUtf8(bytes.mid(begin, script.parts.constLast().end - begin));
}

} // namespace godwit
