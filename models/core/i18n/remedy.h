#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace godwit {

/*! What a person can do about an error or a note, named once by the engine and said by
    each face in its own terms: the command line as a flag or a command, the window as a
    menu item, a setting or a button (cli::remedyText(), windowRemedyText()). The engine's
    messages name neither. Machine output carries remedyId(). */
enum class Remedy {
    None,
    AllowOutOfOrder,    ///< apply pending migrations older than the newest applied one anyway
    AllowModified,      ///< go on past applied scripts that changed since they ran
    DryRunCopyOrShadow, ///< choose a dry-run method that needs no transaction
    DryRunCopy,         ///< rehearse on the schema copy (production's default)
    VerifyDrift,        ///< compare the target with what its history implies
    RunChecklistItem,   ///< run the checklist item named by the argument
    StartDeployment,    ///< start a deployment on the production profile
    OverrideReason,     ///< pass the production gate on a reason, recorded in the audit log
};

/*! Stable ids: "allow-out-of-order", "allow-modified", "dry-run-copy-or-shadow",
    "dry-run-copy", "verify-drift", "run-checklist-item", "start-deployment",
    "override-reason"; empty for None. */
QString remedyId(Remedy remedy);

/*! A remedy and what it applies to (a checklist item's id); empty: none. */
struct SuggestedRemedy
{
    Remedy remedy = Remedy::None;
    QString argument;

    bool isEmpty() const { return remedy == Remedy::None; }
    bool operator==(const SuggestedRemedy &) const = default;
};

/*! text, then each remedy as a face says it (render) on a line of its own. */
QString withRemedyLines(const QString &text, const QList<SuggestedRemedy> &remedies,
                        const std::function<QString(const SuggestedRemedy &)> &render);

} // namespace godwit
