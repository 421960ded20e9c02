#pragma once

#include <QString>
#include <QStringList>

namespace godwit {

/*! The languages Godwit's catalogs are written in: "en" (the source) and its translations,
    as Qt Linguist files in translations/ compiled into the programs. */
QStringList availableLanguages();
/*! "Deutsch", "English", "Français": a language's name in itself. */
QString languageName(const QString &language);

/*! The first of the system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that
    Godwit speaks; "en" when none is. */
QString systemLanguage();

/*! Installs the catalogs (":/i18n/CATALOG_LANG.qm": "godwit_models", "godwit",
    "godwit-cli") and Qt's own strings for `language` into the application, replacing the
    ones installed before. An empty `language` follows the system (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG). Returns the language now in use ("en" when none matched). */
QString installTranslations(const QStringList &catalogs, const QString &language = {});

} // namespace godwit
