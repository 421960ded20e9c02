#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace godwit {

QStringList availableLanguages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QString languageName(const QString &language)
{
    const QLocale locale(language);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString systemLanguage()
{
    for (const QString &w : QLocale::system().uiLanguages()) {
        const QString code = QLocale(w).name().section(u'_', 0, 0);
        if (availableLanguages().contains(code))
            return code;
    }
    return u"en"_s;
}

QString installTranslations(const QStringList &catalogs, const QString &language)
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (const auto &t : installed)
        QCoreApplication::removeTranslator(t.get());
    installed.clear();

    // English is the source text: no catalog.
    const QString chosen = availableLanguages().contains(language) ? language : systemLanguage();
    if (chosen == u"en")
        return chosen;
    const auto load = [](const QString &file, const QString &directory) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file, directory) && QCoreApplication::installTranslator(translator.get()))
            installed.push_back(std::move(translator));
    };
    for (const QString &catalog : catalogs)
        load(catalog + u'_' + chosen, u":/i18n"_s);
    // Qt's own (dialog buttons, shortcuts), where the system has them (qt6-translations-l10n).
    load(u"qtbase_"_s + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return chosen;
}

} // namespace godwit
