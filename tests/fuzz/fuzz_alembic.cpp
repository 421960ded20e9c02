// The Alembic reader on fuzzed revision files: the input is split at each "\n#---\n" into
// up to eight files, so that references between files (parents, labels, cycles) get
// exercised as well as the Python tokenizer. Nothing may crash, every problem must name a
// file, and the order must hold what the header promises.
#include "migrations/alembic.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace godwit;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<std::pair<QString, QByteArray>> files;
    qsizetype from = 0;
    while (files.size() < 7) {
        const qsizetype separator = input.indexOf("\n#---\n", from);
        if (separator < 0)
            break;
        files.append({QStringLiteral("versions/%1.py").arg(files.size()), input.mid(from, separator - from)});
        from = separator + 6;
    }
    files.append({QStringLiteral("versions/%1.py").arg(files.size()), input.mid(from)});

    const AlembicGraph graph = parseAlembicRevisions(files);
    for (const FolderProblem &problem : graph.problems) {
        if (problem.files.isEmpty() || problem.message.english().isEmpty())
            std::abort();
    }
    // Each revision once; without errors, parents before children.
    QSet<QString> seen;
    for (const AlembicRevision &rev : graph.revisions) {
        if (seen.contains(rev.revision))
            std::abort();
        for (const QString &parent : rev.downRevisions + rev.dependencies) {
            if (graph.problems.isEmpty() && !seen.contains(parent))
                std::abort();
        }
        seen.insert(rev.revision);
    }
    return 0;
}
