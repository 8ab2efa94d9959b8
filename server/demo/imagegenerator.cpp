#include "demo/imagegenerator.h"

#include "demo/bulkinserter.h"
#include "demo/demorandom.h"
#include "demo/demotime.h"
#include "demo/demoworld.h"
#include "demo/pngcanvas.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 kLogoColours[] = {0x1677ff, 0x13c2c2, 0x52c41a, 0xfaad14, 0xf5222d,
                                    0x722ed1, 0xeb2f96, 0x2f54eb, 0xfa8c16, 0x08979c};

PngCanvas logo(DemoRandom &random, int index)
{
    const quint32 background = kLogoColours[size_t(index) % std::size(kLogoColours)];
    PngCanvas c(96, 96, background);
    switch (index % 3) {
    case 0:
        c.fillCircle(48, 48, 28, 0xffffff);
        c.fillCircle(48, 48, 14, background);
        break;
    case 1:
        c.fillRect(24, 24, 48, 48, 0xffffff);
        c.fillRect(36, 36, 24, 24, background);
        break;
    default:
        c.ring(48, 48, 34, 8, 0xffffff);
        c.fillRect(44, 20, 8, 56, 0xffffff);
        break;
    }
    if (random.chance(0.5))
        c.fillCircle(76, 20, 6, 0xffffff);
    return c;
}

PngCanvas licence(DemoRandom &random, bool washedOut)
{
    const quint32 ink = washedOut ? 0xe4e4e4 : 0x333333;
    PngCanvas c(240, 168, washedOut ? 0xf4f4f4 : 0xfffdf6);
    c.fillRect(6, 6, 228, 4, washedOut ? 0xe8d8d8 : 0xb8860b); // the licence's border
    c.fillRect(6, 158, 228, 4, washedOut ? 0xe8d8d8 : 0xb8860b);
    c.fillRect(84, 20, 72, 10, washedOut ? 0xeeeeee : 0x8b0000); // the title, 营业执照
    for (int line = 0; line < 7; ++line) {
        const int width = 60 + int(random.below(90));
        c.fillRect(22, 44 + line * 15, width, 5, ink);
    }
    c.ring(188, 118, 26, 4, washedOut ? 0xf0dddd : 0xd9001b); // the registration authority's seal
    c.fillCircle(188, 118, 5, washedOut ? 0xf0dddd : 0xd9001b);
    return c;
}

} // namespace

ImageGenerator::ImageGenerator(DemoWorld &world) : m_world(world) { }

void ImageGenerator::run()
{
    DemoRandom random(m_world.seed, "images");
    BulkInserter images(m_world.db, u"images"_s,
                        {u"id"_s, u"platform_org_id"_s, u"content_type"_s, u"byte_size"_s,
                         u"sha256"_s, u"width"_s, u"height"_s, u"data"_s, u"created_at"_s});
    qint64 id = 1;
    const auto add = [&](int org, const PngCanvas &canvas, QList<qint64> &into) {
        const QByteArray png = canvas.toPng();
        const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
        images.add({id, org, u"image/png"_s, png.size(), sha, canvas.width(), canvas.height(), png,
                    m_world.anchor - 400 * DemoTime::kDay});
        into.append(id++);
    };
    for (int org = 1; org <= 2; ++org) {
        for (int i = 0; i < (org == 1 ? 12 : 8); ++i)
            add(org, logo(random, i), m_world.logoImages[org]);
        for (int i = 0; i < 5; ++i)
            add(org, licence(random, i == 0), m_world.licenceImages[org]);
    }
    images.flush();
}
