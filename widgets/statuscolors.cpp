#include "statuscolors.h"

#include "items/migrationtreemodel.h"

#include <QApplication>
#include <QPalette>
#include <QHash>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

QIcon dot(const QColor &color, bool hollow = false)
{
    static QHash<QRgb, QIcon> cache[2];
    QIcon &icon = cache[hollow][color.rgba()];
    if (icon.isNull()) {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color.darker(130), 3));
        p.setBrush(hollow ? QBrush(Qt::transparent) : QBrush(color));
        p.drawEllipse(QRectF(5, 5, 22, 22));
        icon = QIcon(pixmap);
    }
    return icon;
}

} // namespace

QColor stateColor(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied: return QColor(0x2e, 0x7d, 0x32);
    case MigrationState::Pending: return QColor(0x15, 0x65, 0xc0);
    case MigrationState::Modified: return QColor(0xef, 0x6c, 0x00);
    case MigrationState::Missing: return QColor(0x6d, 0x4c, 0x41);
    case MigrationState::Failed: return QColor(0xc6, 0x28, 0x28);
    case MigrationState::OutOfOrder: return QColor(0x8e, 0x24, 0xaa);
    }
    return {};
}

QIcon stateIcon(MigrationState state)
{
    return dot(stateColor(state), state == MigrationState::Pending || state == MigrationState::OutOfOrder);
}

QIcon groupIcon(int group)
{
    switch (group) {
    case MigrationTreeModel::Applied: return stateIcon(MigrationState::Applied);
    case MigrationTreeModel::Pending: return stateIcon(MigrationState::Pending);
    case MigrationTreeModel::Problems: return stateIcon(MigrationState::Failed);
    default: return dot(QColor(0x75, 0x75, 0x75));
    }
}

QColor changeClassColor(SchemaChange::Class changeClass)
{
    switch (changeClass) {
    case SchemaChange::Class::Additive: return QColor(0x2e, 0x7d, 0x32);
    case SchemaChange::Class::Rewriting: return QColor(0xef, 0x6c, 0x00);
    case SchemaChange::Class::Destructive: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QColor environmentColor(Environment environment)
{
    switch (environment) {
    case Environment::Production: return QColor(0xc6, 0x28, 0x28);
    case Environment::Staging: return QColor(0xf9, 0xa8, 0x25);
    case Environment::Development: break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

QColor itemStateColor(ItemState state)
{
    switch (state) {
    case ItemState::Open:
        return QColor(0x75, 0x75, 0x75);
    case ItemState::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case ItemState::Stale:
        return QColor(0xef, 0x6c, 0x00);
    case ItemState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QIcon itemStateIcon(ItemState state)
{
    return dot(itemStateColor(state), state == ItemState::Open);
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning: return QColor(0xef, 0x6c, 0x00);
    case Severity::Info: break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &color, const QColor &background)
{
    const bool darkBackground = luminance(background) < 0.18;
    QColor c = color.toHsl();
    // Lightness in steps, keeping hue and saturation: the colour still says what it says.
    for (int step = 0; step < 100 && contrastRatio(c, background) < 4.5; ++step) {
        const int l = c.lightness();
        if ((darkBackground && l >= 255) || (!darkBackground && l <= 0))
            break;
        c.setHsl(c.hslHue(), c.hslSaturation(), std::clamp(l + (darkBackground ? 4 : -4), 0, 255));
    }
    return c.toRgb();
}

QColor readableText(const QColor &color)
{
    return readableOn(color, QApplication::palette().color(QPalette::Base));
}

QColor textOn(const QColor &background)
{
    return contrastRatio(Qt::white, background) >= contrastRatio(Qt::black, background) ? QColor(Qt::white)
                                                                                        : QColor(Qt::black);
}

} // namespace godwit
