#include "ui/organizations/organizationicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

const QColor kBlue(0x2f, 0x6f, 0xb3);
const QColor kTeal(0x2a, 0x8c, 0x7a);

QPixmap canvas(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QPixmap drawPerson(int size, const QColor &color)
{
    QPixmap pixmap = canvas(size);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    const qreal s = size;
    p.drawEllipse(QRectF(s * 0.32, s * 0.08, s * 0.36, s * 0.36));
    QPainterPath body;
    body.addRoundedRect(QRectF(s * 0.14, s * 0.52, s * 0.72, s * 0.42), s * 0.2, s * 0.2);
    p.drawPath(body);
    return pixmap;
}

QPixmap drawDepartment(int size)
{
    QPixmap pixmap = canvas(size);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(kBlue);
    p.drawRoundedRect(QRectF(s * 0.08, s * 0.2, s * 0.84, s * 0.68), s * 0.1, s * 0.1);
    p.setBrush(Qt::white);
    for (int i = 0; i < 3; ++i)
        p.drawRect(QRectF(s * (0.2 + 0.22 * i), s * 0.36, s * 0.14, s * 0.14));
    p.drawRect(QRectF(s * 0.42, s * 0.62, s * 0.16, s * 0.26));
    return pixmap;
}

QPixmap drawTree(int size)
{
    QPixmap pixmap = canvas(size);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPen line(kTeal.darker(120), s / 14.0);
    p.setPen(line);
    p.drawLine(QPointF(s * 0.5, s * 0.3), QPointF(s * 0.5, s * 0.5));
    p.drawLine(QPointF(s * 0.2, s * 0.5), QPointF(s * 0.8, s * 0.5));
    p.drawLine(QPointF(s * 0.2, s * 0.5), QPointF(s * 0.2, s * 0.66));
    p.drawLine(QPointF(s * 0.8, s * 0.5), QPointF(s * 0.8, s * 0.66));
    p.setPen(Qt::NoPen);
    p.setBrush(kBlue);
    p.drawRoundedRect(QRectF(s * 0.32, s * 0.04, s * 0.36, s * 0.28), s * 0.06, s * 0.06);
    p.setBrush(kTeal);
    p.drawRoundedRect(QRectF(s * 0.02, s * 0.64, s * 0.36, s * 0.28), s * 0.06, s * 0.06);
    p.drawRoundedRect(QRectF(s * 0.62, s * 0.64, s * 0.36, s * 0.28), s * 0.06, s * 0.06);
    return pixmap;
}

template<typename Draw>
QIcon iconOf(Draw draw)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(draw(size));
    return icon;
}

} // namespace

namespace OrganizationIcons {

QIcon pane()
{
    return iconOf(drawTree);
}

QIcon department()
{
    return iconOf(drawDepartment);
}

QIcon member()
{
    return iconOf([](int size) { return drawPerson(size, kTeal); });
}

} // namespace OrganizationIcons
