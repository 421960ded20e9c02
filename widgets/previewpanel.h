#pragma once

#include <QDateTime>
#include <QTabWidget>

class QPlainTextEdit;
class QTableView;
class QTreeView;
class QLabel;

namespace godwit {

struct DryRunReport;
class SchemaDiffModel;
class StatementResultsModel;

/*! What produced a result on screen: the operation, the profile and its target, and when. */
struct PreviewOrigin
{
    QString operation; ///< "Dry run", "Dry run before Apply", for people
    QString profile;
    QString target; ///< ConnectionSpec::display()
    QDateTime at;
};

/*! The preview dock's content: the last dry run as a structural diff tree, the normalized
    DDL text diff (highlighted) and the table of statement results. */
class PreviewPanel : public QTabWidget
{
    Q_OBJECT

public:
    QTableView *statementsTable() const { return m_table; }
    explicit PreviewPanel(QWidget *parent = nullptr);

    /*! Shows report, headed with what produced it (origin). */
    void setReport(const DryRunReport &report, const PreviewOrigin &origin);
    /*! A run that could not start (a script that does not split, a lock not taken): why,
        headed with what was asked (origin), in place of a report. */
    void setFailure(const QString &error, const PreviewOrigin &origin);
    /*! Empties the panel; empty (the default: how to make a dry run) is what it says. */
    void clear(const QString &empty = {});
    /*! The result stays readable but is said to be out of date, and why (the profile, the
        target or a script changed since); the next report replaces it. */
    void markOutOfDate(const QString &why);
    bool hasReport() const { return m_hasReport; }
    bool isOutOfDate() const { return !m_outOfDate.isEmpty(); }
    const PreviewOrigin &origin() const { return m_origin; }
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
    void fitStatementColumns();
    void showFailingStatement();
    SchemaDiffModel *m_diffModel;
    StatementResultsModel *m_statementsModel;
    QTreeView *m_tree;
    QPlainTextEdit *m_text;
    QTableView *m_table;
    QLabel *m_summary;
    QString m_body; ///< the report's summary, rich text
    QString m_outOfDate;
    PreviewOrigin m_origin;
    bool m_hasReport = false;

    void showSummary();
    static QString originLine(const PreviewOrigin &origin);
};

} // namespace godwit
