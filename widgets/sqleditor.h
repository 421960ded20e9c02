#pragma once

#include "lint/finding.h"
#include "sql/dialect.h"

#include "qsci.h"
#include "sqlhighlighting.h"

#include <QHash>


namespace godwit {

/*! A SQL editor on QScintilla: highlighting for the dialect, line numbers, folding, brace
    matching, completion of keywords and of the target's table and column names, and
    markers with an annotation and a tooltip for the statement that failed. Lines are
    1-based here, as in every Godwit location. */
class SqlEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    void setDialect(Dialect dialect);
    /*! Font and colours: the lexer's own on a light palette, a dark set on a dark one. */
    void setAppearance(const QFont &font, bool dark);
    /*! Which highlighting backend colours this editor: "KSyntaxHighlighting" or "QScintilla". */
    QString highlightingBackend() const { return m_highlighting->backend(); }
    /*! Names to complete besides the keywords: tables, and columns as table.column. */
    void setSchemaNames(const QStringList &names);

    /*! Marks the statement starting at line as failed, with message as its annotation. The
        marker belongs to that statement's text: it moves with its lines and goes when any of
        them is edited (or the text is replaced). */
    void markFailure(int line, const QString &message);
    void clearMarkers();
    QList<int> failureLines() const;
    QString markerMessage(int line) const;
    /*! Lint findings as margin markers (a triangle coloured by severity) with the finding,
        why and the safe recipe as the line's tooltip; replaces the previous ones. Suppressed
        findings are not marked. */
    void setFindings(const QList<Finding> &findings);
    QList<int> findingLines() const;
    QString findingsTip(int line) const { return m_findingTips.value(line); }

private:
    /*! A failure marker: Scintilla's handle follows its line as text is edited. */
    struct Failure
    {
        int handle = -1;
        int lines = 1; ///< the statement's
        QString message;
    };

    void showMarkerTip(int position, int x, int y);
    /*! Drops the failures whose statement's lines [first, last] (0-based) touch. */
    void textEdited(int position, int type, int linesAdded);
    void dropFailure(qsizetype index);
    int statementLines(int line) const;

    std::unique_ptr<SqlHighlighting> m_highlighting;
    QsciAPIs *m_apis = nullptr;
    Dialect m_dialect = Dialect::SQLite;
    QStringList m_schemaNames;
    QList<Failure> m_failures;
    int m_failureMarker = -1;
    int m_findingMarkers[3] = {-1, -1, -1}; ///< by Severity
    QHash<int, QString> m_findingTips;       ///< line → the findings on it
};

} // namespace godwit
