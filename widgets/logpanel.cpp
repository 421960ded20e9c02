#include "logpanel.h"

#include <QDateTime>
#include <QFontDatabase>

namespace godwit {

LogPanel::LogPanel(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setMaximumBlockCount(5000);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void LogPanel::log(const QString &text)
{
    appendPlainText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss  ")) + text);
}

} // namespace godwit
