#pragma once

#include "appsettings.h"

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace godwit {

/*! Preferences: the editor's font, the theme (system, light, dark), the language, and the
    defaults for dry runs and session timeouts. */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;

    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }

private:
    QFontComboBox *m_font;
    QSpinBox *m_size;
    QComboBox *m_theme;
    QComboBox *m_method;
    QLineEdit *m_lockTimeout;
    QLineEdit *m_statementTimeout;
    QLineEdit *m_signer;
    QComboBox *m_language;
};

} // namespace godwit
