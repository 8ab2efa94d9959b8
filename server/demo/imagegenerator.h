#pragma once

struct DemoWorld;

// A few small, valid PNG images: workspace logos (a shape on a solid colour)
// and business-licence pictures (a white sheet with text lines and a red seal;
// the first one deliberately washed out, for "licence unreadable" rejections).
// Applications and verifications share them, which keeps the database small.
class ImageGenerator
{
public:
    explicit ImageGenerator(DemoWorld &world);
    void run();

private:
    DemoWorld &m_world;
};
