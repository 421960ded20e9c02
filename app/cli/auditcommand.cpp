#include "auditcommand.h"

#include "database/auditchain.h"
#include "database/historystore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace godwit::cli {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString verdictId(const AuditVerification &v)
{
    if (!v.error.isEmpty())
        return u"error"_s;
    if (v.tableMissing)
        return u"no-log"_s;
    return v.intact() ? u"intact"_s : u"tampered"_s;
}

void printText(const ConnectionSpec &target, const AuditVerification &v, QTextStream &out)
{
    if (v.tableMissing) {
        out << Text::tr("%1 has no audit log yet.").arg(target.display()) << u'\n';
        return;
    }
    if (v.unprotectedRows > 0 && v.protectedFromId > 0)
        out << Text::tr("%n row(s) from before the hash chain are not protected; the log is protected from row %1 on.",
                        nullptr, int(v.unprotectedRows))
                   .arg(v.protectedFromId)
            << u'\n';
    else if (v.protectedFromId == 0 && v.rows > 0)
        out << Text::tr("No row of the audit log is protected by the hash chain yet (%n row(s)).", nullptr, int(v.rows))
            << u'\n';
    if (!v.intact()) {
        out << (v.problem == u"missing-hash"
                    ? Text::tr("Audit log tampered with: row %1 (%2) has no hash in the protected part of the log.")
                    : Text::tr("Audit log tampered with: row %1 (%2) does not follow from the row before it: it was "
                               "changed, or a row before it was removed or inserted."))
                   .arg(v.badRowId)
                   .arg(v.badRowWhat)
            << u'\n';
        return;
    }
    out << Text::tr("Audit log intact: %n row(s) checked.", nullptr, int(v.rows)) << u'\n';
}

} // namespace

int verifyAudit(const GlobalOptions &options, QTextStream &out, QTextStream &err)
{
    ContextLoad load = resolveContext(options);
    if (!load.context) {
        err << Text::tr("godwit-cli: %1").arg(load.error) << u'\n';
        return load.exit;
    }
    const Context &context = *load.context;
    auto open = Connection::open(context.target, Connection::Mode::ReadOnly, context.connect);
    if (!open.connection) {
        err << Text::tr("godwit-cli: %1")
                   .arg(open.databaseMissing ? Text::tr("%1 does not exist").arg(context.target.display()) : open.error.text())
            << u'\n';
        return Exit::Failed;
    }
    GodwitHistoryStore store(*open.connection);
    const AuditVerification v = store.verifyAudit();
    if (options.json) {
        const QJsonObject json{{u"verdict"_s, verdictId(v)},
                               {u"rows"_s, v.rows},
                               {u"unprotectedRows"_s, v.unprotectedRows},
                               {u"protectedFromRow"_s, v.protectedFromId},
                               {u"badRow"_s, v.badRowId},
                               {u"problem"_s, v.problem},
                               {u"error"_s, v.error}};
        out << QString::fromUtf8(QJsonDocument(json).toJson());
    } else if (v.error.isEmpty()) {
        printText(context.target, v, out);
    }
    if (!v.error.isEmpty()) {
        err << Text::tr("godwit-cli: %1: cannot read the audit log: %2").arg(context.target.display(), v.error) << u'\n';
        return Exit::Failed;
    }
    return v.intact() ? Exit::Ok : Exit::Failed;
}

} // namespace godwit::cli
