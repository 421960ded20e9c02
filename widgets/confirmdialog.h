#pragma once

#include "lint/finding.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace godwit {

struct DryRunReport;
struct Plan;

/*! Before an apply or a roll back on a production profile: what the plan's dry run says it
    destroys and rewrites, the lint findings of its scripts, and the profile's name to type
    before the button unlocks. */
class ConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    /*! rule: what production asks of this action, said to the person above the plan. */
    ConfirmDialog(const QString &action, const QString &profile, const QString &rule, const Plan &plan,
                  const DryRunReport &dryRun, const QList<Finding> &findings = {}, QWidget *parent = nullptr);
    /*! The text above the name field: the rule, the steps, the dry run's verdict. */
    QString summaryText() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QLabel *m_summary;
    QLineEdit *m_name;
    QPushButton *m_confirm;
};

} // namespace godwit
