#pragma once

#include "context.h"

#include "deployment/checks.h"
#include "deployment/deploymentsession.h"

#include <QTextStream>

#include <atomic>

namespace godwit::cli {

/*! Options of `checklist` and `backup` beyond the common ones. */
struct ChecklistOptions
{
    QString to;
    QString note;
    QString by;
    QString overrideReason;
    QString output;
    QString deployment; ///< a past record's id, for show and report
    bool force = false;
};

/*! `godwit-cli checklist SUBCOMMAND`: start, show, run, tick, ack, rollback-note, apply,
    report, list, close; and `godwit-cli backup`. */
class ChecklistCommand
{
public:
    ChecklistCommand(GlobalOptions options, ChecklistOptions checklist, QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments, const std::atomic_bool *cancel);
    int backup(const std::atomic_bool *cancel);

private:
    struct Loaded
    {
        Context context;
        ChecklistTemplate checklist;
        DeploymentContext deployment;
    };
    std::optional<Loaded> load(int &exit);
    /*! The past record --deployment names, else the session's deployment under way, bound
        to the plan as it is now (and saved when that changed something). */
    std::optional<Deployment> current(Loaded &loaded, int &exit);
    int start(Loaded &loaded);
    int list(const Loaded &loaded);
    /*! format: markdown (md) or html; to --output, else printed. */
    int report(const Deployment &deployment, const QString &format);
    /*! checklist run [ITEM…]: the automatic items (all, or those named) run and recorded. */
    int runItems(const Loaded &loaded, const QStringList &items, const std::atomic_bool *cancel);
    /*! checklist apply: the gate passed (--override recorded), the deployment's plan run. */
    int apply(const Loaded &loaded, const std::atomic_bool *cancel);
    /*! tick, ack, rollback-note and close: the record changed and saved, or nothing when one fails. */
    int edit(const QString &sub, const QStringList &args);
    void print(const Deployment &deployment);
    /*! The error as Report::error() gives it; code: the error's id, else exitId(exit). */
    int fail(const Message &message, int exit, const QString &code = {}, const QList<SuggestedRemedy> &remedies = {});

    DeploymentSession m_session;
    GlobalOptions m_options;
    ChecklistOptions m_checklist;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace godwit::cli
