#include "appsettings.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include "i18n/translations.h"
#include "lint/linter.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! German and French: the catalogs are in the programs, the window and the engine speak them
    once installed, the command line follows the system's locale and the window the language
    chosen in Settings. (tests/translations/complete.sh checks every entry is translated.) */
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void catalogsAreBuiltIn();
    void windowAndEngineSpeakIt_data();
    void windowAndEngineSpeakIt();
    void commandLineFollowsTheSystemLocale_data();
    void commandLineFollowsTheSystemLocale();
    void windowFollowsTheLanguageChosenInSettings();

private:
    static QString run(const QString &program, const QStringList &args, const QMap<QString, QString> &env);
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestTranslations::cleanup()
{
    installTranslations({u"godwit_models"_s, u"godwit"_s}, u"en"_s);
}

QString TestTranslations::run(const QString &program, const QStringList &args, const QMap<QString, QString> &env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s})
        e.remove(name);
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

void TestTranslations::catalogsAreBuiltIn()
{
    for (const QString &language : {u"de"_s, u"fr"_s}) {
        for (const QString &catalog : {u"godwit_models"_s, u"godwit"_s})
            QVERIFY2(QFile::exists(u":/i18n/%1_%2.qm"_s.arg(catalog, language)), qPrintable(catalog + u'_' + language));
    }
    QCOMPARE(availableLanguages(), (QStringList{u"en"_s, u"de"_s, u"fr"_s}));
    QCOMPARE(languageName(u"fr"_s), u"Français"_s);
}

void TestTranslations::windowAndEngineSpeakIt_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("languageLabel");
    QTest::newRow("de") << u"de"_s << QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Migrationen"_s, u"Be&reitstellung"_s, u"&Ansicht"_s, u"&Hilfe"_s}
                        << u"entfernt die Spalte orders.note"_s << u"S&prache:"_s;
    QTest::newRow("fr") << u"fr"_s << QStringList{u"&Fichier"_s, u"&Édition"_s, u"&Migrations"_s, u"&Déploiement"_s, u"&Affichage"_s, u"A&ide"_s}
                        << u"supprime la colonne orders.note"_s << u"&Langue :"_s;
    QTest::newRow("en") << u"en"_s << QStringList{u"&File"_s, u"&Edit"_s, u"&Migrations"_s, u"&Deployment"_s, u"&View"_s, u"&Help"_s}
                        << u"drops column orders.note"_s << u"Lan&guage:"_s;
}

void TestTranslations::windowAndEngineSpeakIt()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, finding);
    QFETCH(QString, languageLabel);
    QCOMPARE(installTranslations({u"godwit_models"_s, u"godwit"_s}, language), language);

    MainWindow window;
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    QCOMPARE(titles.mid(0, menus.size()), menus);
    // Each menu has a key of its own (Alt+letter opens one menu, not the first of several).
    QStringList keys;
    for (const QString &title : std::as_const(titles))
        keys << title.mid(title.indexOf(u'&') + 1, 1).toLower();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());

    SettingsDialog settings(AppSettings{});
    QStringList labels;
    for (QLabel *label : settings.findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(labels.contains(languageLabel), qPrintable(labels.join(u" | "_s)));

    QFile script(m_dir.filePath(u"m.sql"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("ALTER TABLE orders DROP COLUMN note;\n");
    script.close();
    const LintResult result = lintFile(script.fileName(), Dialect::PostgreSQL, {});
    QStringList messages;
    for (const Finding &f : result.findings)
        messages << f.message.text();
    QVERIFY2(messages.contains(finding), qPrintable(messages.join(u" | "_s)));
}

void TestTranslations::commandLineFollowsTheSystemLocale_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("summary");
    QTest::newRow("de_DE") << u"de_DE.UTF-8"_s << u"Nichts zu tun: "_s;
    QTest::newRow("fr_CA") << u"fr_CA.UTF-8"_s << u"Rien à faire : "_s;
    QTest::newRow("C") << u"C.UTF-8"_s << u"Nothing to do: "_s;
    QTest::newRow("unspoken es_ES") << u"es_ES.UTF-8"_s << u"Nothing to do: "_s;
}

void TestTranslations::commandLineFollowsTheSystemLocale()
{
    QFETCH(QString, lang);
    QFETCH(QString, summary);
    QTemporaryDir dir; // an empty project: nothing to do, said in the system's language
    const QString out = run(QStringLiteral(GODWIT_CLI),
                            {u"--project"_s, dir.path(), u"--url"_s, u"sqlite:"_s + dir.filePath(u"t.db"_s), u"up"_s},
                            {{u"LANG"_s, lang}, {u"XDG_DATA_HOME"_s, dir.filePath(u"xdg"_s)}});
    QVERIFY2(out.contains(summary), qPrintable(out));
}

// What godwit's main() does: the language of Settings over the system's.
void TestTranslations::windowFollowsTheLanguageChosenInSettings()
{
    QTemporaryDir config;
    const QMap<QString, QString> german{{u"LANG"_s, u"de_DE.UTF-8"_s}, {u"XDG_CONFIG_HOME"_s, config.path()},
                                        {u"QT_QPA_PLATFORM"_s, u"offscreen"_s}};
    QVERIFY2(run(QStringLiteral(GODWIT_GUI), {u"--help"_s}, german).contains(u"Eine Werkbank für Datenbank-Schemamigrationen."_s),
             qPrintable(run(QStringLiteral(GODWIT_GUI), {u"--help"_s}, german)));

    SettingsDialog dialog(AppSettings{});
    QComboBox *box = dialog.languageBox();
    QCOMPARE(box->itemData(0).toString(), QString()); // "System (…)"
    box->setCurrentIndex(box->findText(u"Français"_s));
    QCOMPARE(dialog.settings().language, u"fr"_s);

    QDir().mkpath(config.filePath(u"Godwit"_s));
    QFile conf(config.filePath(u"Godwit/Godwit.conf"_s));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[ui]\nlanguage=fr\n");
    conf.close();
    const QString help = run(QStringLiteral(GODWIT_GUI), {u"--help"_s}, german);
    QVERIFY2(help.contains(u"Un atelier pour les migrations de schéma de base de données."_s), qPrintable(help));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
