// Built once per dialect (GODWIT_FUZZ_DIALECT). Any bytes must split, or give an error
// with a location inside the input; never crash.
#include "sql/sqlsplitter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace godwit;
    const SourceText source(QStringLiteral("fuzz.sql"),
                            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const SplitResult result = splitStatements(GODWIT_FUZZ_DIALECT, source);
    if (result.ok()) {
        for (const Statement &s : result.statements) {
            if (s.offset < 0 || s.offset + s.length > qsizetype(size) || s.location.line < 1 || s.location.column < 1)
                std::abort();
        }
    } else if (result.error->location.line < 1 || !result.statements.isEmpty()) {
        std::abort();
    }
    return 0;
}
