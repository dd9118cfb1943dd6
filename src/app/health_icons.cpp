#include "health_icons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace mirrorstage::app {

QIcon HealthIcons::icon(core::Health health)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(health));
    if (it == cache.end()) {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0, 0, 0, 90), 2));
        painter.setBrush(QColor::fromRgb(core::healthRgb(health)));
        painter.drawEllipse(QRectF(4, 4, 24, 24));
        painter.end();
        it = cache.insert(int(health), QIcon(pixmap));
    }
    return *it;
}

QIcon HealthIcons::rackIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setPen(QPen(QColor(0x80, 0x88, 0x90), 2));
        painter.drawRect(QRectF(8, 3, 16, 26));
        for (int y = 9; y < 29; y += 6)
            painter.drawLine(QPointF(10, y), QPointF(22, y));
        painter.end();
        return QIcon(pixmap);
    }();
    return icon;
}

}  // namespace mirrorstage::app
