#pragma once

struct DemoWorld;

// Enterprise verifications (seed 000 §3.4, 003 §4): every corporate account's
// team was upgraded by an approved one (some after rejections), and some
// individual teams have one under review, rejected or withdrawn.
class EnterpriseVerificationGenerator
{
public:
    explicit EnterpriseVerificationGenerator(DemoWorld &world);
    void run();

private:
    DemoWorld &m_world;
};
