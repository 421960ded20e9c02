// The migration editors in the window's tabs: opening one, its lint findings, going to a
// line, marking the statement that failed, and saving (before a run, when a tab or the
// window closes).
#include "mainwindow.h"

#include "migrationeditor.h"
#include "previewpanel.h"
#include "problemspanel.h"
#include "sqleditor.h"

#include "i18n/message.h"
#include "items/migrationtreemodel.h"
#include "migrations/scriptloader.h"
#include "workbench/lintrun.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace godwit {

QList<MigrationEditor *> MainWindow::openEditors() const
{
    QList<MigrationEditor *> editors;
    for (int i = 0; i < m_editors->count(); ++i) {
        if (auto *editor = qobject_cast<MigrationEditor *>(m_editors->widget(i)))
            editors << editor;
    }
    return editors;
}

MigrationEditor *MainWindow::openMigration(const QString &key)
{
    for (MigrationEditor *editor : openEditors()) {
        if (editor->key() == key) {
            m_editors->setCurrentWidget(editor);
            return editor;
        }
    }
    if (const Migration *migration = migrationOf(key)) {
        auto *editor = new MigrationEditor(*migration, m_workspace->target.dialect, m_editors);
        for (SqlEditor *sql : {editor->up(), editor->down()}) {
            sql->setSchemaNames(m_schemaNames);
            sql->setAppearance(m_settings.editorFont, darkPalette());
        }
        showFindings(editor);
        const int index = m_editors->addTab(editor, editor->title());
        m_editors->setTabToolTip(index, migration->description);
        connect(editor, &MigrationEditor::modificationChanged, this, [this, editor] {
            m_editors->setTabText(m_editors->indexOf(editor), editor->title());
        });
        connect(editor, &MigrationEditor::saved, this, [this] {
            if (!m_savingForRun) // a run saves first, and refreshes when it ends
                refresh();
        });
        // Changed on disk: the folder is read again, and its lint with it.
        connect(editor, &MigrationEditor::reloaded, this, &MainWindow::refresh);
        connect(editor, &MigrationEditor::upEditPaused, this, [this, editor] { lintAsTyped(editor); });
        m_editors->setCurrentIndex(index);
        // A file changed since the folder was read: what discovery made of it may be old.
        for (const QString &file : {editor->migration().file(),
                                    editor->migration().down ? editor->migration().down->path : QString()}) {
            if (!file.isEmpty() && QFileInfo(file).lastModified() > m_folderReadAt) {
                refresh();
                break;
            }
        }
        return editor;
    }
    return nullptr;
}

QList<Finding> MainWindow::upFindings(const Migration &migration) const
{
    QList<Finding> up;
    for (const Finding &f : std::as_const(m_findings)) {
        if (migration.up && f.location.file == migration.up->path)
            up << f;
    }
    return up;
}

void MainWindow::showFindings(MigrationEditor *editor)
{
    const Migration &migration = editor->migration();
    QList<Finding> findings = upFindings(migration);
    // A section of a file (dbmate, goose): the file's lines, as lint names them, become the
    // lines of the section the editor shows. A whole file's lines are its text's already
    // (and the findings of typed text may lie past the end of the file on disk).
    if (migration.up && !isWholeFile(migration, *migration.up)) {
        QByteArray bytes;
        QFile file(migration.up->path);
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        QList<Finding> shown;
        for (Finding f : std::as_const(findings)) {
            if (const std::optional<int> line = scriptLine(*migration.up, bytes, f.location.line)) {
                f.location.line = *line;
                shown << f;
            }
        }
        findings = shown;
    }
    editor->up()->setFindings(findings);
}

void MainWindow::lintAsTyped(MigrationEditor *editor)
{
    // Only edits: a script as its file holds it has the whole folder's lint from the status read.
    if (!m_workspace || !m_lintConfig || !editor->migration().up || editor->up()->isReadOnly())
        return;
    const QString text = editor->up()->text();
    // An editor closed, typed into again, saved or reloaded meanwhile: the next pause, or
    // the read that the save started, has the findings of what it holds now.
    lintInBackground(editor->migration(), text, [editor = QPointer(editor), text, generation = editor->diskGeneration()] {
        return editor && editor->diskGeneration() == generation && editor->up()->text() == text;
    });
}

void MainWindow::lintInBackground(const Migration &migration, const QString &text, const std::function<bool()> &current)
{
    if (!m_workspace || !m_lintConfig || !migration.up)
        return;
    const QString file = migration.up->path;
    auto *watcher = new QFutureWatcher<QList<Finding>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, file, current] {
        watcher->deleteLater();
        if (!current())
            return;
        m_findings.removeIf([&file](const Finding &f) { return f.location.file == file; });
        m_findings << watcher->result();
        m_model->setFindings(m_findings);
        m_problems->setFindings(m_findings);
        for (MigrationEditor *editor : openEditors()) {
            if (editor->migration().up && editor->migration().up->path == file)
                showFindings(editor);
        }
    });
    // Off the GUI thread: PostgreSQL's parser on a long script takes its time.
    watcher->setFuture(QtConcurrent::run(
        [migration, text, dialect = m_workspace->target.dialect, config = *m_lintConfig] {
            return lintEdited(migration, text, dialect, config);
        }));
}

SqlEditor *MainWindow::openAt(const QString &file, int fileLine, int *line)
{
    // The migration whose script holds that line of the file: a file may hold an up and a
    // down, or several migrations.
    QByteArray bytes;
    QFile read(file);
    if (read.open(QIODevice::ReadOnly))
        bytes = read.readAll();
    // A file of its own is the script's whatever its lines (typed findings may lie past the
    // end on disk, a line 0 names the file); a shared file, the section that holds the line.
    for (const StatusEntry &e : std::as_const(m_status)) {
        if (!e.migration)
            continue;
        const auto holds = [&](const std::optional<Script> &s) {
            return s && s->path == file && (isWholeFile(*e.migration, *s) || scriptLine(*s, bytes, fileLine).has_value());
        };
        if (holds(e.migration->up) || holds(e.migration->down)) {
            MigrationEditor *editor = openMigration(e.key());
            return editor ? editor->locate(file, fileLine, line) : nullptr;
        }
    }
    return nullptr;
}

void MainWindow::goTo(const QString &file, int fileLine)
{
    int line = fileLine;
    if (SqlEditor *sql = openAt(file, fileLine, &line)) {
        sql->setCursorPosition(std::max(0, line - 1), 0);
        sql->setFocus();
    }
}

MigrationEditor *MainWindow::currentEditor() const
{
    return qobject_cast<MigrationEditor *>(m_editors->currentWidget());
}

void MainWindow::showFailure(const QString &file, int fileLine, const QString &message)
{
    int line = fileLine;
    if (SqlEditor *sql = openAt(file, fileLine, &line)) {
        // The editor shows which file it is: the message needs no folder.
        sql->markFailure(line, QString(message).remove(QFileInfo(file).absolutePath() + u'/'));
        sql->setCursorPosition(line - 1, 0);
    }
}

const Migration *MainWindow::migrationOf(const QString &key) const
{
    for (const StatusEntry &e : std::as_const(m_status)) {
        if (e.key() == key && e.migration)
            return &*e.migration;
    }
    return nullptr;
}

void MainWindow::rebindEditors()
{
    for (MigrationEditor *editor : openEditors()) {
        if (const Migration *migration = migrationOf(editor->key()))
            editor->rebind(*migration);
    }
}

void MainWindow::clearFailures()
{
    for (MigrationEditor *editor : openEditors()) {
        editor->up()->clearMarkers();
        editor->down()->clearMarkers();
    }
}

bool MainWindow::saveEditor(MigrationEditor *editor)
{
    QString error;
    if (editor->save(&error)) {
        m_preview->markOutOfDate(tr("%1 was saved since").arg(editor->title()));
        return true;
    }
    QMessageBox::warning(this, tr("Cannot save"), error);
    return false;
}

bool MainWindow::saveBeforeRunning(const QString &what)
{
    QStringList unsaved;
    for (MigrationEditor *editor : openEditors()) {
        if (editor->isModified())
            unsaved << editor->migration().displayVersion() + u' ' + editor->migration().description;
    }
    if (unsaved.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    pluralText(tr("Unsaved edits in %n migration(s): %1.", nullptr, int(unsaved.size())),
                               int(unsaved.size()))
                        .arg(unsaved.join(u", "_s)),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("%1 runs the files as they are on disk.").arg(what));
    QPushButton *save = box.addButton(tr("Save and Continue"), QMessageBox::AcceptRole);
    QPushButton *asOnDisk = box.addButton(tr("Continue Without Saving"), QMessageBox::DestructiveRole);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == asOnDisk)
        return true;
    if (box.clickedButton() != save)
        return false;
    m_savingForRun = true;
    const auto done = qScopeGuard([this] { m_savingForRun = false; });
    m_refreshWhenIdle = true; // the folder and its lint as saved, once the run is done
    for (MigrationEditor *editor : openEditors()) {
        if (editor->isModified() && !saveEditor(editor))
            return false;
    }
    return true;
}

bool MainWindow::askToSaveAll(const QString &question)
{
    for (MigrationEditor *editor : openEditors()) {
        if (!askToSave(editor, question))
            return false;
    }
    return true;
}

bool MainWindow::askToSave(MigrationEditor *editor, const QString &question)
{
    if (!editor->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"), question.arg(editor->title()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        QString error;
        if (!editor->save(&error)) {
            QMessageBox::warning(this, tr("Not saved"), error);
            return false;
        }
    }
    return true;
}

void MainWindow::closeEditor(int index)
{
    auto *editor = qobject_cast<MigrationEditor *>(m_editors->widget(index));
    if (editor && !askToSave(editor, tr("Save the changes to %1?")))
        return;
    // Edits dropped: so are the findings of what was typed. The folder's read brings the
    // file's back, with the checks across migrations that one script's lint lacks.
    const bool discarded = editor && editor->isModified();
    m_editors->removeTab(index);
    if (editor)
        editor->deleteLater();
    if (discarded)
        refresh();
}

} // namespace godwit
