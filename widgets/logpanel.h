#pragma once

#include <QPlainTextEdit>

namespace godwit {

/*! The log dock: every operation with its time, what it ran and how it ended. */
class LogPanel : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LogPanel(QWidget *parent = nullptr);
    void log(const QString &text);
};

} // namespace godwit
