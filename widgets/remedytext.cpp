#include "remedytext.h"

#include <QCoreApplication>

namespace godwit {

namespace {
// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Remedy)
};
} // namespace

QString windowRemedyText(const SuggestedRemedy &remedy)
{
    switch (remedy.remedy) {
    case Remedy::None: return {};
    case Remedy::AllowOutOfOrder:
        return Text::tr("The window applies migrations in order only; applying older ones after newer ones is a "
                        "deliberate step it does not offer.");
    case Remedy::AllowModified:
        return Text::tr("Restore the changed scripts: the window does not run past applied scripts that changed.");
    case Remedy::DryRunCopyOrShadow:
        return Text::tr("Choose copy or shadow as the dry-run method (File › Settings…).");
    case Remedy::DryRunCopy:
        return Text::tr("Run it again later, or choose copy as the dry-run method (File › Settings…), the default "
                        "on production.");
    case Remedy::VerifyDrift:
        return Text::tr("The window has no drift check: compare the target with what its history implies before "
                        "trusting this rehearsal.");
    case Remedy::RunChecklistItem:
        return Text::tr("Run the checklist item %1 first (Deployment › Run checks).").arg(remedy.argument);
    case Remedy::StartDeployment:
        return Text::tr("Start one (Deployment › Start deployment…) and complete its required items.");
    case Remedy::OverrideReason:
        return Text::tr("Or override the gate with a reason, recorded in the audit log (Override… in the Checklist dock).");
    }
    return {};
}

QString withWindowRemedies(const QString &text, const QList<SuggestedRemedy> &remedies)
{
    return withRemedyLines(text, remedies, windowRemedyText);
}

} // namespace godwit
