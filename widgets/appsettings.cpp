#include "appsettings.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace godwit {

QString themeId(AppSettings::Theme theme)
{
    switch (theme) {
    case AppSettings::Theme::System: return u"system"_s;
    case AppSettings::Theme::Light: return u"light"_s;
    case AppSettings::Theme::Dark: return u"dark"_s;
    }
    return {};
}

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.editorFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (const QString font = s.value(u"editor/font"_s).toString(); !font.isEmpty())
        a.editorFont.fromString(font);
    const QString theme = s.value(u"ui/theme"_s, u"system"_s).toString();
    for (auto t : {Theme::System, Theme::Light, Theme::Dark}) {
        if (themeId(t) == theme)
            a.theme = t;
    }
    a.dryRunMethod = dryRunMethodFromId(s.value(u"dryRun/method"_s, u"auto"_s).toString()).value_or(DryRunMethod::Auto);
    a.lockTimeout = s.value(u"session/lockTimeout"_s).toString();
    a.statementTimeout = s.value(u"session/statementTimeout"_s).toString();
    a.signerName = s.value(u"checklist/signerName"_s).toString();
    a.language = s.value(u"ui/language"_s).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(u"editor/font"_s, editorFont.toString());
    s.setValue(u"ui/theme"_s, themeId(theme));
    s.setValue(u"dryRun/method"_s, dryRunMethodId(dryRunMethod));
    s.setValue(u"session/lockTimeout"_s, lockTimeout);
    s.setValue(u"session/statementTimeout"_s, statementTimeout);
    s.setValue(u"checklist/signerName"_s, signerName);
    s.setValue(u"ui/language"_s, language);
}

namespace {

QPalette darkPaletteColors()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xdc, 0xdc, 0xdc);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6a, 0xb0, 0xf3));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7f, 0x7f, 0x7f));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7f, 0x7f, 0x7f));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7f, 0x7f, 0x7f));
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    // Fusion etches disabled text with the Light colour one pixel below it: on a dark window
    // the default light line reads as a strike through. No etch: the window's own colour.
    p.setColor(QPalette::Disabled, QPalette::Light, window);
    return p;
}

} // namespace

void applyTheme(AppSettings::Theme theme)
{
    static const QString platformStyle = QApplication::style()->name();
    switch (theme) {
    case AppSettings::Theme::System:
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case AppSettings::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case AppSettings::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPaletteColors());
        return;
    }
}

bool darkPalette()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace godwit
