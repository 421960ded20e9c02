#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace godwit {

class SqlEditor;

/*! Find and replace in a SQL editor: next (Enter, F3), previous (Shift+F3), replace,
    replace all, match case; Esc closes it. */
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    /*! Shows the bar for editor, with its selection as the text to find. */
    void open(SqlEditor *editor);
    bool findNext(bool forward = true);
    bool replaceCurrent();
    int replaceAll();

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }

private:
    SqlEditor *m_editor = nullptr;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QLabel *m_status;
};

} // namespace godwit
