#include "ui/queues/queuevisuals.h"

#include <QCryptographicHash>
#include <QFont>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

const QColor kStroke(0x3C, 0x4A, 0x5C);
const QColor kAccent(0x1F, 0x5A, 0xA6);

QPen strokePen(const QColor &colour)
{
    QPen pen(colour, 4);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

// Drawn on a 64×64 canvas, like the icons in resources/icons/*.mvg.
void drawApplications(QPainter &p)
{
    // A workspace window with a request form in it.
    p.setPen(strokePen(kStroke));
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(7, 10, 50, 44), 5, 5);
    p.drawLine(QPointF(7, 21), QPointF(57, 21));
    p.setPen(strokePen(kAccent));
    p.drawLine(QPointF(16, 31), QPointF(40, 31));
    p.drawLine(QPointF(16, 40), QPointF(32, 40));
    p.setBrush(kAccent);
    p.drawEllipse(QPointF(47, 44), 8, 8);
    p.setPen(strokePen(Qt::white));
    p.drawLine(QPointF(47, 40), QPointF(47, 48));
    p.drawLine(QPointF(43, 44), QPointF(51, 44));
}

void drawVerifications(QPainter &p)
{
    // A company building with a check badge.
    p.setPen(strokePen(kStroke));
    p.setBrush(Qt::white);
    p.drawRect(QRectF(10, 14, 28, 42));
    p.drawLine(QPointF(6, 56), QPointF(42, 56));
    p.setPen(strokePen(kAccent));
    for (int row = 0; row < 3; ++row) {
        const qreal y = 23 + row * 9;
        p.drawLine(QPointF(17, y), QPointF(20, y));
        p.drawLine(QPointF(28, y), QPointF(31, y));
    }
    p.setPen(strokePen(kAccent));
    p.setBrush(kAccent);
    p.drawEllipse(QPointF(45, 42), 11, 11);
    QPainterPath tick;
    tick.moveTo(39.5, 42);
    tick.lineTo(43.5, 46.5);
    tick.lineTo(50.5, 37.5);
    p.setPen(strokePen(Qt::white));
    p.setBrush(Qt::NoBrush);
    p.drawPath(tick);
}

QPixmap render(QueueKind kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 64.0, size / 64.0);
    if (kind == QueueKind::WorkspaceApplications)
        drawApplications(p);
    else
        drawVerifications(p);
    return pixmap;
}

} // namespace

namespace QueueVisuals {

QColor avatarColour(const QString &companyName)
{
    static const QList<QColor> palette{QColor(0x1E88E5), QColor(0x43A047), QColor(0xE53935),
                                       QColor(0x8E24AA), QColor(0xFB8C00), QColor(0x00897B),
                                       QColor(0x3949AB), QColor(0x6D4C41), QColor(0xD81B60),
                                       QColor(0x546E7A)};
    const QByteArray h = QCryptographicHash::hash(companyName.toUtf8(), QCryptographicHash::Sha256);
    return palette[quint8(h[0]) % palette.size()];
}

QString initial(const QString &companyName)
{
    const QString name = companyName.trimmed();
    if (name.isEmpty())
        return u"?"_s;
    const int length = name.at(0).isHighSurrogate() && name.size() > 1 ? 2 : 1;
    return name.left(length).toUpper();
}

QPixmap avatar(const QString &companyName, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(avatarColour(companyName));
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18);
    QFont font;
    font.setPixelSize(int(size * 0.5));
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initial(companyName));
    return pixmap;
}

QIcon paneIcon(QueueKind kind)
{
    QIcon icon;
    for (int size : {24, 48})
        icon.addPixmap(render(kind, size));
    return icon;
}

} // namespace QueueVisuals
