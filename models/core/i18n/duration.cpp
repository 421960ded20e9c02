#include "duration.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(EvidenceText)
};

} // namespace

Message durationMessage(qint64 ms)
{
    if (ms < 1000)
        return Text::msg("%1 ms").arg(ms);
    if (ms < 60000)
        return Text::msg("%1 s").arg(QLocale::c().toString(double(ms) / 1000, 'f', 1));
    return Text::msg("%1 min %2 s").arg(ms / 60000).arg(ms % 60000 / 1000);
}

QString durationText(qint64 ms)
{
    return durationMessage(ms).text();
}

} // namespace godwit
