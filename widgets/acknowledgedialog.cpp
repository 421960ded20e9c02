#include "acknowledgedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace godwit {

AcknowledgeDialog::AcknowledgeDialog(const QStringList &changes, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_note(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Acknowledge destructive changes"));
    auto *intro = new QLabel(tr("The dry run found %n change(s) that destroy data or objects, and the lint errors of "
                                "the scripts that make them. Tick each one you accept; the others stay open.",
                                nullptr, int(changes.size())),
                             this);
    intro->setWordWrap(true);
    for (const QString &change : changes) {
        auto *item = new QListWidgetItem(change, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(change);
    }
    auto *all = new QCheckBox(tr("Tick a&ll"), this);
    m_note->setPlaceholderText(tr("optional: why it is safe, who agreed"));
    // Enter does not acknowledge: each change is ticked, then the button pressed.
    QPushButton *acknowledge = m_buttons->button(QDialogButtonBox::Ok);
    acknowledge->setText(tr("&Acknowledge"));
    acknowledge->setAutoDefault(false);
    acknowledge->setDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(all);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(720, 360);

    connect(all, &QCheckBox::toggled, this, [this](bool on) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    });
    connect(m_list, &QListWidget::itemChanged, this, &AcknowledgeDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

QStringList AcknowledgeDialog::checkedChanges() const
{
    QStringList checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked << m_list->item(i)->text();
    }
    return checked;
}

QString AcknowledgeDialog::note() const
{
    return m_note->text().trimmed();
}

void AcknowledgeDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!checkedChanges().isEmpty());
}

} // namespace godwit
