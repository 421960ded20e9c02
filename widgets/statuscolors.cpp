#include "statuscolors.h"

#include "items/migrationtreemodel.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

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

} // namespace godwit
