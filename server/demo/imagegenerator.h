#pragma once

struct DemoWorld;

// A few small, valid PNG images: workspace logos (a shape on a solid colour)
// and business-licence pictures (a white sheet with text lines and a red seal;
// the first one deliberately washed out, for "licence unreadable" rejections).
// Each platform organization has its own set (an image belongs to one, and
// only its staff may fetch it); its applications and verifications share them,
// which keeps the database small.
class ImageGenerator
{
public:
    explicit ImageGenerator(DemoWorld &world);
    void run();

private:
    DemoWorld &m_world;
};
