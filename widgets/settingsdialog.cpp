#include "settingsdialog.h"

#include "deployment/deployment.h"
#include "i18n/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace godwit {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_font(new QFontComboBox(this))
    , m_size(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_lockTimeout(new QLineEdit(this))
    , m_statementTimeout(new QLineEdit(this))
    , m_signer(new QLineEdit(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(settings.editorFont);
    m_size->setRange(6, 48);
    m_size->setValue(settings.editorFont.pointSize() > 0 ? settings.editorFont.pointSize() : 10);
    m_theme->addItem(tr("System"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(int(settings.theme));
    for (auto m : {DryRunMethod::Auto, DryRunMethod::Copy, DryRunMethod::Transaction, DryRunMethod::Shadow})
        m_method->addItem(dryRunMethodId(m), int(m));
    m_method->setCurrentIndex(int(settings.dryRunMethod));
    m_method->setToolTip(tr("auto: a copy on SQLite and MySQL; on PostgreSQL a rolled-back transaction, but on a "
                            "production profile a schema copy that locks no live table. transaction on production: "
                            "chosen explicitly, it runs under a short lock_timeout."));
    m_lockTimeout->setText(settings.lockTimeout);
    m_lockTimeout->setPlaceholderText(tr("server default (e.g. 5s)"));
    m_statementTimeout->setText(settings.statementTimeout);
    m_statementTimeout->setPlaceholderText(tr("server default (e.g. 10min)"));
    m_signer->setText(settings.signerName);
    m_signer->setPlaceholderText(signerName());
    m_signer->setToolTip(tr("The name recorded when you tick a checklist item or run a deployment"));

    m_language->addItem(tr("System (%1)").arg(languageName(systemLanguage())), QString());
    for (const QString &language : availableLanguages())
        m_language->addItem(languageName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_language->setToolTip(tr("The language of the window and its messages; it changes when Godwit starts again"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Editor &font:"), m_font);
    form->addRow(tr("Font &size:"), m_size);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("&Dry-run method:"), m_method);
    form->addRow(tr("&Lock timeout:"), m_lockTimeout);
    form->addRow(tr("S&tatement timeout:"), m_statementTimeout);
    form->addRow(tr("Sign checklists &as:"), m_signer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.editorFont = m_font->currentFont();
    s.editorFont.setPointSize(m_size->value());
    s.theme = AppSettings::Theme(m_theme->currentData().toInt());
    s.dryRunMethod = DryRunMethod(m_method->currentData().toInt());
    s.lockTimeout = m_lockTimeout->text().trimmed();
    s.statementTimeout = m_statementTimeout->text().trimmed();
    s.signerName = m_signer->text().trimmed();
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace godwit
