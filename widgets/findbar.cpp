#include "findbar.h"

#include "sqleditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace godwit {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_status(new QLabel(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *next = new QPushButton(tr("Next"), this);
    next->setToolTip(tr("Find the next match (Enter, F3)"));
    auto *previous = new QPushButton(tr("Previous"), this);
    previous->setToolTip(tr("Find the previous match (Shift+F3)"));
    auto *replace = new QPushButton(tr("Replace"), this);
    auto *all = new QPushButton(tr("Replace all"), this);
    auto *close = new QPushButton(tr("Close"), this);
    close->setToolTip(tr("Close the find bar (Esc)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    for (QWidget *w : std::initializer_list<QWidget *>{m_find, next, previous, m_replace, replace, all, m_case, m_status})
        layout->addWidget(w);
    layout->addStretch(1);
    layout->addWidget(close);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(all, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
    auto *f3 = new QShortcut(QKeySequence::FindNext, this, [this] { findNext(true); }, Qt::WidgetWithChildrenShortcut);
    auto *shiftF3 = new QShortcut(QKeySequence::FindPrevious, this, [this] { findNext(false); },
                                  Qt::WidgetWithChildrenShortcut);
    auto *escape = new QShortcut(Qt::Key_Escape, this, [this] {
        hide();
        if (m_editor)
            m_editor->setFocus();
    }, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(f3);
    Q_UNUSED(shiftF3);
    Q_UNUSED(escape);
    hide();
}

void FindBar::open(SqlEditor *editor)
{
    m_editor = editor;
    if (editor && editor->hasSelectedText() && !editor->selectedText().contains(u'\n'))
        m_find->setText(editor->selectedText());
    m_status->clear();
    show();
    m_find->setFocus();
    m_find->selectAll();
}

bool FindBar::findNext(bool forward)
{
    if (!m_editor || m_find->text().isEmpty())
        return false;
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    if (!forward && m_editor->hasSelectedText()) {
        int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
        m_editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        line = lineFrom;
        index = indexFrom;
    }
    const bool found = m_editor->findFirst(m_find->text(), false, m_case->isChecked(), false, true, forward, line, index);
    m_status->setText(found ? QString() : tr("not found"));
    return found;
}

bool FindBar::replaceCurrent()
{
    if (!m_editor || m_editor->isReadOnly())
        return false;
    const Qt::CaseSensitivity cs = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (m_editor->hasSelectedText() && m_editor->selectedText().compare(m_find->text(), cs) == 0)
        m_editor->replaceSelectedText(m_replace->text());
    return findNext(true);
}

int FindBar::replaceAll()
{
    if (!m_editor || m_editor->isReadOnly() || m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    bool found = m_editor->findFirst(m_find->text(), false, m_case->isChecked(), false, false, true, 0, 0);
    while (found) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

} // namespace godwit
