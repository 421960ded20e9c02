#pragma once

#include "migrations/migration.h"
#include "sql/dialect.h"

#include <QHash>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QTimer;

namespace godwit {

class FindBar;
class SqlEditor;

/*! One migration open for editing: its up and down scripts side by side, each in a
    SqlEditor, saved together. When a file changes on disk the editor reloads it if there
    are no unsaved edits, and otherwise asks (in a bar, not a dialog) whether to reload or
    keep. A script that is a section of a bigger file (dbmate, goose) opens read-only. */
class MigrationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MigrationEditor(const Migration &migration, Dialect dialect, QWidget *parent = nullptr);

    QString key() const { return m_migration.key(); }
    const Migration &migration() const { return m_migration; }
    SqlEditor *up() const { return m_up; }
    SqlEditor *down() const { return m_down; }
    bool isModified() const;
    /*! Writes both scripts; false (and the reason) when a file cannot be written. */
    bool save(QString *error);
    /*! The editor holding path, if it is one of this migration's files. */
    SqlEditor *editorFor(const QString &path) const;
    /*! The editor that shows line fileLine of path, and that line in its text: for a file
        that holds the up and the down (dbmate, goose), the section the line is in. */
    SqlEditor *locate(const QString &path, int fileLine, int *line) const;
    QString title() const;
    /*! Opens find and replace on the script that has the focus (Ctrl+F). */
    void find();
    /*! Opens the find bar on the focused script with the replacement field focused. */
    void replace();
    FindBar *findBar() const { return m_findBar; }
    QString upLabel() const;
    QString downLabel() const;
    /*! The migration as the folder was read again: a script without unsaved edits shows its
        file as it is now; one with edits that differ from the file says so in the bar. */
    void rebind(const Migration &migration);
    /*! The bar saying the files changed on disk (with Reload and Keep mine). */
    bool saysChangedOnDisk() const { return !m_changedBar->isHidden(); }
    /*! Counts the loads and saves: a result made on the text before one is not current. */
    int diskGeneration() const { return m_diskGeneration; }

Q_SIGNALS:
    void modificationChanged(bool modified);
    void saved();
    /*! A script was loaded again from its file: what was found on the old text is gone. */
    void reloaded();
    /*! The up script was edited and typing has paused: time to lint what it holds. */
    void upEditPaused();

private:
    void bindScripts(const Migration &migration);
    /*! Shows the editor's script as its file holds it now. */
    void load(SqlEditor *editor);
    /*! Shows text, just read from the editor's file, as what the editor holds unedited. */
    void showText(SqlEditor *editor, const QString &text);
    void fileChangedOnDisk(const QString &path);
    /*! The script's text as its file holds it now. */
    QString onDisk(SqlEditor *editor) const;
    void showChanged(const QString &what);

    Migration m_migration;
    SqlEditor *m_up;
    SqlEditor *m_down;
    QFileSystemWatcher *m_watcher;
    FindBar *m_findBar;
    QWidget *m_changedBar;
    QLabel *m_changedLabel;
    QLabel *m_upLabel;
    QLabel *m_downLabel;
    QHash<QString, bool> m_wholeFile; ///< as discovered: may the file be edited as a whole?
    QTimer *m_upEdits;
    /*! What the editor's file held when it was loaded, saved, or kept ("Keep mine"): the
        file moved on disk only when it differs from this. */
    QHash<SqlEditor *, QString> m_base;
    bool m_loading = false;
    int m_diskGeneration = 0;
    bool m_saving = false;
};

} // namespace godwit
