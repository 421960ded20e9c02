#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace godwit {

/*! The destructive review's open changes in one list: the reviewer ticks each change they
    accept (by name, nothing ticked to begin with) and may add a note; Acknowledge records
    the ticked ones together. */
class AcknowledgeDialog : public QDialog
{
    Q_OBJECT

public:
    AcknowledgeDialog(const QStringList &changes, QWidget *parent = nullptr);
    QStringList checkedChanges() const;
    QString note() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *noteEdit() const { return m_note; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateButton();

    QListWidget *m_list;
    QLineEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace godwit
