// MainWindow: the Edit menu (on the editor that has the focus) and the Help menu (About,
// and the keyboard shortcuts read from the window's own actions).
#include "findbar.h"
#include "mainwindow.h"
#include "migrationeditor.h"
#include "sqleditor.h"

#include <Qsci/qsciglobal.h>

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The shortcut is shown in the menu and handled by the editor itself (Scintilla's keys, the
// editor's Find): the menu's copy never competes with it.
QAction *shownShortcut(QAction *action, QKeySequence::StandardKey keys)
{
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    return action;
}

} // namespace

SqlEditor *MainWindow::focusedScript() const
{
    MigrationEditor *editor = currentEditor();
    if (!editor)
        return nullptr;
    return editor->down()->hasFocus() ? editor->down() : editor->up();
}

void MainWindow::withScript(void (SqlEditor::*edit)())
{
    if (SqlEditor *script = focusedScript())
        (script->*edit)();
}

void MainWindow::createEditMenu(QMenu *before)
{
    auto *edit = new QMenu(tr("&Edit"), this);
    menuBar()->insertMenu(before->menuAction(), edit);
    QAction *undo = shownShortcut(edit->addAction(tr("&Undo"), this, [this] { withScript(&SqlEditor::undo); }), QKeySequence::Undo);
    QAction *redo = shownShortcut(edit->addAction(tr("&Redo"), this, [this] { withScript(&SqlEditor::redo); }), QKeySequence::Redo);
    edit->addSeparator();
    QAction *cut = shownShortcut(edit->addAction(tr("Cu&t"), this, [this] { withScript(&SqlEditor::cut); }), QKeySequence::Cut);
    QAction *copy = shownShortcut(edit->addAction(tr("&Copy"), this, [this] { withScript(&SqlEditor::copy); }), QKeySequence::Copy);
    QAction *paste = shownShortcut(edit->addAction(tr("&Paste"), this, [this] { withScript(&SqlEditor::paste); }), QKeySequence::Paste);
    edit->addSeparator();
    QAction *find = shownShortcut(edit->addAction(tr("&Find…"), this, [this] {
        if (MigrationEditor *editor = currentEditor())
            editor->find();
    }), QKeySequence::Find);
    QAction *replace = edit->addAction(tr("R&eplace…"), this, [this] {
        if (MigrationEditor *editor = currentEditor())
            editor->replace();
    });
    replace->setShortcuts(QKeySequence::Replace);
    replace->setShortcutContext(Qt::WindowShortcut);
    // Each is enabled for what the focused script can do when the menu opens.
    connect(edit, &QMenu::aboutToShow, this, [=, this] {
        SqlEditor *script = focusedScript();
        const bool writable = script && !script->isReadOnly();
        undo->setEnabled(writable && script->isUndoAvailable());
        redo->setEnabled(writable && script->isRedoAvailable());
        cut->setEnabled(writable && script->hasSelectedText());
        copy->setEnabled(script && script->hasSelectedText());
        paste->setEnabled(writable);
        find->setEnabled(script != nullptr);
        replace->setEnabled(writable);
    });
    // Replace's key works wherever the window has the focus, with an editor open.
    connect(edit, &QMenu::aboutToHide, this, [replace] { replace->setEnabled(true); });
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents); // F1: no editor takes it
    help->addSeparator();
    help->addAction(tr("&About Godwit"), this, [this] {
        QMessageBox::about(this, tr("About Godwit"),
                           tr("<h3>Godwit %1</h3><p>A workbench for database schema migrations: write them, review "
                              "them, rehearse them and deploy them with evidence.</p>"
                              "<p>Qt %2 · QScintilla %3<br>Qt SQL drivers: %4</p>")
                               .arg(QApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion()),
                                    QStringLiteral(QSCINTILLA_VERSION_STR),
                                    QSqlDatabase::drivers().join(u", "_s).toHtmlEscaped()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QList<QPair<QString, QString>> MainWindow::shortcuts() const
{
    QList<QPair<QString, QString>> rows;
    for (QAction *menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        const QString title = menu->text().remove(u'&');
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &k : action->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            rows << qMakePair(keys.join(u", "_s),
                              tr("%1 › %2").arg(title, action->text().remove(u'&').remove(u"…"_s)));
        }
    }
    // The editor's own keys, which no menu carries.
    rows << qMakePair(QKeySequence(Qt::Key_F3).toString(QKeySequence::NativeText), tr("Editor: find the next match"))
         << qMakePair(QKeySequence(Qt::SHIFT | Qt::Key_F3).toString(QKeySequence::NativeText), tr("Editor: find the previous match"))
         << qMakePair(QKeySequence(Qt::CTRL | Qt::Key_Space).toString(QKeySequence::NativeText),
                      tr("Editor: complete a table or column name"));
    return rows;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    const QList<QPair<QString, QString>> rows = shortcuts();
    auto *table = new QTableWidget(int(rows.size()), 2, &dialog);
    table->setObjectName(u"shortcuts"_s);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Does")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows.at(r).first));
        table->setItem(r, 1, new QTableWidgetItem(rows.at(r).second));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(620, 560);
    dialog.exec();
}

} // namespace godwit
