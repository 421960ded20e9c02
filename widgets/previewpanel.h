#pragma once

#include <QTabWidget>

class QPlainTextEdit;
class QTableView;
class QTreeView;
class QLabel;

namespace godwit {

struct DryRunReport;
class SchemaDiffModel;
class StatementResultsModel;

/*! The preview dock's content: the last dry run as a structural diff tree, the normalized
    DDL text diff (highlighted) and the table of statement results. */
class PreviewPanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    void setReport(const DryRunReport &report);
    void clear();
    /*! After a theme change: the diff colours follow the palette. */
    void restyle();

    SchemaDiffModel *diffModel() const { return m_diffModel; }
    StatementResultsModel *statementsModel() const { return m_statementsModel; }
    QPlainTextEdit *textDiff() const { return m_text; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    /*! A statement row was activated: show its file at that line. */
    void locationActivated(const QString &file, int line);

private:
    SchemaDiffModel *m_diffModel;
    StatementResultsModel *m_statementsModel;
    QTreeView *m_tree;
    QPlainTextEdit *m_text;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace godwit
