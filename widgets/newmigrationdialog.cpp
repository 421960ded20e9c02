#include "newmigrationdialog.h"

#include "migrations/newmigration.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace godwit {

NewMigrationDialog::NewMigrationDialog(MigrationSource source, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_name(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New migration"));
    m_name->setPlaceholderText(tr("add customer phone"));
    m_name->setToolTip(tr("What the migration does, in a few words: it becomes the file names"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMinimumWidth(480);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Files:"), m_preview);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewMigrationDialog::updatePreview);
    updatePreview();
}

void NewMigrationDialog::updatePreview()
{
    const NewMigrationPlan plan = planMigration(m_source, m_name->text(), Format::GolangMigrate);
    QStringList names;
    for (const auto &file : plan.files)
        names << QDir(m_source.folder).relativeFilePath(file.first);
    const bool ok = plan.error.isEmpty() && !m_name->text().trimmed().isEmpty();
    m_preview->setText(m_name->text().trimmed().isEmpty() ? tr("(type a name)")
                       : ok                                ? names.join(u'\n')
                                                           : plan.error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void NewMigrationDialog::accept()
{
    const NewMigration created = createMigration(m_source, m_name->text(), Format::GolangMigrate);
    if (!created.error.isEmpty()) {
        m_preview->setText(created.error);
        return;
    }
    m_version = created.version;
    m_files = created.files;
    QDialog::accept();
}

} // namespace godwit
