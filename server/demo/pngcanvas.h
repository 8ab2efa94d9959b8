#pragma once

#include <QByteArray>

// A tiny RGB raster that encodes itself as a valid PNG. The server links Qt
// Core only (no QImage), and the demo needs just solid shapes: logos and
// business-licence pictures.
class PngCanvas
{
public:
    PngCanvas(int width, int height, quint32 rgb);

    void fillRect(int x, int y, int w, int h, quint32 rgb);
    void fillCircle(int cx, int cy, int radius, quint32 rgb);
    void ring(int cx, int cy, int radius, int thickness, quint32 rgb);

    int width() const { return m_width; }
    int height() const { return m_height; }
    // 8-bit RGB, one IDAT compressed with zlib (through qCompress).
    QByteArray toPng() const;

private:
    void set(int x, int y, quint32 rgb);

    int m_width;
    int m_height;
    QByteArray m_pixels;
};
