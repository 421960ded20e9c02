// An error as godwit-cli reports it: JSON with its code, or text with its remedies.
#include "remedytext.h"
#include "report.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace godwit::cli {

namespace {
// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

void Report::error(const Message &message, QTextStream &err, const QString &code, const QList<SuggestedRemedy> &remedies)
{
    if (m_json) {
        QJsonObject o{{QStringLiteral("error"), message.english()}};
        if (!code.isEmpty())
            o.insert(QStringLiteral("code"), code);
        QJsonArray ids;
        for (const SuggestedRemedy &r : remedies) {
            if (!r.isEmpty())
                ids.append(remedyId(r.remedy));
        }
        if (!ids.isEmpty())
            o.insert(QStringLiteral("remedies"), ids);
        write(o);
    }
    err << Text::tr("godwit-cli: %1").arg(withRemedies(message.text(), remedies)) << u'\n';
    err.flush();
}

} // namespace godwit::cli
