// godwit.json validation on fuzzed bytes: the JSON reader, the position scanner and the schema
// check must not crash, and the scanner must read every document QJsonDocument accepts.
#include "migrations/projectschema.h"
#include "sql/jsontree.h"
#include "sql/sourcetext.h"

#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace godwit;
    const SourceText source(QStringLiteral("godwit.json"),
                            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    QString error;
    if (!source.jsonObject(&error))
        return 0;
    const std::optional<JsonNode> tree = scanJson(source.bytes(), source.bomLength());
    if (!tree || tree->type != QJsonValue::Object)
        std::abort(); // a document Qt reads that the scanner cannot place
    const QString problem = checkProjectFile(source, *tree);
    // Every refusal names where: file:line:column.
    if (!problem.isEmpty() && !problem.startsWith(u"godwit.json:"))
        std::abort();
    return 0;
}
