#pragma once

struct DemoWorld;

// The open platform (seed 003): third-party platforms (service providers),
// open-platform accounts (some created by an agent for a merchant and still
// unauthenticated), mini programs and official accounts bound to at most one
// open-platform account, one OpenID per (account, app) and one UnionID per
// (account, open-platform account), and per-app authorizations in which an
// exclusive permission set is held by one platform at most.
class OpenPlatformGenerator
{
public:
    explicit OpenPlatformGenerator(DemoWorld &world);
    void run();

private:
    DemoWorld &m_world;
};
