#pragma once

#include "database/dryrun.h"

#include <QFont>
#include <QString>

namespace godwit {

/*! The window's preferences, kept in QSettings: editor font, theme, and the defaults a dry
    run and a session use where the project sets none. */
struct AppSettings
{
    enum class Theme { System, Light, Dark };

    QFont editorFont;
    Theme theme = Theme::System;
    DryRunMethod dryRunMethod = DryRunMethod::Auto;
    QString lockTimeout;      ///< PostgreSQL-style duration; empty: the server's default
    QString statementTimeout;
    QString signerName; ///< who signs checklist items; empty: the OS user
    QString language;   ///< "en", "de", "fr"; empty: the system's (applied at start)

    static AppSettings load();
    void save() const;
};

QString themeId(AppSettings::Theme theme);

/*! Applies the theme to the whole application (Fusion with a dark or light palette; the
    platform's own for System). */
void applyTheme(AppSettings::Theme theme);
/*! Whether the application's palette is dark now (System may be either). */
bool darkPalette();

} // namespace godwit
