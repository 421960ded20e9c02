#include "remedy.h"

using namespace Qt::StringLiterals;

namespace godwit {

QString remedyId(Remedy remedy)
{
    switch (remedy) {
    case Remedy::None: return {};
    case Remedy::AllowOutOfOrder: return u"allow-out-of-order"_s;
    case Remedy::AllowModified: return u"allow-modified"_s;
    case Remedy::DryRunCopyOrShadow: return u"dry-run-copy-or-shadow"_s;
    case Remedy::DryRunCopy: return u"dry-run-copy"_s;
    case Remedy::VerifyDrift: return u"verify-drift"_s;
    case Remedy::RunChecklistItem: return u"run-checklist-item"_s;
    case Remedy::StartDeployment: return u"start-deployment"_s;
    case Remedy::OverrideReason: return u"override-reason"_s;
    }
    return {};
}

QString withRemedyLines(const QString &text, const QList<SuggestedRemedy> &remedies,
                        const std::function<QString(const SuggestedRemedy &)> &render)
{
    QString result = text;
    for (const SuggestedRemedy &r : remedies) {
        if (!r.isEmpty())
            result += u'\n' + render(r);
    }
    return result;
}

} // namespace godwit
