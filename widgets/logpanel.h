#pragma once

#include <QPlainTextEdit>

namespace godwit {

/*! The log dock: every operation with its time, what it ran and how it ended. It follows
    the newest entry, also while it is behind another dock's tab, unless the person scrolled
    up to read an older one; scrolled back to the end, it follows again. */
class LogPanel : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LogPanel(QWidget *parent = nullptr);
    void log(const QString &text);
    bool follows() const { return m_follow; }

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void toEnd();

    bool m_follow = true;
    bool m_scrolling = false; ///< the panel moves itself: not the person scrolling up
};

} // namespace godwit
