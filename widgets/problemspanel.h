#pragma once

#include "lint/finding.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace godwit {

class ProblemsModel;

/*! The Problems dock: every lint finding of the project's migrations, errors first;
    activating one opens its migration at the line. */
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    ProblemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void locationActivated(const QString &file, int line);

private:
    ProblemsModel *m_model;
    QLabel *m_summary;
    QTreeView *m_view;
};

} // namespace godwit
