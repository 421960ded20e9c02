#include "remedytext.h"

#include <QCoreApplication>

namespace godwit::cli {

namespace {
// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

QString remedyText(const SuggestedRemedy &remedy)
{
    switch (remedy.remedy) {
    case Remedy::None: return {};
    case Remedy::AllowOutOfOrder: return Text::tr("run with --allow-out-of-order to apply them anyway");
    case Remedy::AllowModified:
        return Text::tr("restore them, or run with --allow-modified to go on anyway (recorded in the audit log)");
    case Remedy::DryRunCopyOrShadow: return Text::tr("use --method copy or --method shadow");
    case Remedy::DryRunCopy:
        return Text::tr("run it again later, or use the schema copy (--method copy, the default on production)");
    case Remedy::VerifyDrift: return Text::tr("see godwit-cli verify --drift");
    case Remedy::RunChecklistItem: return Text::tr("run it first: godwit-cli checklist run %1").arg(remedy.argument);
    case Remedy::StartDeployment:
        return Text::tr("start one with godwit-cli checklist start and complete its required items");
    case Remedy::OverrideReason: return Text::tr("or give --override REASON (recorded in the audit log)");
    }
    return {};
}

QString withRemedies(const QString &text, const QList<SuggestedRemedy> &remedies)
{
    return withRemedyLines(text, remedies, remedyText);
}

} // namespace godwit::cli
