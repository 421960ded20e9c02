// sqitch.plan parsing on arbitrary bytes: the plan regexes, the dependency checks and the
// rework bookkeeping must not crash, and every error must name a line.
#include "migrations/sqitchplan.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace godwit;
    const QByteArray plan(reinterpret_cast<const char *>(data), qsizetype(size));
    static const SqitchLayout layout = SqitchLayout::under(QStringLiteral("/nonexistent/sqitch"));
    const SqitchProject project = parseSqitchPlan(QStringLiteral("sqitch.plan"), plan, layout);
    for (const FolderProblem &problem : project.problems) {
        if (!problem.message.english().startsWith(QStringLiteral("sqitch.plan, line ")))
            abort();
    }
    return 0;
}
