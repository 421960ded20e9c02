#include "logpanel.h"

#include "localtime.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>
#include <QScrollBar>

namespace godwit {

LogPanel::LogPanel(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setMaximumBlockCount(5000);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_scrolling && isVisible())
            m_follow = value >= verticalScrollBar()->maximum();
    });
}

void LogPanel::log(const QString &text)
{
    // The time as the person's locale writes it, to the second.
    const QString time = localTimeText(QTime::currentTime());
    m_scrolling = true;
    appendPlainText(time + QStringLiteral("  ") + text);
    m_scrolling = false;
    if (m_follow)
        toEnd();
}

void LogPanel::toEnd()
{
    m_scrolling = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_scrolling = false;
}

void LogPanel::showEvent(QShowEvent *event)
{
    QPlainTextEdit::showEvent(event);
    if (m_follow)
        toEnd();
}

void LogPanel::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    if (m_follow)
        toEnd();
}

} // namespace godwit
