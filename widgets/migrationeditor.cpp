#include "migrationeditor.h"

#include "migrations/scriptloader.h"

#include "findbar.h"
#include "sqleditor.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

QWidget *labelled(QLabel *label, QWidget *editor, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    label->setParent(box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(label);
    layout->addWidget(editor, 1);
    return box;
}

} // namespace

MigrationEditor::MigrationEditor(const Migration &migration, Dialect dialect, QWidget *parent)
    : QWidget(parent)
    , m_migration(migration)
    , m_up(new SqlEditor(this))
    , m_down(new SqlEditor(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_findBar(new FindBar(this))
    , m_changedBar(new QWidget(this))
    , m_changedLabel(new QLabel(m_changedBar))
    , m_upLabel(new QLabel(this))
    , m_downLabel(new QLabel(this))
    , m_upEdits(new QTimer(this))
{
    m_upEdits->setSingleShot(true);
    m_upEdits->setInterval(400);
    connect(m_upEdits, &QTimer::timeout, this, &MigrationEditor::upEditPaused);
    m_up->setDialect(dialect);
    m_down->setDialect(dialect);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout(m_changedBar);
    auto *reload = new QPushButton(tr("Reload"), m_changedBar);
    auto *keep = new QPushButton(tr("Keep mine"), m_changedBar);
    bar->addWidget(m_changedLabel, 1);
    bar->addWidget(reload);
    bar->addWidget(keep);
    m_changedBar->setStyleSheet(u"background: #fff4ce;"_s);
    m_changedBar->hide();
    layout->addWidget(m_changedBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(labelled(m_upLabel, m_up, splitter));
    splitter->addWidget(labelled(m_downLabel, m_down, splitter));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_findBar);
    new QShortcut(QKeySequence::Find, this, this, &MigrationEditor::find, Qt::WidgetWithChildrenShortcut);

    bindScripts(migration);
    load(m_up);
    load(m_down);
    connect(m_up, &QsciScintilla::textChanged, this, [this] {
        if (!m_loading && !m_up->isReadOnly())
            m_upEdits->start();
    });
    for (SqlEditor *editor : {m_up, m_down})
        connect(editor, &QsciScintilla::modificationChanged, this, [this] { Q_EMIT modificationChanged(isModified()); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MigrationEditor::fileChangedOnDisk);
    connect(reload, &QPushButton::clicked, this, [this] {
        load(m_up);
        load(m_down);
        m_changedBar->hide();
        Q_EMIT modificationChanged(false);
        Q_EMIT reloaded();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        // Asked once for what the files hold now: not again until they change once more.
        for (SqlEditor *editor : {m_up, m_down})
            m_base.insert(editor, onDisk(editor));
        m_changedBar->hide();
    });
}

void MigrationEditor::bindScripts(const Migration &migration)
{
    m_migration = migration;
    // The files as the folder names them now: a rename or a new down shows at once.
    m_upLabel->setText(migration.kind == MigrationKind::Code
                           ? tr("Code — %1: run by the application, shown read-only").arg(QFileInfo(migration.codePath).fileName())
                           : tr("Up — %1").arg(migration.up ? QFileInfo(migration.up->path).fileName() : tr("none")));
    m_downLabel->setText(tr("Down — %1").arg(migration.down ? QFileInfo(migration.down->path).fileName()
                                                            : tr("none (irreversible)")));
    m_wholeFile.clear();
    for (const std::optional<Script> *script : {&m_migration.up, &m_migration.down}) {
        if (*script)
            m_wholeFile.insert((*script)->path, isWholeFile(m_migration, **script));
    }
}

void MigrationEditor::rebind(const Migration &migration)
{
    bindScripts(migration);
    bool differs = false;
    for (SqlEditor *editor : {m_up, m_down}) {
        const QString disk = onDisk(editor); // read once
        if (editor->text() == disk)
            continue;
        if (editor->isModified())
            differs = differs || m_base.value(editor) != disk; // the file moved, not only the edits
        else
            showText(editor, disk);
    }
    if (differs)
        showChanged(tr("The scripts changed on disk since you edited them."));
}

QString MigrationEditor::onDisk(SqlEditor *editor) const
{
    const std::optional<Script> &script = editor == m_up ? m_migration.up : m_migration.down;
    if (!script && editor == m_up && m_migration.kind == MigrationKind::Code) {
        QFile file(m_migration.codePath);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : file.errorString();
    }
    if (!script)
        return {};
    if (!m_wholeFile.value(script->path))
        return scriptSource(*script);
    QFile file(script->path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void MigrationEditor::showChanged(const QString &what)
{
    m_changedLabel->setText(what);
    m_changedBar->show();
}

void MigrationEditor::load(SqlEditor *editor)
{
    showText(editor, onDisk(editor));
}

void MigrationEditor::showText(SqlEditor *editor, const QString &text)
{
    const std::optional<Script> &script = editor == m_up ? m_migration.up : m_migration.down;
    m_loading = true;
    editor->setText(text);
    m_loading = false;
    m_base.insert(editor, text);
    ++m_diskGeneration;
    const bool section = script && !m_wholeFile.value(script->path);
    editor->setReadOnly(!script || section);
    editor->setToolTip(section ? tr("A section of %1: edit the file itself").arg(script->path) : QString());
    editor->setModified(false);
    if (script && !m_watcher->files().contains(script->path))
        m_watcher->addPath(script->path);
}

bool MigrationEditor::isModified() const
{
    return m_up->isModified() || m_down->isModified();
}

SqlEditor *MigrationEditor::editorFor(const QString &path) const
{
    if (m_migration.up && m_migration.up->path == path)
        return m_up;
    if (m_migration.down && m_migration.down->path == path)
        return m_down;
    return nullptr;
}

SqlEditor *MigrationEditor::locate(const QString &path, int fileLine, int *line) const
{
    QByteArray bytes;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    const std::pair<const std::optional<Script> *, SqlEditor *> scripts[] = {{&m_migration.up, m_up},
                                                                            {&m_migration.down, m_down}};
    for (const auto &[script, editor] : scripts) {
        if (!*script || (*script)->path != path)
            continue;
        if (const std::optional<int> at = scriptLine(**script, bytes, fileLine)) {
            *line = *at;
            return editor;
        }
    }
    *line = fileLine;
    return editorFor(path);
}

void MigrationEditor::find()
{
    m_findBar->open(m_down->hasFocus() ? m_down : m_up);
}

void MigrationEditor::replace()
{
    find();
    m_findBar->replaceEdit()->setFocus();
}

QString MigrationEditor::upLabel() const
{
    return m_upLabel->text();
}

QString MigrationEditor::downLabel() const
{
    return m_downLabel->text();
}

QString MigrationEditor::title() const
{
    return m_migration.displayVersion() + (isModified() ? u" *"_s : QString());
}

bool MigrationEditor::save(QString *error)
{
    m_saving = true;
    const auto write = [&](SqlEditor *editor, const std::optional<Script> &script) {
        if (!script || editor->isReadOnly() || !editor->isModified())
            return true;
        QSaveFile file(script->path);
        if (!file.open(QIODevice::WriteOnly) || file.write(editor->text().toUtf8()) < 0 || !file.commit()) {
            *error = tr("%1: %2").arg(script->path, file.errorString());
            return false;
        }
        editor->setModified(false);
        m_base.insert(editor, editor->text());
        ++m_diskGeneration;
        m_upEdits->stop();
        // QSaveFile replaces the file: the watcher follows the new one.
        m_watcher->removePath(script->path);
        m_watcher->addPath(script->path);
        return true;
    };
    const bool ok = write(m_up, m_migration.up) && write(m_down, m_migration.down);
    // The watcher reports our own write a moment later; it is not a change from outside.
    QTimer::singleShot(200, this, [this] { m_saving = false; });
    if (ok)
        Q_EMIT saved();
    Q_EMIT modificationChanged(isModified());
    return ok;
}

void MigrationEditor::fileChangedOnDisk(const QString &path)
{
    if (m_saving)
        return;
    SqlEditor *editor = editorFor(path);
    if (!editor)
        return;
    if (!editor->isModified()) {
        load(editor);
        Q_EMIT reloaded();
        return;
    }
    if (onDisk(editor) != m_base.value(editor)) // touched, or written back as it was: nothing to ask
        showChanged(tr("%1 changed on disk.").arg(QFileInfo(path).fileName()));
}

} // namespace godwit
