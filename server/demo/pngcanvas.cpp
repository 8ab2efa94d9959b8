#include "demo/pngcanvas.h"

#include <QtEndian>

#include <array>

namespace {

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 c = 0xffffffffu;
    for (char b : bytes)
        c = crcTable()[(c ^ quint8(b)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &png, const char *type, const QByteArray &data)
{
    appendBigEndian(png, quint32(data.size()));
    QByteArray typed(type, 4);
    typed += data;
    png += typed;
    appendBigEndian(png, crc32(typed));
}

} // namespace

PngCanvas::PngCanvas(int width, int height, quint32 rgb) : m_width(width), m_height(height)
{
    m_pixels.resize(qsizetype(width) * height * 3);
    fillRect(0, 0, width, height, rgb);
}

void PngCanvas::set(int x, int y, quint32 rgb)
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return;
    char *p = m_pixels.data() + (qsizetype(y) * m_width + x) * 3;
    p[0] = char((rgb >> 16) & 0xff);
    p[1] = char((rgb >> 8) & 0xff);
    p[2] = char(rgb & 0xff);
}

void PngCanvas::fillRect(int x, int y, int w, int h, quint32 rgb)
{
    for (int j = y; j < y + h; ++j) {
        for (int i = x; i < x + w; ++i)
            set(i, j, rgb);
    }
}

void PngCanvas::fillCircle(int cx, int cy, int radius, quint32 rgb)
{
    for (int j = -radius; j <= radius; ++j) {
        for (int i = -radius; i <= radius; ++i) {
            if (i * i + j * j <= radius * radius)
                set(cx + i, cy + j, rgb);
        }
    }
}

void PngCanvas::ring(int cx, int cy, int radius, int thickness, quint32 rgb)
{
    const int inner = radius - thickness;
    for (int j = -radius; j <= radius; ++j) {
        for (int i = -radius; i <= radius; ++i) {
            const int d = i * i + j * j;
            if (d <= radius * radius && d > inner * inner)
                set(cx + i, cy + j, rgb);
        }
    }
}

QByteArray PngCanvas::toPng() const
{
    QByteArray raw;
    raw.reserve(qsizetype(m_height) * (m_width * 3 + 1));
    for (int y = 0; y < m_height; ++y) {
        raw += '\0'; // filter type 0: none
        raw.append(m_pixels.constData() + qsizetype(y) * m_width * 3, qsizetype(m_width) * 3);
    }
    QByteArray header;
    appendBigEndian(header, quint32(m_width));
    appendBigEndian(header, quint32(m_height));
    header += char(8); // bit depth
    header += char(2); // colour type: RGB
    header += char(0); // deflate
    header += char(0); // adaptive filtering
    header += char(0); // no interlace

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    // qCompress writes a 4-byte length, then a complete zlib stream: just what IDAT holds.
    appendChunk(png, "IDAT", qCompress(raw, 9).sliced(4));
    appendChunk(png, "IEND", QByteArray());
    return png;
}
