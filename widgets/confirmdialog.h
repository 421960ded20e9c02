#pragma once

#include "lint/finding.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace godwit {

struct DryRunReport;

/*! Before an apply or a roll back on a production profile: what the plan's dry run says it
    destroys and rewrites, the lint findings of its scripts, and the profile's name to type
    before the button unlocks. */
class ConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmDialog(const QString &action, const QString &profile, const DryRunReport &dryRun,
                  const QList<Finding> &findings = {}, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QLineEdit *m_name;
    QPushButton *m_confirm;
};

} // namespace godwit
